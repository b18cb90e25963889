import { runCommand } from './run-command.js';

/**
 * What a workflow does without a collector: kubectl per pod and container, one after the other
 * (`parallel` > 1 runs the per-pod part through `xargs -P`).
 */
export const KUBECTL_LOOP = `
set -eu
ns=$1 out=$2 parallel=$3
per_pod() {
  pod=$1
  for c in $(kubectl get pod "$pod" -n "$ns" -o jsonpath='{.spec.initContainers[*].name} {.spec.containers[*].name}'); do
    kubectl logs -n "$ns" "$pod" -c "$c" --timestamps > "$out/$pod.$c.log"
  done
  kubectl describe pod -n "$ns" "$pod" > "$out/$pod.describe.txt"
}
export -f per_pod; export ns out
if [ "$parallel" -le 1 ]; then
  for pod in $(kubectl get pods -n "$ns" -o jsonpath='{.items[*].metadata.name}'); do per_pod "$pod"; done
else
  kubectl get pods -n "$ns" -o jsonpath='{range .items[*]}{.metadata.name}{"\\n"}{end}' |
    xargs -P "$parallel" -I{} bash -c 'per_pod "$@"' _ {}
fi
kubectl get events -n "$ns" --sort-by=.lastTimestamp > "$out/events.txt"
`;

/** Runs the loop with `kubectl` resolved to the given binary and the given kubeconfig. */
export async function runKubectlLoop(options: {
  kubectl: string;
  kubeconfig: string;
  namespace: string;
  outDir: string;
  parallel: number;
}): Promise<void> {
  const { kubectl, kubeconfig, namespace, outDir, parallel } = options;
  const script = `kubectl() { command "${kubectl}" --kubeconfig "${kubeconfig}" "$@"; }; export -f kubectl\n${KUBECTL_LOOP}`;
  await runCommand('bash', ['-c', script, 'kubectl-loop', namespace, outDir, String(parallel)]);
}
