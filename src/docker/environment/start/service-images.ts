import type Docker from 'dockerode';
import type { ComposeProject, ServiceSpec } from '../../../config/compose/index.js';
import { ConfigurationError, errorMessage } from '../../../errors.js';
import type { Logger } from '../../../log.js';
import { buildImages } from '../../build/index.js';
import { imagePresent, pullImage } from '../../image-pull.js';
import { environmentLabels } from '../../../shared/identity/labels.js';
import { imageWithoutTag } from '../../../kube/kind/image-load/refs.js';
import { deferred } from '../../../shared/async/deferred.js';

export interface ServiceImagesOptions {
  docker: Docker;
  project: ComposeProject;
  services: ServiceSpec[];
  environment: string;
  logger: Logger;
  build: boolean;
  noCache: boolean;
  /** Aborting ends the builds and throws the abort's reason. */
  signal?: AbortSignal;
}

/** Each service's image as it becomes ready, and the whole preparation. */
export interface ServiceImages {
  /** Per service, its image ref once built, tagged or present; rejects with what failed its image. */
  images: Map<string, Promise<string>>;
  /** Resolves when every image is ready; rejects with the first failure (the builds' own, all of them). */
  all: Promise<void>;
}

/**
 * Starts preparing every service's image: built ones tagged for this environment, the rest present or
 * pulled, builds and pulls at once. Each service's promise settles when its own image does, so that a
 * service whose image is ready can start while the others still build.
 */
export function startServiceImages(options: ServiceImagesOptions): ServiceImages {
  const { docker, project, services, environment, logger } = options;
  const images = new Map<string, Promise<string>>();
  const groups = buildGroups(services, options.build);
  const leaders = [...groups.values()].map((group) => group[0]!);
  const builtRefs = leaders.map(() => deferred<string>());
  [...groups.values()].forEach((group, index) => {
    for (const service of group) images.set(service.name, builtRefs[index]!.promise);
  });
  const builds =
    leaders.length === 0
      ? Promise.resolve()
      : buildImages(
          docker,
          leaders.map((service) => ({
            name: service.image ? imageWithoutTag(service.image) : `${project.name}-${service.name}`,
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
            signal: options.signal,
            onBuilt: (index, image) => builtRefs[index]!.resolve(image.ref),
            onFailed: (index, error) => builtRefs[index]!.reject(error),
          },
        ).then(() => undefined);
  // A build that failed fails every service built from it; one that never ran (another failed before
  // the engine was asked) fails too, with the same error.
  builds.catch((error: unknown) => builtRefs.forEach((ref) => ref.reject(error)));

  const pulled = services.filter((service) => !images.has(service.name));
  const presentOrPulled = ensurePresent(docker, pulled, services, logger);
  for (const service of pulled)
    images.set(
      service.name,
      presentOrPulled.then((ready) => ready.get(service.image!)!).then(() => service.image!),
    );
  for (const image of images.values()) image.catch(() => undefined);
  const all = Promise.all([builds, presentOrPulled.then((pulls) => Promise.all(pulls.values()))]).then(
    () => undefined,
  );
  all.catch(() => undefined);
  return { images, all };
}

/** The services to build, grouped by build: services sharing one (same context, file, target and args)
 * share one image, built once. */
export function buildGroups(services: ServiceSpec[], build: boolean): Map<string, ServiceSpec[]> {
  const groups = new Map<string, ServiceSpec[]>();
  for (const service of services.filter((service) => service.build && (build || !service.image))) {
    const key = JSON.stringify([service.image, service.build]);
    groups.set(key, [...(groups.get(key) ?? []), service]);
  }
  return groups;
}

/** Image ref per service, once every image is ready: for callers that must not go on without them all. */
export async function prepareServiceImages(options: ServiceImagesOptions): Promise<Map<string, string>> {
  const { images, all } = startServiceImages(options);
  await all;
  const refs = new Map<string, string>();
  for (const [service, ref] of images) refs.set(service, await ref);
  return refs;
}

/** Starts pulling what the engine lacks (or what says `pull_policy: always`), all at once; resolves, once
 * the engine said what it has, with each image's pull. */
async function ensurePresent(
  docker: Docker,
  pulled: ServiceSpec[],
  services: ServiceSpec[],
  logger: Logger,
): Promise<Map<string, Promise<void>>> {
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
  if (toPull.length > 0) logger.info(`Pull ${toPull.length} image(s): ${toPull.join(', ')}`);
  const pulls = new Map(images.map((image) => [image, Promise.resolve()]));
  for (const image of toPull) pulls.set(image, pull(docker, image, services, logger));
  return pulls;
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
