import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { PassThrough, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type Docker from 'dockerode';

/** dockerode has no typing for `GET /images/get?names=…` (one `docker save` of several images). */
type SaveImages = (options: { names: string[] }) => Promise<Readable>;

export interface SavedArchive {
  /** One stream per consumer, each the whole archive, fed while the engine is still writing it. */
  branches: Readable[];
  /** Resolves with the archive's path and size once it is complete on disk (for retries). */
  onDisk: Promise<{ file: string; bytes: number }>;
}

/**
 * One `docker save` of every image (layers the images share are written once), handed to `consumers`
 * streams at the same time as it is written to `file`, so importing overlaps saving. A branch that is
 * destroyed (its consumer failed) is unpiped and does not hold the others back.
 */
export async function saveImages(
  docker: Docker,
  refs: string[],
  file: string,
  consumers: number,
): Promise<SavedArchive> {
  const save = (docker as unknown as { getImages: SaveImages }).getImages.bind(docker);
  const source = await save({ names: refs });
  const out = createWriteStream(file);
  const branches = Array.from({ length: consumers }, () => new PassThrough());
  source.on('error', (error) => {
    out.destroy(error);
    for (const branch of branches) branch.destroy(error);
  });
  source.pipe(out);
  for (const branch of branches) source.pipe(branch);
  const onDisk = finished(out).then(async () => ({ file, bytes: (await stat(file)).size }));
  // Retries await it; without a retry nobody might, and a failed save must not be an unhandled rejection.
  onDisk.catch(() => undefined);
  return { branches, onDisk };
}
