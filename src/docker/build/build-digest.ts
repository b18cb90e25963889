import { createHash } from 'node:crypto';
import { sha256OfFile } from '../../shared/files/sha256-file.js';
import { readFile, readlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import type Docker from 'dockerode';
import { listContextEntries } from './context.js';
import { dockerfileSources } from './dockerfile-sources.js';

/** The label that carries a built image's digest, so that the same build is found again. */
export const LABEL_BUILD_DIGEST = 'io.inception.build-digest';

export interface DigestInput {
  context: string;
  dockerfile?: string;
  target?: string;
  buildArgs?: Record<string, string>;
  /** Labels that belong to the image's content (the user's); our bookkeeping labels stay out. */
  labels?: Record<string, string>;
}

export type BuildDigest = { digest: string; reason?: undefined } | { digest?: undefined; reason: string };

/**
 * A fingerprint of everything a build's result depends on, as the builder's own cache sees it: the files
 * `docker build` would send (path, type, mode and content; not times, as the builder ignores them), the
 * Dockerfile path, target and build args, the image labels, and the id of every image it starts or
 * copies from. Two builds with one digest give the same image, so the second need not run. No digest
 * (with the reason) when the build reads what we cannot fingerprint: a URL, or a base image not on the engine.
 */
export async function buildDigest(docker: Docker, input: DigestInput): Promise<BuildDigest> {
  const { dockerfile, entries } = await listContextEntries(input.context, input.dockerfile);
  const sources = dockerfileSources(
    await readFile(resolve(input.context, dockerfile), 'utf8'),
    input.buildArgs,
  );
  if (sources.kind === 'unknown') return { reason: sources.reason };
  const images = sources.images.sort();
  const ids = await Promise.all(
    images.map((image) =>
      docker
        .getImage(image)
        .inspect()
        .then((info) => info.Id)
        .catch(() => undefined),
    ),
  );
  const missing = images.find((_, index) => !ids[index]);
  if (missing) return { reason: `base image ${missing} is not on the engine yet` };
  const bases = images.map((image, index): [string, string] => [image, ids[index]!]);
  const hash = createHash('sha256');
  const sorted = (record: Record<string, string> = {}) =>
    Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
  hash.update(
    JSON.stringify({
      v: 1,
      dockerfile,
      target: input.target ?? null,
      args: sorted(input.buildArgs),
      labels: sorted(input.labels),
      bases,
    }),
  );
  for (const entry of entries) {
    hash.update(`\n${entry.kind} ${entry.path} ${entry.mode.toString(8)} ${entry.size} `);
    if (entry.kind === 'symlink') hash.update(await readlink(entry.absolute));
    else if (entry.kind === 'file') hash.update(await sha256OfFile(entry.absolute));
  }
  return { digest: hash.digest('hex').slice(0, 32) };
}
