import * as k8s from '@kubernetes/client-node';
import type { KubeClients } from './client.js';

/** Bounds on the API calls made through a set of clients, so a stuck API server cannot hang us. */
export interface KubeCallLimits {
  /** Every call (and every log read's silence) is cut off after this long. */
  requestTimeoutMs: number;
  /** Cuts every call off at once, e.g. when a whole collection's time is up. */
  signal?: AbortSignal;
  /** What `signal` stands for, in messages: "the diagnostics' 180s were up". */
  signalReason?: string;
}

/** The signal one call runs under: its own timeout, and the shared one if any. */
export function callSignal(limits: KubeCallLimits): AbortSignal {
  const own = AbortSignal.timeout(limits.requestTimeoutMs);
  return limits.signal ? AbortSignal.any([own, limits.signal]) : own;
}

/** The same clients, every call made through them bounded by `limits`. */
export function limitKubeCalls(clients: KubeClients, limits: KubeCallLimits): KubeClients {
  const cluster = clients.config.getCurrentCluster();
  if (!cluster) return { ...clients, limits };
  const configuration = k8s.createConfiguration({
    baseServer: new k8s.ServerConfiguration(cluster.server, {}),
    authMethods: { default: clients.config },
    promiseMiddleware: [
      {
        pre: (context) => {
          context.setSignal(callSignal(limits));
          return Promise.resolve(context);
        },
        post: (response) => Promise.resolve(response),
      },
    ],
  });
  return {
    ...clients,
    core: new k8s.CoreV1Api(configuration),
    batch: new k8s.BatchV1Api(configuration),
    apps: new k8s.AppsV1Api(configuration),
    limits,
  };
}

/** A call cut off by its limits says which one, not "The user aborted a request". */
export class KubeCallTimeoutError extends Error {
  override readonly name = 'KubeCallTimeoutError';
}

function isAbort(error: unknown): boolean {
  const { name, type } = (error ?? {}) as { name?: unknown; type?: unknown };
  return name === 'AbortError' || name === 'TimeoutError' || type === 'aborted';
}

/** `error` as it should be reported: a cut-off call becomes a KubeCallTimeoutError saying why. */
export function describeCallFailure(error: unknown, limits: KubeCallLimits | undefined): unknown {
  if (!limits || error instanceof KubeCallTimeoutError || !isAbort(error)) return error;
  if (limits.signal?.aborted) {
    return new KubeCallTimeoutError(`not read: ${limits.signalReason ?? 'stopped'}`);
  }
  return new KubeCallTimeoutError(
    `timed out: the API server did not answer within ${Math.round(limits.requestTimeoutMs / 1000)}s`,
  );
}
