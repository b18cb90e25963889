import { createWriteStream } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';
import { extract } from 'tar-stream';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { globToRegExp, hasGlob } from '../report/glob.js';

/**
 * Copies the files matching `pattern` (a path or glob inside the container, e.g. `/reports/*.xml`) out of a
 * container, running or stopped, into `destination`. Files keep their names; a name already taken there
 * gets `-2`, `-3`, ... Missing reports are a warning: the test result, not the reports, decides the job.
 */
export async function copyReports(
  container: Docker.Container,
  pattern: string,
  destination: string,
  logger: Logger,
): Promise<string[]> {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex(hasGlob);
  const base = firstGlob === -1 ? pattern : segments.slice(0, firstGlob).join('/') || '/';
  const matches =
    firstGlob === -1
      ? (path: string) => path === pattern || path.startsWith(`${pattern.replace(/\/$/, '')}/`)
      : (path: string) => globToRegExp(pattern).test(path);

  let archive: NodeJS.ReadableStream;
  try {
    archive = await container.getArchive({ path: base });
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    logger.warn(
      status === 404
        ? `No test reports: ${base} does not exist in the test container (reports: ${pattern}).`
        : `Test reports could not be copied from ${base}: ${errorMessage(error)}`,
    );
    return [];
  }

  await mkdir(destination, { recursive: true });
  const parent = posix.dirname(base === '/' ? '/.' : base.replace(/\/$/, ''));
  const copied: string[] = [];
  const reader = extract();
  reader.on('entry', (header, stream, next) => {
    const containerPath = posix.join(parent, header.name);
    if (header.type !== 'file' || !matches(containerPath)) {
      stream.on('end', next);
      stream.resume();
      return;
    }
    freeName(destination, basename(containerPath), copied)
      .then(async (target) => {
        copied.push(target);
        await pipeline(stream, createWriteStream(target));
        next();
      })
      .catch(next);
  });
  await pipeline(archive, reader);
  if (copied.length === 0) logger.warn(`No test reports matched ${pattern} in the test container.`);
  else logger.info(`Copied ${copied.length} report${copied.length === 1 ? '' : 's'} to ${destination}`);
  return copied;
}

async function freeName(directory: string, name: string, taken: string[]): Promise<string> {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let n = 1; ; n++) {
    const candidate = join(directory, n === 1 ? name : `${stem}-${n}${extension}`);
    if (taken.includes(candidate)) continue;
    const exists = await access(candidate).then(
      () => true,
      () => false,
    );
    if (!exists) return candidate;
  }
}
