import type { ClusterConfig } from '../../config/inception/index.js';
import { ConfigurationError } from '../../errors.js';
import type { WorkloadImages } from '../../kube/deploy/index.js';
import { imageWithoutTag } from '../../kube/kind/image-load/refs.js';

/**
 * The workloads the command line names: a Deployment or StatefulSet by its name, or an image of
 * cluster.images by its name (then every workload running it). Unknown names are a mistake the message
 * answers with what there is.
 */
export function namedWorkloads(
  names: string[],
  workloads: WorkloadImages[],
  images: ClusterConfig['images'],
  verb: string,
  namespace: string,
): WorkloadImages[] {
  const known = `the workloads of ${namespace}: ${workloads.map((w) => w.workload.name).join(', ') || 'none'}`;
  if (names.length === 0) {
    const example = workloads[0]?.workload.name ?? 'api';
    throw new ConfigurationError(`name what to ${verb}, e.g. inception ${verb} ${example}; ${known}`);
  }
  const chosen = new Map<string, WorkloadImages>();
  for (const name of names) {
    const byName = workloads.filter((w) => w.workload.name === name);
    const byImage = images.some((image) => image.name === name)
      ? workloads.filter((w) => w.containers.some((c) => imageWithoutTag(c.image) === name))
      : [];
    const found = byName.length > 0 ? byName : byImage;
    if (found.length === 0) {
      const imageNames = images.map((image) => image.name).join(', ') || 'none';
      throw new ConfigurationError(
        `"${name}" is neither a Deployment or StatefulSet nor an image run in ${namespace}: ${known}; ` +
          `the images of cluster.images: ${imageNames}`,
      );
    }
    for (const w of found) chosen.set(`${w.workload.kind}/${w.workload.name}`, w);
  }
  return [...chosen.values()];
}

/** The images of cluster.images a workload's containers run. */
export function builtImagesOf(
  workload: WorkloadImages,
  images: ClusterConfig['images'],
): ClusterConfig['images'] {
  return images.filter((image) => workload.containers.some((c) => imageWithoutTag(c.image) === image.name));
}
