import type Docker from 'dockerode';
import type { ComposeProject, ServiceSpec } from '../config/compose-model.js';
import { ConfigurationError, errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { buildImages } from './image-build.js';
import { environmentLabels } from './labels.js';

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
        name: service.image?.split(':')[0] ?? `${project.name}-${service.name}`,
        context: service.build!.context,
        dockerfile: service.build!.dockerfile,
        target: service.build!.target,
        buildArgs: service.build!.args,
      })),
      {
        runTag: environment,
        noCache: options.noCache,
        labels: environmentLabels(environment, 'image'),
        logger,
      },
    );
    [...groups.values()].forEach((group, index) => {
      for (const service of group) refs.set(service.name, built[index]!.ref);
    });
  }
  const toPull = new Set<string>();
  for (const service of services) {
    if (refs.has(service.name)) continue;
    refs.set(service.name, service.image!);
    if (!(await imagePresent(docker, service.image!))) toPull.add(service.image!);
  }
  if (toPull.size > 0) {
    await logger.group(`Pull ${toPull.size} image(s)`, () =>
      Promise.all([...toPull].map((image) => pullImage(docker, image, services, logger))),
    );
  }
  return refs;
}

async function imagePresent(docker: Docker, ref: string): Promise<boolean> {
  try {
    await docker.getImage(ref).inspect();
    return true;
  } catch {
    return false;
  }
}

async function pullImage(
  docker: Docker,
  image: string,
  services: ServiceSpec[],
  logger: Logger,
): Promise<void> {
  const users = services.filter((service) => service.image === image).map((service) => `"${service.name}"`);
  try {
    const stream = await docker.pull(image);
    await new Promise<void>((resolve, reject) =>
      docker.modem.followProgress(stream, (error: Error | null) => (error ? reject(error) : resolve())),
    );
    logger.info(`pulled ${image}`);
  } catch (error) {
    throw new ConfigurationError(
      `Image "${image}" (service ${users.join(', ')}) is not on this engine and could not be pulled: ` +
        `${errorMessage(error)}. Check the name and tag, log in to its registry, or build it first.`,
    );
  }
}
