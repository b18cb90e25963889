import { posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { hasGlob } from '../../shared/files/glob.js';
import { reportExtractor, reportMatcher } from '../../report/index.js';

/**
 * Copies the files matching `pattern` (a path or glob inside the container, e.g. `/reports/*.xml`) out of a
 * container, running or stopped, into `destination`. Missing reports are a warning: the test result, not
 * the reports, decides the job.
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

  // The engine's archive names entries after the last segment of `base`, so they are relative to its parent.
  const root = posix.dirname(base === '/' ? '/.' : base.replace(/\/$/, ''));
  const { reader, copied } = await reportExtractor({ root, matches: reportMatcher(pattern), destination });
  await pipeline(archive, reader);
  if (copied.length === 0) logger.warn(`No test reports matched ${pattern} in the test container.`);
  else logger.info(`Copied ${copied.length} report${copied.length === 1 ? '' : 's'} to ${destination}`);
  return copied;
}
