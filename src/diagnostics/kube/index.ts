import type { collectKubernetes as collect } from './request.js';

export type { KubeCollectRequest } from './request.js';
export { renderKubeSummary } from './markdown/summary.js';

/** Loads the Kubernetes client only when a cluster is collected: Docker-only jobs never pay for it. */
export async function collectKubernetes(...args: Parameters<typeof collect>): ReturnType<typeof collect> {
  return (await import('./request.js')).collectKubernetes(...args);
}
export { kubeFailureSentence } from './failures/failures.js';
