import * as k8s from '@kubernetes/client-node';
import { apiErrorMessage } from '../api-errors.js';
import type { KubeClients } from '../client.js';

const FIELD_MANAGER = 'inception';

/** Server-side apply, as `kubectl apply --server-side`: objects without a namespace go into `namespace`
 * (the API ignores it for cluster-scoped kinds). */
export async function applyObjects(
  clients: KubeClients,
  objects: k8s.KubernetesObject[],
  namespace: string,
): Promise<void> {
  const api = k8s.KubernetesObjectApi.makeApiClient(clients.config);
  for (const object of objects) {
    const placed = {
      ...object,
      metadata: { ...object.metadata, namespace: object.metadata?.namespace ?? namespace },
    };
    try {
      await api.patch(placed, undefined, undefined, FIELD_MANAGER, true, k8s.PatchStrategy.ServerSideApply);
    } catch (error) {
      throw new Error(
        `applying ${object.kind} ${object.metadata?.name ?? '(no name)'} in ${namespace} failed: ${apiErrorMessage(error)}`,
      );
    }
  }
}
