import { listWorkloadImages, restartWorkload, waitForWorkloads } from '../../kube/deploy/index.js';
import { ConfigurationError } from '../../errors.js';
import { cancellationOf } from '../../shared/cancellation/cancel-on-signal.js';
import type { CliContext } from '../context.js';
import { readDeployed } from './deployed.js';
import { builtImagesOf, namedWorkloads } from './named-workloads.js';
import { asObjects, rebuildAndRoll, workloadNames } from './rebuild-images.js';

/**
 * `refresh` and `restart` on the cluster path. refresh rebuilds the images of cluster.images the named
 * workloads run, under a new tag (so the pod template changes and the pods are replaced), loads them into
 * the kind nodes and points those workloads' containers at them; restart replaces the pods from the same
 * images. Both wait as `kubectl rollout status` does; workloads not named keep their pods.
 */
export async function clusterRollout(context: CliContext, rebuild: boolean): Promise<number> {
  const { config, logger, options, signal } = context;
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
          `${workloadNames(without)} run(s) no image of cluster.images (${without
            .flatMap((w) => w.containers.map((c) => c.image))
            .join(
              ', ',
            )}): nothing to rebuild; \`inception restart ${workloadNames(without)}\` replaces the pods.`,
        );
      }
      await rebuildAndRoll(context, state, clients, images, chosen, 'refresh');
      return 0;
    }
    for (const w of chosen) await restartWorkload(clients, w.workload);
    await logger.group(`Wait for ${workloadNames(chosen)}`, () =>
      waitForWorkloads(clients, asObjects(chosen), state.namespace, cluster.waitMs, logger),
    );
    logger.info(`${workloadNames(chosen)} ready again in ${state.namespace}`);
    return 0;
  } catch (error) {
    throw signal.aborted ? cancellationOf(signal) : error;
  }
}
