import type Docker from 'dockerode';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { labelFilter } from './labels.js';

export interface CleanupReport {
  containers: string[];
  networks: string[];
  volumes: string[];
  images: string[];
  errors: string[];
}

/** Removes exactly the resources labelled with this environment, and nothing else. Never throws: what
 * could not be removed is reported. */
export async function removeEnvironment(
  docker: Docker,
  environment: string,
  logger: Logger,
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

  const containers = await docker.listContainers({ all: true, filters });
  await Promise.all(
    containers.map(async (info) => {
      const name = info.Names[0]?.replace(/^\//, '') ?? info.Id;
      if (
        await attempt(`container ${name}`, () =>
          docker.getContainer(info.Id).remove({ force: true, v: true }),
        )
      )
        report.containers.push(name);
    }),
  );
  const networks = await docker.listNetworks({ filters });
  for (const network of networks) {
    if (await attempt(`network ${network.Name}`, () => docker.getNetwork(network.Id).remove()))
      report.networks.push(network.Name);
  }
  const { Volumes: volumes = [] } = await docker.listVolumes({ filters });
  for (const volume of volumes) {
    if (await attempt(`volume ${volume.Name}`, () => docker.getVolume(volume.Name).remove()))
      report.volumes.push(volume.Name);
  }
  // Images built for the environment lose their per-environment tag; layers stay for the next build's cache.
  const images = await docker.listImages({ filters });
  for (const image of images) {
    for (const tag of image.RepoTags ?? []) {
      if (tag === '<none>:<none>') continue;
      if (await attempt(`image tag ${tag}`, () => docker.getImage(tag).remove({ noprune: true })))
        report.images.push(tag);
    }
  }
  return report;
}
