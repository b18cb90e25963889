import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { loadActionsCache } from '../../shared/cache/actions-cache.js';
import { parseTimingsFile, type TimingsFile } from './timings-file.js';

const FILE_NAME = 'timings.json';

/** The key one run saves under: a fresh one per run and attempt, so no run replaces another's entry. */
export function timingsCacheKey(prefix: string, runId: string, attempt: number): string {
  return `${prefix}-${runId}-${attempt}`;
}

/**
 * The folder an entry is saved from and restored into. @actions/cache hashes the paths into the entry's
 * version, so it must be the same in every run and on every runner: not under the workspace or RUNNER_TEMP,
 * which a runner may place anywhere (act: a new folder per job).
 */
export function timingsCacheDir(prefix: string, tmpdir: string = os.tmpdir()): string {
  return path.join(tmpdir, 'inception-timings', prefix.replace(/[^A-Za-z0-9._-]/g, '_'));
}

export interface RestoredTimings {
  /** The key of the entry found: the newest one saved under the prefix in a scope this run can read. */
  key: string;
  file: TimingsFile;
}

/**
 * The newest timings saved under `prefix` (`<prefix>-<run id>-<attempt>`), or undefined when there are none
 * or they cannot be read. Never throws: timings only balance shards, a cache that fails is a warning.
 */
export async function restoreTimings(
  prefix: string,
  logger: Logger,
  tmpdir?: string,
): Promise<RestoredTimings | undefined> {
  const dir = timingsCacheDir(prefix, tmpdir);
  try {
    const cache = await loadActionsCache(logger);
    if (!cache) {
      logger.info('This runner offers no Actions cache: no recorded timings to read.');
      return undefined;
    }
    await rm(dir, { recursive: true, force: true });
    const key = await cache.restoreCache([dir], `${prefix}-`, [`${prefix}-`]);
    if (!key) return undefined;
    const file = parseTimingsFile(await readFile(path.join(dir, FILE_NAME), 'utf8'), `cache entry ${key}`);
    logger.info(
      `Read the timings of ${Object.keys(file.files).length} test file(s) from the Actions cache (key ${key}, recorded ${file.recordedAt})`,
    );
    return { key, file };
  } catch (error) {
    logger.warn(`Recorded timings (key prefix ${prefix}-) were not read: ${errorMessage(error)}`);
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Saves the timings under `key`. Never throws; says in the log whether they were saved. A key that exists
 * already (the service answers 409: this run and attempt saved once) is left as it is.
 */
export async function saveTimings(
  prefix: string,
  key: string,
  file: TimingsFile,
  logger: Logger,
  tmpdir?: string,
): Promise<boolean> {
  const dir = timingsCacheDir(prefix, tmpdir);
  try {
    const cache = await loadActionsCache(logger);
    if (!cache) {
      logger.warn('This runner offers no Actions cache: the timings were not saved.');
      return false;
    }
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, FILE_NAME), `${JSON.stringify(file, null, 1)}\n`);
    // @actions/cache logs a refused reservation and upload failures itself, and returns -1.
    const id = await cache.saveCache([dir], key);
    if (id === -1) {
      logger.warn(`The timings were not saved to the Actions cache (key ${key}); the log above says why.`);
      return false;
    }
    logger.info(
      `Saved the timings of ${Object.keys(file.files).length} test file(s) to the Actions cache (key ${key})`,
    );
    return true;
  } catch (error) {
    logger.warn(`The timings were not saved to the Actions cache (key ${key}): ${errorMessage(error)}`);
    return false;
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
