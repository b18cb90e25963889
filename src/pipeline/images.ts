import type Docker from 'dockerode';
import type { InceptionConfig } from '../config/inception/index.js';
import { buildImages, type BuiltImage } from '../docker/build/index.js';
import type { Logger } from '../log.js';
import { environmentLabels } from '../shared/identity/labels.js';

export interface ConfigImagesOptions {
  /** The environment the images belong to: their tag and their labels, so its removal removes them too. */
  environment: string;
  noCache?: boolean;
  logger: Logger;
  signal?: AbortSignal;
}

/** Builds the config's `images:`, each tagged `<name>:<environment>`. */
export async function buildConfigImages(
  docker: Docker,
  config: InceptionConfig,
  options: ConfigImagesOptions,
): Promise<BuiltImage[]> {
  if (config.images.length === 0) return [];
  return buildImages(
    docker,
    config.images.map((image) => ({
      name: image.name,
      context: image.context,
      dockerfile: image.dockerfile,
      target: image.target,
      buildArgs: image.args,
    })),
    {
      runTag: options.environment,
      noCache: options.noCache ?? false,
      reuse: true,
      labels: environmentLabels(options.environment, 'image'),
      logger: options.logger,
      signal: options.signal,
    },
  );
}
