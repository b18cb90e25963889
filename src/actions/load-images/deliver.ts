import type Docker from 'dockerode';
import { ConfigurationError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import { loadImages } from '../../kube/kind/index.js';
import { parseNodeTarget } from '../../kube/kind/index.js';
import { pushToLocalRegistry } from '../../kube/kind/index.js';
import { ENV_KIND_CLUSTER, ENV_KIND_REGISTRY } from '../constants.js';

export interface DeliverImagesOptions {
  images: string[];
  /** kind cluster name; $INCEPTION_KIND_CLUSTER when absent. */
  cluster?: string;
  /** Node names or one label selector; every node when empty. */
  nodes: string[];
  retries: number;
  /** `localhost:<port>` of setup-kind's registry: push there instead of loading into nodes. */
  registry?: string;
  logger: Logger;
}

export interface DeliveredImage {
  ref: string;
  /** The reference pods use: the same, or `localhost:<port>/…` with a registry. */
  clusterRef: string;
}

/** Gets images into a kind cluster: pushed to its local registry when it has one, else loaded into nodes. */
export async function deliverImages(
  docker: Docker,
  options: DeliverImagesOptions,
): Promise<DeliveredImage[]> {
  const { logger, registry } = options;
  if (registry) {
    if (options.nodes.length > 0)
      logger.warn('nodes is ignored with a local registry: every node pulls from it.');
    return logger.group(`Push ${options.images.length} image(s) to ${registry}`, async () => {
      const pushed = await pushToLocalRegistry(docker, registry, options.images, logger);
      return pushed.map(({ ref, registryRef }) => ({ ref, clusterRef: registryRef }));
    });
  }
  const cluster = options.cluster || process.env[ENV_KIND_CLUSTER];
  if (!cluster) {
    throw new ConfigurationError(
      `No kind cluster named: give "cluster-name", or run setup-kind earlier in the job (it exports ${ENV_KIND_CLUSTER}).`,
    );
  }
  const target = parseNodeTarget(options.nodes);
  return logger.group(`Load ${options.images.length} image(s) into kind cluster ${cluster}`, async () => {
    const result = await loadImages({
      docker,
      cluster,
      images: options.images,
      ...(target.kind === 'names' ? { nodes: target.names } : {}),
      ...(target.kind === 'selector' ? { nodeSelector: target.selector } : {}),
      retries: options.retries,
      logger,
    });
    const loaded = result.nodes.filter((node) => node.loaded.length > 0).length;
    logger.info(
      `${loaded} node(s) loaded, ${result.nodes.length - loaded} already had the images; ${formatDuration(result.durationMs)}`,
    );
    return result.images.map(({ ref }) => ({ ref, clusterRef: ref }));
  });
}

/** The registry to push to: the input when given (`false` turns it off), else what setup-kind exported. */
export function registryFrom(
  input: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (input === undefined) return env[ENV_KIND_REGISTRY] || undefined;
  if (['false', 'no', 'off', 'none'].includes(input.toLowerCase())) return undefined;
  return input;
}
