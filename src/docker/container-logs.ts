import type Docker from 'dockerode';
import { PassThrough, type Readable } from 'node:stream';
import { demultiplex } from './log-frames.js';

/** The container's log so far (stdout and stderr interleaved as the engine stored them). */
export async function readContainerLogs(
  container: Docker.Container,
  options: { tail?: number; timestamps?: boolean } = {},
): Promise<string> {
  const raw: unknown = await container.logs({
    stdout: true,
    stderr: true,
    follow: false,
    timestamps: options.timestamps ?? false,
    ...(options.tail === undefined ? {} : { tail: options.tail }),
  });
  return demultiplex(Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw)));
}

export async function lastLogLines(container: Docker.Container, count: number): Promise<string> {
  try {
    return await readContainerLogs(container, { tail: count });
  } catch {
    return '';
  }
}

/** A live text stream of the container's output (stdout and stderr merged), from its start or from
 * `since` (epoch seconds, fractions kept: the engine takes nanoseconds). */
export async function followContainerLogs(
  container: Docker.Container,
  tty = false,
  since?: number,
): Promise<Readable> {
  const stream = (await container.logs({
    stdout: true,
    stderr: true,
    follow: true,
    ...(since === undefined ? {} : { since: since.toFixed(6) as unknown as number }),
  })) as Readable;
  if (tty) return stream;
  const merged = new PassThrough();
  container.modem.demuxStream(stream, merged, merged);
  stream.on('end', () => merged.end());
  stream.on('error', (error) => merged.destroy(error));
  // The engine keeps a followed log open while the container runs: closing ours must close its socket.
  merged.on('close', () => stream.destroy());
  return merged;
}
