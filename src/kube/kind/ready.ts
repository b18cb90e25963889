import * as k8s from '@kubernetes/client-node';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import type { KubeClients } from '../client.js';
import { isNotFound } from '../api-errors.js';

export interface NodeReadiness {
  name: string;
  ready: boolean;
  /** Reason and message of the Ready condition when the node is not ready. */
  detail: string;
}

export interface ClusterReadiness {
  nodes: NodeReadiness[];
  coreDns: { desired: number; available: number; found: boolean };
  ready: boolean;
}

export function nodeReadiness(node: k8s.V1Node): NodeReadiness {
  const name = node.metadata?.name ?? '?';
  const condition = node.status?.conditions?.find((entry) => entry.type === 'Ready');
  const ready = condition?.status === 'True';
  const detail = ready
    ? ''
    : condition
      ? `${condition.reason ?? condition.status}: ${condition.message ?? ''}`.trim()
      : 'no Ready condition yet';
  return { name, ready, detail };
}

/** Every node Ready, and the coredns Deployment with as many available replicas as it wants (at least one). */
export function isClusterReady(nodes: NodeReadiness[], coreDns: ClusterReadiness['coreDns']): boolean {
  return (
    nodes.length > 0 &&
    nodes.every((node) => node.ready) &&
    coreDns.found &&
    coreDns.desired > 0 &&
    coreDns.available >= coreDns.desired
  );
}

export async function readClusterReadiness(clients: KubeClients): Promise<ClusterReadiness> {
  const [nodeList, coreDns] = await Promise.all([clients.core.listNode(), readCoreDns(clients)]);
  const nodes = nodeList.items.map(nodeReadiness);
  return { nodes, coreDns, ready: isClusterReady(nodes, coreDns) };
}

async function readCoreDns(clients: KubeClients): Promise<ClusterReadiness['coreDns']> {
  try {
    const deployment = await clients.apps.readNamespacedDeployment({
      name: 'coredns',
      namespace: 'kube-system',
    });
    return {
      desired: deployment.spec?.replicas ?? 1,
      available: deployment.status?.availableReplicas ?? 0,
      found: true,
    };
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return { desired: 0, available: 0, found: false };
  }
}

/** What is still missing, for progress lines and the timeout message. */
export function describeReadiness(state: ClusterReadiness): string {
  const waiting = state.nodes.filter((node) => !node.ready);
  const nodes =
    waiting.length === 0
      ? `${state.nodes.length} node(s) Ready`
      : `not Ready: ${waiting.map((node) => `${node.name} (${node.detail})`).join('; ')}`;
  const dns = state.coreDns.found
    ? `CoreDNS ${state.coreDns.available}/${state.coreDns.desired} available`
    : 'CoreDNS Deployment not created yet';
  return `${nodes}; ${dns}`;
}

export interface WaitForClusterOptions {
  timeoutMs: number;
  logger: Logger;
}

const POLL_MS = 1000;

/** Polls the API server until every node is Ready and CoreDNS is available; throws with what is missing. */
export async function waitForClusterReady(
  clients: KubeClients,
  options: WaitForClusterOptions,
): Promise<ClusterReadiness> {
  const started = Date.now();
  let last = '';
  let state: ClusterReadiness | undefined;
  let lastError = '';
  for (;;) {
    try {
      state = await readClusterReadiness(clients);
      lastError = '';
      const line = describeReadiness(state);
      if (line !== last) options.logger.info(`${formatDuration(Date.now() - started)}: ${line}`);
      last = line;
      if (state.ready) return state;
    } catch (error) {
      // The API server may still be settling right after kind returns.
      lastError = errorMessage(error);
    }
    if (Date.now() - started >= options.timeoutMs) {
      const why = state ? describeReadiness(state) : `the API server did not answer (${lastError})`;
      throw new Error(`cluster not ready after ${formatDuration(options.timeoutMs)}: ${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The API server's /version gitVersion, e.g. v1.33.1. */
export async function serverVersion(clients: KubeClients): Promise<string> {
  const info = await clients.config.makeApiClient(k8s.VersionApi).getCode();
  return info.gitVersion;
}
