import * as k8s from '@kubernetes/client-node';
import { apiErrorMessage, isNotFound } from '../api-errors.js';
import type { KubeClients } from '../client.js';

/** A Deployment or StatefulSet: what refresh and restart roll. */
export interface RolledWorkload {
  kind: 'Deployment' | 'StatefulSet';
  name: string;
  namespace: string;
}

type PodTemplate = { spec?: k8s.V1PodSpec; metadata?: k8s.V1ObjectMeta };

export interface WorkloadImages {
  workload: RolledWorkload;
  /** Container name to image, init containers included. */
  containers: { name: string; image: string; init: boolean }[];
}

function containersOf(template: PodTemplate | undefined): WorkloadImages['containers'] {
  const spec = template?.spec;
  return [
    ...(spec?.initContainers ?? []).map((c) => ({ name: c.name, image: c.image ?? '', init: true })),
    ...(spec?.containers ?? []).map((c) => ({ name: c.name, image: c.image ?? '', init: false })),
  ];
}

/** Every Deployment and StatefulSet of the namespace with the images its containers run. */
export async function listWorkloadImages(clients: KubeClients, namespace: string): Promise<WorkloadImages[]> {
  const [deployments, statefulSets] = await Promise.all([
    clients.apps.listNamespacedDeployment({ namespace }),
    clients.apps.listNamespacedStatefulSet({ namespace }),
  ]);
  const of = (
    kind: RolledWorkload['kind'],
    items: { metadata?: k8s.V1ObjectMeta; spec?: { template?: PodTemplate } }[],
  ) =>
    items.map((item) => ({
      workload: { kind, name: item.metadata?.name ?? '', namespace },
      containers: containersOf(item.spec?.template),
    }));
  return [...of('Deployment', deployments.items), ...of('StatefulSet', statefulSets.items)];
}

async function patchTemplate(
  clients: KubeClients,
  workload: RolledWorkload,
  template: object,
): Promise<void> {
  const api = k8s.KubernetesObjectApi.makeApiClient(clients.config);
  try {
    await api.patch(
      {
        apiVersion: 'apps/v1',
        kind: workload.kind,
        metadata: { name: workload.name, namespace: workload.namespace },
        spec: { template },
      } as k8s.KubernetesObject,
      undefined,
      undefined,
      'inception',
      undefined,
      k8s.PatchStrategy.StrategicMergePatch,
    );
  } catch (error) {
    const why = isNotFound(error) ? 'it does not exist (any more)' : apiErrorMessage(error);
    throw new Error(`rolling ${workload.kind} ${workload.name} in ${workload.namespace} failed: ${why}`);
  }
}

/** Points the named containers at new images: a new pod template, so the pods are replaced. */
export async function setWorkloadImages(
  clients: KubeClients,
  workload: RolledWorkload,
  images: { name: string; image: string; init: boolean }[],
): Promise<void> {
  const list = (init: boolean) =>
    images.filter((c) => c.init === init).map((c) => ({ name: c.name, image: c.image }));
  await patchTemplate(clients, workload, {
    spec: {
      ...(list(true).length > 0 ? { initContainers: list(true) } : {}),
      ...(list(false).length > 0 ? { containers: list(false) } : {}),
    },
  });
}

/** `kubectl rollout restart`: the same images, new pods. */
export async function restartWorkload(clients: KubeClients, workload: RolledWorkload): Promise<void> {
  await patchTemplate(clients, workload, {
    metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': new Date().toISOString() } },
  });
}
