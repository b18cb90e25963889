// Runs a command with a kind cluster made for the Kubernetes integration tests (1 control plane, 2 workers
// labelled node.type=services), then deletes it. The tests find it through INCEPTION_TEST_KUBECONFIG and
// INCEPTION_TEST_CLUSTER; one cluster for every test file keeps CI within its time.
import { spawn } from 'node:child_process';
import { withKindCluster } from '../test/support/kind-cluster.js';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: tsx scripts/with-test-cluster.ts <command> [args...]');
  process.exit(2);
}

const started = Date.now();
const cluster = await withKindCluster({
  name: `inception-it-${process.pid}`,
  workers: 2,
  workerLabels: { 'node.type': 'services' },
});
console.error(`test cluster ${cluster.name} ready in ${((Date.now() - started) / 1000).toFixed(0)}s`);

let exitCode = 1;
try {
  exitCode = await new Promise<number>((resolve) => {
    const child = spawn(command[0]!, command.slice(1), {
      stdio: 'inherit',
      env: {
        ...process.env,
        INCEPTION_TEST_KUBECONFIG: cluster.kubeconfig,
        INCEPTION_TEST_CLUSTER: cluster.name,
        KIND: cluster.tools.kind,
        KIND_NODE_IMAGE: cluster.tools.nodeImage,
        KUBECTL: cluster.tools.kubectl,
      },
    });
    // Ctrl-C or a CI timeout: let the command end, then still delete the cluster below.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} finally {
  await cluster.delete();
}
process.exit(exitCode);
