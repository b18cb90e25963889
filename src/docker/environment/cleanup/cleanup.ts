import { removeSecretFiles } from '../containers/secret-files.js';
import type Docker from 'dockerode';
import { errorMessage } from '../../../errors.js';
import type { Logger } from '../../../log.js';
import { LABEL_SERVICE, labelFilter } from '../../../shared/identity/labels.js';
import type { ServiceHook } from '../../../config/compose/index.js';
import { runPreStop } from '../live/pre-stop.js';

export interface CleanupReport {
  containers: string[];
  networks: string[];
  volumes: string[];
  images: string[];
  errors: string[];
}

export interface RemoveOptions {
  /** Stop every container with its own stop signal and grace period (compose's stop_signal and
   * stop_grace_period) first, all at once; by default they are killed as they are removed. */
  graceful?: boolean;
  /** With `graceful`: each service's `pre_stop` hooks, run in its containers before they stop. */
  preStop?: Record<string, ServiceHook[]>;
}

/** Removes exactly the resources labelled with this environment, and nothing else. Never throws: what
 * could not be removed is reported. */
export async function removeEnvironment(
  docker: Docker,
  environment: string,
  logger: Logger,
  options: RemoveOptions = {},
): Promise<CleanupReport> {
  const filters = JSON.stringify(labelFilter(environment));
  const report: CleanupReport = { containers: [], networks: [], volumes: [], images: [], errors: [] };
  const attempt = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
      return true;
    } catch (error) {
      const message = errorMessage(error);
      if (/no such|not found|404/i.test(message)) return true;
      report.errors.push(`${what}: ${message}`);
      logger.warn(`could not remove ${what}: ${message}`);
      return false;
    }
  };

  /** Removes every item at once, noting the name of each one removed (or already gone) in `removed`. */
  const removeAll = <T>(
    kind: string,
    items: T[],
    name: (item: T) => string,
    remove: (item: T) => Promise<unknown>,
    removed: string[],
  ) =>
    Promise.all(
      items.map(async (item) => {
        if (await attempt(`${kind} ${name(item)}`, () => remove(item))) removed.push(name(item));
      }),
    );

  // Containers first: a network or volume still in use by one cannot be removed.
  const containers = await docker.listContainers({ all: true, filters });
  if (options.graceful)
    // A stop that fails or overruns ends in the forced removal below anyway.
    await Promise.all(
      containers
        .filter((info) => info.State === 'running')
        .map(async (info) => {
          const container = docker.getContainer(info.Id);
          const service = info.Labels[LABEL_SERVICE];
          if (service) await runPreStop(container, service, options.preStop?.[service] ?? [], logger);
          await container.stop().catch(() => undefined);
        }),
    );
  await removeAll(
    'container',
    containers,
    (info) => info.Names[0]?.replace(/^\//, '') ?? info.Id,
    (info) => removeContainer(docker.getContainer(info.Id)),
    report.containers,
  );
  await attempt('the secret and config files', () => removeSecretFiles(environment));
  const [networks, { Volumes: volumes = [] }, images] = await Promise.all([
    docker.listNetworks({ filters }),
    docker.listVolumes({ filters }),
    docker.listImages({ filters: JSON.stringify(labelFilter()) }),
  ]);
  // The environment's tags go; the images stay for the next build's cache, or to be reused whole. An image
  // may carry the tags of several environments (reused builds), so only this one's tag is removed.
  const tags = images
    .flatMap((image) => image.RepoTags ?? [])
    .filter((tag) => tag.endsWith(`:${environment}`));
  await Promise.all([
    removeAll(
      'network',
      networks,
      (network) => network.Name,
      (network) => docker.getNetwork(network.Id).remove(),
      report.networks,
    ),
    removeAll(
      'volume',
      volumes,
      (volume) => volume.Name,
      (volume) => docker.getVolume(volume.Name).remove(),
      report.volumes,
    ),
    removeAll(
      'image tag',
      tags,
      (tag) => tag,
      (tag) => docker.getImage(tag).remove({ noprune: true }),
      report.images,
    ),
  ]);
  return report;
}

/** How long a removal that another client started (a run killed while removing) may take to finish. */
const REMOVAL_IN_PROGRESS_MS = 15_000;

/** Removes the container; when the engine is removing it already, waits until it is gone. */
async function removeContainer(container: Docker.Container): Promise<void> {
  try {
    await container.remove({ force: true, v: true });
  } catch (error) {
    if (!/already in progress/i.test(errorMessage(error))) throw error;
    const deadline = Date.now() + REMOVAL_IN_PROGRESS_MS;
    while (Date.now() < deadline) {
      try {
        await container.inspect();
      } catch (inspectError) {
        if ((inspectError as { statusCode?: number }).statusCode === 404) return;
        throw inspectError;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw error;
  }
}
