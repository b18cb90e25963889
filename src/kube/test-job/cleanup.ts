import type { KubeClients } from '../client.js';
import { isNotFound } from '../api-errors.js';
import { deleteNamespace } from '../namespace.js';
import type { TestJobRunResult } from './options.js';

/**
 * Deletes what a run created: its namespace when it made one, else only its Job and pods. The deletion
 * finishes in the background. Call it after diagnostics, or on success.
 */
export async function deleteTestJob(
  clients: KubeClients,
  run: Pick<TestJobRunResult, 'namespace' | 'jobName' | 'createdNamespace'>,
): Promise<void> {
  if (run.createdNamespace) {
    await deleteNamespace(clients.core, run.namespace);
    return;
  }
  if (!run.jobName) return;
  try {
    await clients.batch.deleteNamespacedJob({
      name: run.jobName,
      namespace: run.namespace,
      propagationPolicy: 'Background',
    });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
