import type { KubeClients } from '../../kube/client.js';
import { limitKubeCalls } from '../../kube/call-limits.js';

/** One API call, or a log read's silence: a healthy API server answers in well under a second. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
/** The whole collection: the post step must get to deleting the cluster even if the API server hangs. */
export const DEFAULT_COLLECTION_TIMEOUT_MS = 180_000;

export interface CollectionTimeouts {
  /** Default DEFAULT_REQUEST_TIMEOUT_MS. */
  requestTimeoutMs?: number;
  /** Default DEFAULT_COLLECTION_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** The clients as a collection uses them: bounded per call and all together; already bounded ones stay. */
export function collectionClients(clients: KubeClients, timeouts: CollectionTimeouts = {}): KubeClients {
  if (clients.limits) return clients;
  const timeoutMs = timeouts.timeoutMs ?? DEFAULT_COLLECTION_TIMEOUT_MS;
  return limitKubeCalls(clients, {
    requestTimeoutMs: timeouts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    signal: AbortSignal.timeout(timeoutMs),
    signalReason: `the collection's ${Math.round(timeoutMs / 1000)}s were up`,
  });
}
