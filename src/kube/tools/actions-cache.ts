import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { loadActionsCache } from '../../shared/cache/actions-cache.js';
import { parseSha256File } from './checksum.js';
import { sha256OfFile } from '../../shared/files/sha256-file.js';
import type { ToolName } from './download.js';

export { actionsCacheOffered } from '../../shared/cache/actions-cache.js';

/** Raised when what an entry holds changes (file names, the digest beside the binary), so old entries miss. */
export const ACTIONS_CACHE_LAYOUT = 1;

export interface CachedTool {
  tool: ToolName;
  version: string;
  /** Name of the executable, as in the tool cache. */
  fileName: string;
  platform?: NodeJS.Platform;
  arch?: string;
}

/** The Actions cache key of one tool release for one platform, e.g. `inception-kind-v0.29.0-linux-x64-layout1`. */
export function actionsCacheKey(tool: CachedTool): string {
  const platform = tool.platform ?? process.platform;
  const arch = tool.arch ?? process.arch;
  return `inception-${tool.tool}-${tool.version}-${platform}-${arch}-layout${ACTIONS_CACHE_LAYOUT}`;
}

/**
 * The folder an entry is saved from and restored into. @actions/cache hashes the paths it is given into the
 * entry's version, so the folder must be the same in every run: not under RUNNER_TEMP or the tool cache,
 * which a runner may place anywhere (act: a new folder per run).
 */
export function actionsCacheDir(tool: CachedTool, tmpdir: string = os.tmpdir()): string {
  return path.join(tmpdir, 'inception-actions-cache', actionsCacheKey(tool));
}

export interface RestoredTool {
  /** The executable, in the staging folder; remove it with `discard` once it is in the tool cache. */
  file: string;
  discard(): Promise<void>;
}

/**
 * The tool from the Actions cache, its sha256 checked against the digest saved beside it (the one its
 * download was verified with); undefined on a miss. Never throws: a cache that fails is a warning.
 */
export async function restoreFromActionsCache(
  tool: CachedTool,
  logger: Logger,
): Promise<RestoredTool | undefined> {
  const key = actionsCacheKey(tool);
  const dir = actionsCacheDir(tool);
  const discard = () => rm(dir, { recursive: true, force: true });
  try {
    const cache = await loadActionsCache(logger);
    if (!cache) return undefined;
    await discard();
    // The service also matches keys by prefix, but an entry's version hashes its folder, which holds the
    // whole key: only this key's entry can match.
    const matched = await cache.restoreCache([dir], key);
    if (!matched) {
      logger.info(`${tool.tool} ${tool.version} is not in the Actions cache (key ${key})`);
      await discard();
      return undefined;
    }
    const file = path.join(dir, tool.fileName);
    const expected = parseSha256File(await readFile(digestFile(file), 'utf8'), tool.fileName);
    const actual = await sha256OfFile(file);
    if (actual !== expected) {
      throw new Error(`its sha256 is ${actual}, but it was saved with ${expected}`);
    }
    logger.info(
      `restored ${tool.tool} ${tool.version} from the Actions cache (key ${key}), sha256 ${actual}`,
    );
    return { file, discard };
  } catch (error) {
    logger.warn(
      `could not restore ${tool.tool} ${tool.version} from the Actions cache (key ${key}): ` +
        `${errorMessage(error)}; downloading it instead.`,
    );
    await discard().catch(() => undefined);
    return undefined;
  }
}

/**
 * Saves a verified tool under its key. Never throws: a failed save is a warning, and a key another job saved
 * first (the service answers 409) is normal, as the entry is already there.
 */
export async function saveToActionsCache(
  tool: CachedTool,
  file: string,
  sha256: string,
  logger: Logger,
): Promise<void> {
  const key = actionsCacheKey(tool);
  const dir = actionsCacheDir(tool);
  try {
    const cache = await loadActionsCache(logger);
    if (!cache) return;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const staged = path.join(dir, tool.fileName);
    await copyFile(file, staged);
    await writeFile(digestFile(staged), `${sha256}  ${tool.fileName}\n`);
    // @actions/cache logs a refused reservation (the key exists) and upload failures itself, and returns -1.
    const id = await cache.saveCache([dir], key);
    if (id === -1)
      logger.info(`${tool.tool} ${tool.version} was not saved to the Actions cache (key ${key})`);
    else logger.info(`saved ${tool.tool} ${tool.version} to the Actions cache (key ${key})`);
  } catch (error) {
    logger.warn(
      `could not save ${tool.tool} ${tool.version} to the Actions cache (key ${key}): ${errorMessage(error)}; ` +
        'the next run downloads it again.',
    );
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

function digestFile(file: string): string {
  return `${file}.sha256`;
}
