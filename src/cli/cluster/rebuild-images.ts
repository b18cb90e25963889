import type * as k8s from '@kubernetes/client-node';
import type { ClusterConfig } from '../../config/inception/index.js';
import type { KubeClients } from '../../kube/client.js';
import { setWorkloadImages, waitForWorkloads, type WorkloadImages } from '../../kube/deploy/index.js';
import { imageWithoutTag } from '../../kube/kind/image-load/refs.js';
import { buildAndLoad } from '../../pipeline/index.js';
import type { CliContext } from '../context.js';
import { writeClusterState, type ClusterState } from './cluster-state.js';

export const workloadNames = (workloads: WorkloadImages[]) =>
  workloads.map((w) => w.workload.name).join(', ');

export function asObjects(workloads: WorkloadImages[]): k8s.KubernetesObject[] {
  return workloads.map(({ workload }) => ({
    kind: workload.kind,
    metadata: { name: workload.name, namespace: workload.namespace },
  }));
}

/**
 * Rebuilds images of cluster.images under a new tag (so the pod templates change and the pods are
 * replaced), loads them into the kind nodes, points the given workloads' containers at them and waits as
 * `kubectl rollout status` does. The state file learns the new refs: the test Job runs them from then on.
 * Resolves with the state as written.
 */
export async function rebuildAndRoll(
  context: CliContext,
  state: ClusterState,
  clients: KubeClients,
  images: ClusterConfig['images'],
  workloads: WorkloadImages[],
  tagPrefix: string,
): Promise<ClusterState> {
  const { config, docker, logger, options, signal } = context;
  if (!state.kindCluster) {
    logger.warn(
      `${clients.context} is not a kind cluster on this engine: the rebuilt images are not loaded, ` +
        'the cluster must be able to pull them',
    );
  }
  const built = await buildAndLoad(images, {
    docker,
    tag: `${tagPrefix}-${Date.now().toString(36)}`,
    kindCluster: state.kindCluster,
    noCache: options.noCache,
    logger,
    signal,
  });
  const rolled: WorkloadImages[] = [];
  for (const w of workloads) {
    const changed = w.containers.flatMap((c) => {
      const image = built.find((b) => b.name === imageWithoutTag(c.image));
      return image ? [{ ...c, image: image.ref }] : [];
    });
    if (changed.length === 0) continue;
    await setWorkloadImages(clients, w.workload, changed);
    rolled.push(w);
    logger.info(
      `${w.workload.kind} ${w.workload.name}: ${changed.map((c) => `${c.name} -> ${c.image}`).join(', ')}`,
    );
  }
  const kept = state.images.filter((image) => !built.some((b) => b.name === image.name));
  const next = { ...state, images: [...kept, ...built] };
  await writeClusterState(config.file, next);
  if (rolled.length > 0) {
    await logger.group(`Wait for ${workloadNames(rolled)}`, () =>
      waitForWorkloads(clients, asObjects(rolled), state.namespace, config.cluster!.waitMs, logger),
    );
    logger.info(`${workloadNames(rolled)} ready again in ${state.namespace}`);
  }
  return next;
}
