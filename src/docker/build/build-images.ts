import type Docker from 'dockerode';
import { rejectWhenAborted } from '../../shared/cancellation/abort.js';
import { mapWithConcurrency } from '../../shared/async/concurrency.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import { buildDigest, LABEL_BUILD_DIGEST } from './build-digest.js';
import { createBuildContext } from './context.js';
import { chooseBuilder, type Builder } from './builder.js';
import { imageLabels } from './labels.js';
import { BuildProgress, type BuildStreamMessage } from './progress.js';
import { imageReferences, validateImageName } from './tags.js';

export interface ImageBuildSpec {
  /** Image name without tag, e.g. `orders-api` or `ghcr.io/acme/orders-api`. */
  name: string;
  /** Absolute path of the build context folder. */
  context: string;
  /** Relative to the context; `Dockerfile` when absent. */
  dockerfile?: string;
  target?: string;
  buildArgs?: Record<string, string>;
  /** Extra tags (`v1`) or full references (`registry/name:tag`). */
  tags?: string[];
}

export interface BuildImagesOptions {
  /** Tag every image gets, unique per run (see `defaultRunTag`). */
  runTag: string;
  noCache: boolean;
  labels: Record<string, string>;
  logger: Logger;
  /** Images built at the same time; 2 when absent. */
  concurrency?: number;
  /** Where GITHUB_* and DOCKER_BUILDKIT are read; process.env when absent. */
  env?: NodeJS.ProcessEnv;
  /** Aborting ends the builds (the engine stops a build whose request is gone) and throws the reason. */
  signal?: AbortSignal;
  /** Tag an image the engine holds from a build with the same digest (see build-digest.ts) instead of
   * building again; never with noCache. */
  reuse?: boolean;
  /** Called as each image is ready, before the others are: what needs only that image can go on. */
  onBuilt?: (index: number, image: BuiltImage) => void;
  /** Called as each build fails, before the others end: what needs that image can stop at once. */
  onFailed?: (index: number, error: unknown) => void;
}

export interface BuiltImage {
  name: string;
  /** `<name>:<runTag>`. */
  ref: string;
  id: string;
  /** Every reference the image carries, `ref` first. */
  tags: string[];
  builder: Builder['kind'];
  durationMs: number;
  /** Tagged from an earlier build with the same digest, not built. */
  reused?: boolean;
}

/** An image failed to build; the message holds the failing step's output and the engine's error. */
export class ImageBuildError extends Error {
  override readonly name = 'ImageBuildError';
  constructor(
    readonly image: string,
    readonly report: string,
  ) {
    super(`image "${image}" failed to build:\n${report}`);
  }
}

interface BuildState {
  builder: Builder;
}

/** Builds the images (at most `concurrency` at once), each tagged `<name>:<runTag>` plus its extra tags. */
export async function buildImages(
  docker: Docker,
  specs: ImageBuildSpec[],
  options: BuildImagesOptions,
): Promise<BuiltImage[]> {
  const { logger } = options;
  const plans = specs.map((spec, index) => {
    const where = `image ${index + 1} ("${spec.name}")`;
    validateImageName(spec.name, where);
    return { spec, refs: imageReferences(spec.name, options.runTag, spec.tags ?? [], where) };
  });
  const seen = new Set<string>();
  for (const { spec } of plans) {
    if (seen.has(spec.name)) {
      throw new ConfigurationError(`Image "${spec.name}" is listed twice; give each image a different name.`);
    }
    seen.add(spec.name);
  }
  if (plans.length === 0) return [];

  const state: BuildState = { builder: await chooseBuilder(docker, options.env) };
  if (state.builder.kind === 'classic') {
    logger.warn(`Building with the classic builder instead of BuildKit: ${state.builder.reason}.`);
  }
  const labels = imageLabels(options.runTag, options.labels, options.env);
  const title =
    plans.length === 1
      ? `Build image ${plans[0]?.refs[0]}`
      : `Build ${plans.length} images (${options.runTag})`;

  return logger.group(title, async () => {
    // Every build runs to its end, so one failure does not hide another.
    const results = await mapWithConcurrency(
      plans,
      options.concurrency ?? 2,
      ({ spec, refs }, index): Promise<PromiseSettledResult<BuiltImage>> => {
        const prefix = plans.length > 1 ? `[${spec.name}] ` : '';
        return buildOrReuse(docker, spec, refs, { ...options, labels }, state, prefix).then(
          (value) => {
            options.onBuilt?.(index, value);
            return { status: 'fulfilled', value };
          },
          (reason: unknown) => {
            options.onFailed?.(index, reason);
            return { status: 'rejected', reason };
          },
        );
      },
    );
    options.signal?.throwIfAborted();
    const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason);
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) throw new Error(failures.map((failure) => errorMessage(failure)).join('\n\n'));
    return results.map((result) => (result as PromiseFulfilledResult<BuiltImage>).value);
  });
}

