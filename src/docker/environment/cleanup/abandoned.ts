import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type Docker from 'dockerode';
import { errorMessage } from '../../../errors.js';
import type { Logger } from '../../../log.js';
import { engineAddress } from '../../engine-gone.js';
import { removeEnvironment } from './cleanup.js';

/**
 * Environments whose run lost its engine while starting them, so could not remove them: a file each,
 * on this machine, keyed by engine. The next environment started on that engine removes them first.
 * Only what a run recorded as its own is removed: another run's environment, alive or not, never is.
 */
export function abandonedDir(env: Record<string, string | undefined> = process.env): string {
  return path.join(env.INCEPTION_STATE_DIR || path.join(os.tmpdir(), 'inception-state'), 'abandoned');
}

interface AbandonedEntry {
  engine: string;
  environment: string;
  at: string;
}

const engineKey = (engine: string) => createHash('sha256').update(engine).digest('hex').slice(0, 12);
const entryFile = (dir: string, engine: string, environment: string) =>
  path.join(dir, `${engineKey(engine)}--${environment}.json`);

/** Notes that `environment` was left on this client's engine; never throws (it is said in the log). */
export async function recordAbandoned(
  docker: Docker,
  environment: string,
  logger: Logger,
  dir = abandonedDir(),
): Promise<void> {
  const engine = engineAddress(docker);
  const entry: AbandonedEntry = { engine, environment, at: new Date().toISOString() };
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(entryFile(dir, engine, environment), JSON.stringify(entry) + '\n');
  } catch (error) {
    logger.warn(`could not note ${environment} for removal by the next run: ${errorMessage(error)}`);
  }
}

/** Removes every environment recorded as left on this client's engine; what cannot be removed stays noted. */
export async function removeAbandoned(
  docker: Docker,
  logger: Logger,
  dir = abandonedDir(),
): Promise<string[]> {
  const engine = engineAddress(docker);
  const prefix = `${engineKey(engine)}--`;
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.startsWith(prefix) && name.endsWith('.json'));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    let entry: AbandonedEntry;
    try {
      entry = JSON.parse(await readFile(file, 'utf8')) as AbandonedEntry;
    } catch {
      await rm(file, { force: true });
      continue;
    }
    if (entry.engine !== engine) continue;
    const report = await removeEnvironment(docker, entry.environment, logger);
    if (report.errors.length > 0) continue;
    await rm(file, { force: true });
    removed.push(entry.environment);
    logger.info(
      `removed ${entry.environment}, left by a run that lost the engine at ${entry.at}: ` +
        `${report.containers.length} container(s), ${report.networks.length} network(s), ` +
        `${report.volumes.length} volume(s)`,
    );
  }
  return removed;
}
