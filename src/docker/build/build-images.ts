import type Docker from 'dockerode';
import { rejectWhenAborted } from '../../shared/abort.js';
import { mapWithConcurrency } from '../../shared/concurrency.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { formatDuration } from '../../shared/format-duration.js';
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
      ({ spec, refs }): Promise<PromiseSettledResult<BuiltImage>> => {
        const prefix = plans.length > 1 ? `[${spec.name}] ` : '';
        return buildImage(docker, spec, refs, { ...options, labels }, state, prefix).then(
          (value) => ({ status: 'fulfilled', value }),
          (reason: unknown) => ({ status: 'rejected', reason }),
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
  await Promise.all(
    refs.slice(1).map((extra) => {
      const colon = extra.lastIndexOf(':');
      return docker.getImage(id).tag({ repo: extra.slice(0, colon), tag: extra.slice(colon + 1) });
    }),
  );
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
