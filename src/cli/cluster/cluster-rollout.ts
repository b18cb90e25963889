import type * as k8s from '@kubernetes/client-node';
import {
  listWorkloadImages,
  restartWorkload,
  setWorkloadImages,
  waitForWorkloads,
  type WorkloadImages,
} from '../../kube/deploy/index.js';
import { ConfigurationError } from '../../errors.js';
import { imageWithoutTag } from '../../kube/kind/image-load/refs.js';
import { buildAndLoad } from '../../pipeline/index.js';
import { cancellationOf } from '../../shared/cancellation/cancel-on-signal.js';
import type { CliContext } from '../context.js';
import { writeClusterState } from './cluster-state.js';
import { readDeployed } from './deployed.js';
import { builtImagesOf, namedWorkloads } from './named-workloads.js';

function asObjects(workloads: WorkloadImages[]): k8s.KubernetesObject[] {
  return workloads.map(({ workload }) => ({
    kind: workload.kind,
    metadata: { name: workload.name, namespace: workload.namespace },
  }));
}

const names = (workloads: WorkloadImages[]) => workloads.map((w) => w.workload.name).join(', ');

/**
 * `refresh` and `restart` on the cluster path. refresh rebuilds the images of cluster.images the named
 * workloads run, under a new tag (so the pod template changes and the pods are replaced), loads them into
 * the kind nodes and points those workloads' containers at them; restart replaces the pods from the same
 * images. Both wait as `kubectl rollout status` does; workloads not named keep their pods.
 */
export async function clusterRollout(context: CliContext, rebuild: boolean): Promise<number> {
  const { config, docker, logger, options, signal } = context;
  const verb = rebuild ? 'refresh' : 'restart';
  const cluster = config.cluster!;
  const { state, clients } = await readDeployed(context, verb);
  const all = await listWorkloadImages(clients, state.namespace);
  const chosen = namedWorkloads(options.positionals, all, cluster.images, verb, state.namespace);
  try {
    if (rebuild) {
      const builtPerWorkload = chosen.map((w) => builtImagesOf(w, cluster.images));
      const images = [...new Set(builtPerWorkload.flat())];
      const without = chosen.filter((_, index) => builtPerWorkload[index]!.length === 0);
      if (without.length > 0) {
        throw new ConfigurationError(
          `${names(without)} run(s) no image of cluster.images (${without
            .flatMap((w) => w.containers.map((c) => c.image))
            .join(', ')}): nothing to rebuild; \`inception restart ${names(without)}\` replaces the pods.`,
        );
      }
      if (!state.kindCluster) {
        logger.warn(
          `${clients.context} is not a kind cluster on this engine: the rebuilt images are not loaded, ` +
            'the cluster must be able to pull them',
        );
      }
      const built = await buildAndLoad(images, {
        docker,
        tag: `refresh-${Date.now().toString(36)}`,
        kindCluster: state.kindCluster,
        noCache: options.noCache,
        logger,
        signal,
      });
      for (const w of chosen) {
        const changed = w.containers.flatMap((c) => {
          const image = built.find((b) => b.name === imageWithoutTag(c.image));
          return image ? [{ ...c, image: image.ref }] : [];
        });
        await setWorkloadImages(clients, w.workload, changed);
        logger.info(
          `${w.workload.kind} ${w.workload.name}: ${changed.map((c) => `${c.name} -> ${c.image}`).join(', ')}`,
        );
      }
      const kept = state.images.filter((image) => !built.some((b) => b.name === image.name));
      await writeClusterState(config.file, { ...state, images: [...kept, ...built] });
    } else {
      for (const w of chosen) await restartWorkload(clients, w.workload);
    }
    await logger.group(`Wait for ${names(chosen)}`, () =>
      waitForWorkloads(clients, asObjects(chosen), state.namespace, cluster.waitMs, logger),
    );
    logger.info(`${names(chosen)} ready again in ${state.namespace}`);
    return 0;
  } catch (error) {
    throw signal.aborted ? cancellationOf(signal) : error;
  }
}
