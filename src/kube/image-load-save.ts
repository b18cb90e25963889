import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';

/** dockerode has no typing for `GET /images/get?names=…` (one `docker save` of several images). */
type SaveImages = (options: { names: string[] }) => Promise<NodeJS.ReadableStream>;

/** One `docker save` of every image into `file`: layers the images share are written once. Returns its size. */
export async function saveImages(docker: Docker, refs: string[], file: string): Promise<number> {
  const save = (docker as unknown as { getImages: SaveImages }).getImages.bind(docker);
  const stream = await save({ names: refs });
  await pipeline(stream, createWriteStream(file));
  return (await stat(file)).size;
}
