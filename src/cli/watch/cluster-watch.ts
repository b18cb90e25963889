import path from 'node:path';
import { listWorkloadImages } from '../../kube/deploy/index.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { cancellationOf } from '../../shared/cancellation/cancel-on-signal.js';
import type { CliContext } from '../context.js';
import { clusterDown, clusterTestIn, clusterUp } from '../cluster/cluster-path.js';
import { readClusterState, type ClusterState } from '../cluster/cluster-state.js';
import { clientsOf } from '../cluster/deployed.js';
import { rebuildAndRoll } from '../cluster/rebuild-images.js';
import { workFolder } from '../project/state-file.js';
import { isInside } from './affected-services.js';
import { ChangeWatcher } from './change-watcher.js';
import { listed } from './listed.js';

/**
 * `inception test --watch <path>` on the cluster path: the test Job in what `up` deployed (else a fresh
 * deployment, removed at the end unless --keep), then again after every change under the paths. A change
 * in the context of an image of cluster.images rebuilds it under a new tag, loads it into the kind nodes
 * and rolls the workloads that run it (the test image is run by the next Job), as `inception refresh`.
 */
export async function clusterTestOnChanges(context: CliContext, debounceMs: number): Promise<number> {
  const { config, logger, options, signal } = context;
  const cluster = config.cluster!;
  if (options.watch.length === 0) {
    throw new ConfigurationError(
      'name what to watch on the cluster path, e.g. `inception test --watch app --watch tests`: ' +
        'develop.watch rules are a compose file’s, and a cluster: section has none',
    );
  }
  const base = path.dirname(config.file);
  const watched = options.watch.map((entry) => path.resolve(entry));
  const watcher = new ChangeWatcher({
    paths: watched,
    ignore: [workFolder(config.file), path.join(base, '.git')],
    debounceMs,
  });
  const existing = await readClusterState(config.file);
  let state: ClusterState | undefined = existing;
  try {
    state ??= await clusterUp(context);
    let changed: string[] = [];
    for (let round = 1; ; round++) {
      try {
        const images = cluster.images.filter((image) =>
          changed.some((file) => isInside(image.context, file)),
        );
        if (images.length > 0) {
          logger.info(
            `rebuilding ${images.map((image) => image.name).join(', ')}: their build context changed`,
          );
          const clients = clientsOf(state);
          const workloads = await listWorkloadImages(clients, state.namespace);
          state = await rebuildAndRoll(context, state, clients, images, workloads, 'watch');
        }
        logger.info(`run ${round}: tests in ${state.namespace}`);
        await clusterTestIn(context, state);
      } catch (error) {
        if (signal.aborted) break;
        logger.error(errorMessage(error));
      }
      const removal = existing || options.keep ? '' : ` and removes ${state.namespace}`;
      logger.info(`watching ${listed(watched, base)} (Ctrl-C stops${removal})`);
      changed = await watcher.next(signal);
      if (signal.aborted) break;
      logger.info(`changed: ${listed(changed, base)}`);
    }
    throw cancellationOf(signal);
  } finally {
    watcher.close();
    // clusterDown reads the state file up writes before it deploys: a half-made deployment goes too.
    if (!existing && !options.keep) await clusterDown(context);
  }
}
