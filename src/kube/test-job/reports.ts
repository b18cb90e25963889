import type * as k8s from '@kubernetes/client-node';
import { basename } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { reportExtractor, reportMatcher } from '../../report/index.js';
import { COLLECTED_MARKER, type ReportsLocation } from './manifest/reports-keeper.js';
import { execInContainer, type ExecTarget } from '../pod-exec.js';

/**
 * Copies the reports matching the pattern out of the keeper container (`tar c` over exec) into
 * `destination`. Missing reports are a warning.
 */
export async function copyReportsFromPod(
  config: k8s.KubeConfig,
  keeper: ExecTarget,
  location: ReportsLocation,
  destination: string,
  logger: Logger,
): Promise<string[]> {
  const { pattern, directory } = location;
  const isReport = reportMatcher(pattern);
  const { reader, copied } = await reportExtractor({
    root: directory,
    matches: (path) => basename(path) !== COLLECTED_MARKER && isReport(path),
    destination,
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
