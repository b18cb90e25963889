import type Docker from 'dockerode';
import type { ComposeProject, ServiceSpec } from '../../../config/compose/index.js';
import { ConfigurationError, errorMessage } from '../../../errors.js';
import type { Logger } from '../../../log.js';
import { buildImages } from '../../build/index.js';
import { imagePresent, pullImage } from '../../image-pull.js';
import { environmentLabels } from '../../../shared/labels.js';

export interface ServiceImagesOptions {
  docker: Docker;
  project: ComposeProject;
  services: ServiceSpec[];
  environment: string;
  logger: Logger;
  build: boolean;
  noCache: boolean;
}

/** Image ref per service: built ones tagged for this environment, the rest present or pulled. */
export async function prepareServiceImages(options: ServiceImagesOptions): Promise<Map<string, string>> {
  const { docker, project, services, environment, logger } = options;
  const refs = new Map<string, string>();
  const toBuild = services.filter((service) => service.build && (options.build || !service.image));
  // Services sharing one build (same context, file, target and args) share one image, built once.
  const groups = new Map<string, ServiceSpec[]>();
  for (const service of toBuild) {
    const key = JSON.stringify([service.image, service.build]);
    groups.set(key, [...(groups.get(key) ?? []), service]);
  }
  if (groups.size > 0) {
    const leaders = [...groups.values()].map((group) => group[0]!);
    const built = await buildImages(
      docker,
      leaders.map((service) => ({
        name: service.image ? withoutTag(service.image) : `${project.name}-${service.name}`,
        context: service.build!.context,
        dockerfile: service.build!.dockerfile,
        target: service.build!.target,
        buildArgs: service.build!.args,
      })),
      {
        runTag: environment,
        noCache: options.noCache,
        reuse: true,
        // Every build at once, as compose's bake does: BuildKit schedules the steps, and a build mostly
        // waits on downloads.
        concurrency: leaders.length,
        labels: environmentLabels(environment, 'image'),
        logger,
      },
    );
    [...groups.values()].forEach((group, index) => {
      for (const service of group) refs.set(service.name, built[index]!.ref);
    });
  }
  const pulled = services.filter((service) => !refs.has(service.name));
  for (const service of pulled) refs.set(service.name, service.image!);
  const images = [...new Set(pulled.map((service) => service.image!))];
  // Any failure to inspect means "pull it": the pull's error says best what is wrong with the name.
  const present = await Promise.all(images.map((image) => imagePresent(docker, image).catch(() => false)));
  const policyOf = (image: string) =>
    pulled.filter((service) => service.image === image).map((service) => service.runtime.pullPolicy);
  const never = images.filter((image, index) => !present[index] && policyOf(image).includes('never'));
  if (never.length)
    throw new ConfigurationError(
      `image ${never.join(', ')} is not on the engine and its service has pull_policy: never; build or load it first, or drop pull_policy`,
    );
  // pull_policy: always pulls an image the engine has too.
  const toPull = images.filter((image, index) => !present[index] || policyOf(image).includes('always'));
  if (toPull.length > 0) {
    await logger.group(`Pull ${toPull.length} image(s)`, () =>
      Promise.all(toPull.map((image) => pull(docker, image, services, logger))),
    );
  }
  return refs;
}

/** `localhost:5000/shop/api:1.2` -> `localhost:5000/shop/api`: the name the environment's tag goes on. */
function withoutTag(image: string): string {
  const name = image.split('@')[0]!;
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}

async function pull(docker: Docker, image: string, services: ServiceSpec[], logger: Logger): Promise<void> {
  const users = services.filter((service) => service.image === image).map((service) => `"${service.name}"`);
  try {
    await pullImage(docker, image);
    logger.info(`pulled ${image}`);
  } catch (error) {
    throw new ConfigurationError(
      `Image "${image}" (service ${users.join(', ')}) is not on this engine and could not be pulled: ` +
        `${errorMessage(error)}. Check the name and tag, log in to its registry, or build it first.`,
    );
  }
}
