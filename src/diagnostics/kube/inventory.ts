import type { CoreV1Event, V1Deployment, V1Job, V1Node, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import type { KubeClients } from '../../kube/client.js';
import type { ReportFailure } from '../bundle/index.js';
import { mapWithConcurrency } from '../../shared/async/concurrency.js';

/** What the API returned, read once; everything written afterwards is made from it. */
export interface KubeInventory {
  /** Pods of the chosen namespaces and pods matching a selector anywhere, each once. */
  pods: V1Pod[];
  jobs: V1Job[];
  replicaSets: V1ReplicaSet[];
  deployments: V1Deployment[];
  /** Per namespace read, in the API's order. */
  events: Map<string, CoreV1Event[]>;
  nodes: V1Node[];
  /** Namespaces read only because a selector matched pods there. */
  selectorNamespaces: string[];
}

/**
 * Lists pods, Jobs, ReplicaSets, Deployments and events of every namespace concerned, and the nodes.
 * Selectors reach pods in any namespace (a service may spawn pods elsewhere); their namespaces are read
 * too, for owners and events. A list that fails is reported and the rest goes on.
 */
export async function readKubeInventory(
  clients: KubeClients,
  namespaces: readonly string[],
  selectors: readonly string[],
  concurrency: number,
  fail: ReportFailure,
): Promise<KubeInventory> {
  const { core, apps, batch } = clients;
  const list = async <T>(what: string, fn: () => Promise<{ items: T[] }>): Promise<T[]> => {
    try {
      return (await fn()).items;
    } catch (error) {
      fail(what, error);
      return [];
    }
  };
  const [selected, nodes] = await Promise.all([
    Promise.all(
      selectors.map((labelSelector) =>
        list(`pods matching ${labelSelector}`, () => core.listPodForAllNamespaces({ labelSelector })),
      ),
    ),
    list('nodes', () => core.listNode()),
  ]);
  const chosen = new Set(namespaces);
  const selectorNamespaces = [...new Set(selected.flat().map((pod) => pod.metadata?.namespace ?? ''))].filter(
    (namespace) => namespace !== '' && !chosen.has(namespace),
  );
  const perNamespace = await mapWithConcurrency(
    [...namespaces, ...selectorNamespaces],
    concurrency,
    async (namespace) => {
      const [pods, jobs, replicaSets, deployments, events] = await Promise.all([
        chosen.has(namespace)
          ? list(`pods of ${namespace}`, () => core.listNamespacedPod({ namespace }))
          : Promise.resolve([]),
        list(`Jobs of ${namespace}`, () => batch.listNamespacedJob({ namespace })),
        list(`ReplicaSets of ${namespace}`, () => apps.listNamespacedReplicaSet({ namespace })),
        list(`Deployments of ${namespace}`, () => apps.listNamespacedDeployment({ namespace })),
        list(`events of ${namespace}`, () => core.listNamespacedEvent({ namespace })),
      ]);
      return { namespace, pods, jobs, replicaSets, deployments, events };
    },
  );
  const seen = new Set<string>();
  const pods = [...perNamespace.flatMap((read) => read.pods), ...selected.flat()].filter((pod) => {
    const key = pod.metadata?.uid ?? `${pod.metadata?.namespace}/${pod.metadata?.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    pods,
    jobs: perNamespace.flatMap((read) => read.jobs),
    replicaSets: perNamespace.flatMap((read) => read.replicaSets),
    deployments: perNamespace.flatMap((read) => read.deployments),
    events: new Map(perNamespace.map((read) => [read.namespace, read.events])),
    nodes,
    selectorNamespaces,
  };
}
