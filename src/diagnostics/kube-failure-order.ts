import type { KubeFailedObject, KubeJobDiagnostics, KubePodDiagnostics } from './diagnostics-model.js';
import { compareFailedObjects } from './kube-failures.js';

/** Every failed pod and Job, earliest failure first. */
export function failedObjectsInOrder(
  pods: KubePodDiagnostics[],
  jobs: KubeJobDiagnostics[],
): KubeFailedObject[] {
  const failed: KubeFailedObject[] = [];
  for (const pod of pods) {
    if (pod.failure)
      failed.push({
        kind: 'Pod',
        namespace: pod.namespace,
        name: pod.name,
        owners: pod.owners,
        failure: pod.failure,
      });
  }
  for (const job of jobs) {
    if (job.failure)
      failed.push({
        kind: 'Job',
        namespace: job.namespace,
        name: job.name,
        owners: job.owners,
        failure: job.failure,
      });
  }
  return failed.sort(compareFailedObjects);
}

/** Failed pods in the order they failed, then the rest by namespace and name. */
export function comparePodsByFailure(
  a: KubePodDiagnostics,
  b: KubePodDiagnostics,
  failures: KubeFailedObject[],
): number {
  const rank = (pod: KubePodDiagnostics) => {
    const index = failures.findIndex(
      (failed) => failed.kind === 'Pod' && failed.namespace === pod.namespace && failed.name === pod.name,
    );
    return index < 0 ? failures.length : index;
  };
  return rank(a) - rank(b) || a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);
}