/** Lookups and builds in flight in this process, by digest: environments started at once build once. */
const inFlight = new Map<string, Promise<{ id: string; built?: BuiltImage }>>();

async function buildOrReuse(
  docker: Docker,
  spec: ImageBuildSpec,
  refs: string[],
  options: BuildImagesOptions,
  state: BuildState,
  prefix: string,
): Promise<BuiltImage> {
  const build = (labels = options.labels) =>
    buildImage(docker, spec, refs, { ...options, labels }, state, prefix);
  if (!options.reuse || options.noCache) return build();
  const started = Date.now();
  const fingerprint = await buildDigest(docker, {
    context: spec.context,
    dockerfile: spec.dockerfile,
    target: spec.target,
    buildArgs: spec.buildArgs,
    labels: contentLabels(options.labels),
  });
  if (!fingerprint.digest) {
    options.logger.output(`${prefix}building, as no earlier build can stand in: ${fingerprint.reason}\n`);
    return build();
  }
  const { digest } = fingerprint;
  const withDigest = () => build({ ...options.labels, [LABEL_BUILD_DIGEST]: digest });
  let shared = inFlight.get(digest);
  let image: { id: string; built?: BuiltImage } | undefined;
  if (shared) {
    // Another environment's build failing is its to report: this one builds on its own then.
    image = await shared.catch(() => undefined);
    if (!image) return withDigest();
  } else {
    // Set before any await, so that a build started meanwhile waits for this one.
    shared = (async () => {
      const earlier = await imageWithDigest(docker, digest);
      if (earlier) return { id: earlier };
      const built = await withDigest();
      await keepForReuse(docker, spec.name, built.id, options.logger);
      return { id: built.id, built };
    })();
    inFlight.set(digest, shared);
    void shared.then(
      () => inFlight.delete(digest),
      () => inFlight.delete(digest),
    );
    image = await shared;
    if (image.built) return image.built;
  }
  try {
    await tagImage(docker, image.id, refs);
  } catch {
    // Its environment removed it between the lookup and the tag.
    return withDigest();
  }
  const durationMs = Date.now() - started;
  options.logger.info(
    `Reused ${image.id.slice(7, 19)} as ${refs.join(', ')}: built from the same files, Dockerfile, args and base images (digest ${digest.slice(0, 12)}), tagged in ${formatDuration(durationMs)}`,
  );
  return {
    name: spec.name,
    ref: refs[0]!,
    id: image.id,
    tags: refs,
    builder: state.builder.kind,
    durationMs,
    reused: true,
  };
}

/** The user's labels are part of the image; ours (run, environment, owner, creation time) are not. */
function contentLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(labels).filter(
      ([key]) => !key.startsWith('io.inception.') && key !== 'org.opencontainers.image.created',
    ),
  );
}

async function imageWithDigest(docker: Docker, digest: string): Promise<string | undefined> {
  const images = await docker.listImages({
    filters: JSON.stringify({ label: [`${LABEL_BUILD_DIGEST}=${digest}`] }),
  });
  return images.sort((a, b) => b.Created - a.Created)[0]?.Id;
}

/**
 * The tag that keeps the last build of each image name after its environments are gone, so that the next
 * `up` with unchanged files reuses it (compose keeps `<project>-<service>` images the same way). One per
 * name: the build it replaces is removed when nothing else tags it.
 */
