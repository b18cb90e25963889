import type * as k8s from '@kubernetes/client-node';
import { createWriteStream } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { basename, extname, join, posix } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extract } from 'tar-stream';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { globToRegExp, hasGlob } from '../report/glob.js';
import { COLLECTED_MARKER, type ReportsLocation } from './job-reports-keeper.js';
import { execInContainer, type ExecTarget } from './pod-exec.js';

/**
 * Copies the reports matching the pattern out of the keeper container (`tar c` over exec) into
 * `destination`. Names are kept; a taken name gets `-2`, `-3`... Missing reports are a warning.
 */
export async function copyReportsFromPod(
  config: k8s.KubeConfig,
  keeper: ExecTarget,
  location: ReportsLocation,
  destination: string,
  logger: Logger,
): Promise<string[]> {
  const { pattern, directory } = location;
  const matches = hasGlob(pattern)
    ? (path: string) => globToRegExp(pattern).test(path)
    : (path: string) => path === pattern || path.startsWith(`${pattern.replace(/\/$/, '')}/`);
  await mkdir(destination, { recursive: true });
  const copied: string[] = [];
  const reader = extract();
  reader.on('entry', (header, stream, next) => {
    const path = posix.join(directory, header.name);
    if (header.type !== 'file' || basename(path) === COLLECTED_MARKER || !matches(path)) {
      stream.on('end', next);
      stream.resume();
      return;
    }
    freeName(destination, basename(path), copied)
      .then(async (target) => {
        copied.push(target);
        await pipeline(stream, createWriteStream(target));
        next();
      })
      .catch(next);
  });
  const archive = new PassThrough();
  const extracted = pipeline(archive, reader);
  extracted.catch(() => undefined);
  let result;
  try {
    result = await execInContainer(config, keeper, ['tar', 'cf', '-', '-C', directory, '.'], archive);
  } catch (error) {
    archive.destroy();
    logger.warn(`Test reports could not be copied from ${directory}: ${errorMessage(error)}`);
    return copied;
  }
  if (result.exitCode !== 0) {
    const why = result.stderr.trim() || result.message || `tar exited with ${result.exitCode}`;
    logger.warn(`Test reports could not be copied from ${directory} (the keeper runs sh and tar): ${why}`);
    return copied;
  }
  try {
    await extracted;
  } catch (error) {
    logger.warn(`Test reports from ${directory} could not be unpacked: ${errorMessage(error)}`);
  }
  if (copied.length === 0) logger.warn(`No test reports matched ${pattern} in the test pod.`);
  else logger.info(`Copied ${copied.length} report${copied.length === 1 ? '' : 's'} to ${destination}`);
  return copied;
}

/** Lets the keeper exit, so the pod and then the Job complete. */
export async function releaseKeeper(
  config: k8s.KubeConfig,
  keeper: ExecTarget,
  directory: string,
): Promise<void> {
  const result = await execInContainer(config, keeper, [
    'sh',
    '-c',
    ': > "$1/$2"',
    'release',
    directory,
    COLLECTED_MARKER,
  ]);
  if (result.exitCode !== 0)
    throw new Error(result.stderr.trim() || result.message || `exit code ${result.exitCode}`);
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
