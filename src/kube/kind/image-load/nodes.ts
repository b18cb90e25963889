import { ConfigurationError } from '../../../errors.js';
import type { KubeClients } from '../../client.js';
import type { KindNode } from '../nodes.js';

/** Which nodes to load into: all of them, some by name, or those a Kubernetes label selector matches. */
export type NodeTarget =
  { kind: 'all' } | { kind: 'names'; names: string[] } | { kind: 'selector'; selector: string };

const SELECTOR = /[=!]|\s(in|notin)\s*\(/;

/** A list input: node names, or one label selector (`node.type=services`, `tier in (a,b)`, `!gpu`). */
export function parseNodeTarget(items: string[]): NodeTarget {
  const cleaned = items.map((item) => item.trim()).filter((item) => item !== '');
  if (cleaned.length === 0) return { kind: 'all' };
  if (cleaned.some((item) => SELECTOR.test(item))) return { kind: 'selector', selector: cleaned.join(',') };
  return { kind: 'names', names: [...new Set(cleaned)] };
}

/** The named nodes of the cluster; an unknown name is a mistake the message lists the real names for. */
export function selectNodesByName(nodes: KindNode[], names: string[], cluster: string): KindNode[] {
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const unknown = names.filter((name) => !byName.has(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `kind cluster "${cluster}" has no node ${unknown.map((name) => `"${name}"`).join(', ')}; its nodes are ` +
        `${nodes.map((node) => node.name).join(', ')}.`,
    );
  }
  return names.map((name) => byName.get(name) as KindNode);
}

/** Nodes whose Kubernetes labels match the selector, asked of the API server. */
export async function nodeNamesMatching(clients: KubeClients, selector: string): Promise<string[]> {
  const list = await clients.core.listNode({ labelSelector: selector });
  return list.items.map((node) => node.metadata?.name ?? '').filter((name) => name !== '');
}

export async function resolveTargetNodes(
  nodes: KindNode[],
  target: NodeTarget,
  cluster: string,
  clients: () => KubeClients | Promise<KubeClients>,
): Promise<KindNode[]> {
  if (target.kind === 'all') return nodes;
  if (target.kind === 'names') return selectNodesByName(nodes, target.names, cluster);
  const names = await nodeNamesMatching(await clients(), target.selector);
  if (names.length === 0) {
    throw new ConfigurationError(
      `no node of cluster "${cluster}" matches the label selector "${target.selector}".`,
    );
  }
  return selectNodesByName(nodes, names, cluster);
}