export const REUSE_TAG = 'inception-last';

async function keepForReuse(docker: Docker, name: string, id: string, logger: Logger): Promise<void> {
  const ref = `${name}:${REUSE_TAG}`;
  const previous = await docker
    .getImage(ref)
    .inspect()
    .then((info) => info.Id)
    .catch(() => undefined);
  await tagImage(docker, id, [ref]);
  if (!previous || previous === id) return;
  const left = await docker
    .getImage(previous)
    .inspect()
    .catch(() => undefined);
  if (left && (left.RepoTags ?? []).length === 0)
    await docker
      .getImage(previous)
      .remove({ noprune: true })
      .catch((error: unknown) => logger.debug(`the build ${ref} replaced stays: ${errorMessage(error)}`));
}

async function tagImage(docker: Docker, id: string, refs: string[]): Promise<void> {
  await Promise.all(
    refs.map((ref) => {
      const colon = ref.lastIndexOf(':');
      return docker.getImage(id).tag({ repo: ref.slice(0, colon), tag: ref.slice(colon + 1) });
    }),
  );
}

async function buildImage(
  docker: Docker,
  spec: ImageBuildSpec,
  refs: string[],
  options: BuildImagesOptions,
  state: BuildState,
  prefix: string,
): Promise<BuiltImage> {
  const { logger } = options;
  const started = Date.now();
  const [ref] = refs as [string, ...string[]];
  const print = (line: string) => logger.output(`${prefix}${line}\n`);

  const run = async (builder: Builder['kind']): Promise<BuildProgress> => {
    const context = await createBuildContext(spec.context, spec.dockerfile);
    const stopped = rejectWhenAborted(options.signal);
    const request = docker.buildImage(context.tar, {
      t: ref,
      dockerfile: context.dockerfile,
      buildargs: spec.buildArgs ?? {},
      labels: options.labels,
      nocache: options.noCache,
      rm: true,
      forcerm: true,
      target: spec.target,
      abortSignal: options.signal,
      ...(builder === 'buildkit' ? { version: '2' as const } : {}),
    });
    const stream = await Promise.race([request, stopped]);
    return Promise.race([followBuild(stream, new BuildProgress(print)), stopped]);
  };

  print(`building ${ref} from ${spec.context} (${spec.dockerfile ?? 'Dockerfile'})`);
  let builder = state.builder.kind;
  let progress: BuildProgress;
  try {
    progress = await run(builder);
  } catch (error) {
    options.signal?.throwIfAborted();
    if (builder !== 'buildkit' || error instanceof ConfigurationError) throw error;
    // The engine refused the BuildKit request itself (no build step ran): every later build would too.
    const reason = `the engine refused a BuildKit build (${errorMessage(error)})`;
    if (state.builder.kind === 'buildkit') {
      state.builder = { kind: 'classic', reason };
      logger.warn(`Building with the classic builder instead of BuildKit: ${reason}.`);
    }
    builder = 'classic';
    progress = await run(builder);
  }
  if (progress.error || !progress.imageId) throw new ImageBuildError(spec.name, progress.failureReport());

  const id = (await docker.getImage(ref).inspect()).Id;
  await tagImage(docker, id, refs.slice(1));
  const durationMs = Date.now() - started;
  logger.info(
    `Built ${refs.join(', ')} (${id.slice(7, 19)}) in ${formatDuration(durationMs)} with ${builder}`,
  );
  return { name: spec.name, ref, id, tags: refs, builder, durationMs };
}

function followBuild(stream: NodeJS.ReadableStream, progress: BuildProgress): Promise<BuildProgress> {
  return new Promise((resolve, reject) => {
    let partial = '';
    const handleLine = (line: string) => {
      if (line.trim() === '') return;
      let message: BuildStreamMessage;
      try {
        message = JSON.parse(line) as BuildStreamMessage;
      } catch {
        message = { stream: `${line}\n` };
      }
      progress.handle(message);
    };
    stream.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(handleLine);
    });
    stream.on('error', reject);
    stream.on('end', () => {
      handleLine(partial);
      progress.finish();
      resolve(progress);
    });
  });
}
