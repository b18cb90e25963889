import type { V1Pod } from '@kubernetes/client-node';
import path from 'node:path';
import type { Logger } from '../../../log.js';
import { summarizeReportFiles } from '../../../report/index.js';
import { formatDuration } from '../../../shared/format/format-duration.js';
import type { KubeClients } from '../../client.js';
import { apiErrorMessage } from '../../api-errors.js';
import type { ReportsLocation } from '../manifest/reports-keeper.js';
import type { JobTestResult, ShardJobResult } from '../options.js';
import { collectReports, drainLog, LOG_DRAIN_MS, TIMEOUT_LOG_DRAIN_MS } from '../pod-end.js';
import { testJobMessage } from '../watch/message.js';
import { containerStatus } from '../watch/run-observer.js';
import type { WatchTarget } from '../watch/watch.js';
import { watchShards, type ShardEnd } from './watch-shards.js';

export interface IndexedRun {
  target: WatchTarget & { shards: number };
  location?: ReportsLocation;
  keeperContainer?: string;
  /** Each shard's reports go to `<reportsDir>/shard-<n>`. */
  reportsDir: string;
  logger: Logger;
}

/**
 * Follows every shard of an Indexed Job to its end; as each ends, drains its log and copies its reports,
 * so a shard that finished early is not kept waiting for the slowest.
 */
export async function runIndexedShards(
  clients: KubeClients,
  run: IndexedRun,
): Promise<{
  shards: ShardJobResult[];
  podNames: string[];
}> {
  const finishing: Promise<ShardJobResult>[] = [];
  const { podNames } = await watchShards(clients, run.target, run.logger, (end) => {
    finishing.push(finishShard(clients, run, end));
  });
  const shards = (await Promise.all(finishing)).sort((a, b) => a.shard - b.shard);
  return { shards, podNames };
}

async function finishShard(clients: KubeClients, run: IndexedRun, end: ShardEnd): Promise<ShardJobResult> {
  const { state, logger } = end;
  await drainLog(end.follower, state.kind === 'terminated' ? LOG_DRAIN_MS : TIMEOUT_LOG_DRAIN_MS);
  logger.flush();
  const pod = 'pod' in state ? state.pod : undefined;
  let reports: string[] = [];
  if (run.location && run.keeperContainer && pod && state.kind !== 'error') {
    const folder = path.join(run.reportsDir, `shard-${end.shard}`);
    reports = await collectReports(clients, pod, run.keeperContainer, run.location, folder, logger).catch(
      (error: unknown) => {
        logger.warn(`Test reports could not be copied: ${apiErrorMessage(error)}`);
        return [];
      },
    );
  }
  const durationMs = containerRunMs(pod, run.target.testContainer) ?? end.endedAt - end.startedAt;
  const result: JobTestResult =
    state.kind === 'terminated' ? (state.exitCode === 0 ? 'passed' : 'failed') : state.kind;
  const message = testJobMessage(state, durationMs);
  logger.info(message);
  const summary = await summarizeReportFiles(reports, logger);
  return {
    shard: end.shard,
    result,
    exitCode: state.kind === 'terminated' ? state.exitCode : null,
    durationMs,
    reports,
    ...(summary ? { summary } : {}),
    message,
    ...(pod?.metadata?.name ? { podName: pod.metadata.name } : {}),
  };
}

/** The test container's own run time: a short shard may have ended before the watch first saw it run. */
function containerRunMs(pod: V1Pod | undefined, container: string): number | undefined {
  const ended = pod && containerStatus(pod, container)?.state?.terminated;
  if (!ended?.startedAt || !ended.finishedAt) return undefined;
  return Math.max(0, new Date(ended.finishedAt).getTime() - new Date(ended.startedAt).getTime());
}

/** The run's result from its shards': any error, else any timeout, else any failure decides. */
export function indexedResult(
  shards: readonly ShardJobResult[],
  durationMs: number,
): {
  result: JobTestResult;
  exitCode: number | null;
  message: string;
} {
  const bad = shards.filter((shard) => shard.result !== 'passed');
  if (bad.length === 0) {
    return {
      result: 'passed',
      exitCode: 0,
      message: `all ${shards.length} shard(s) passed in ${formatDuration(durationMs)}`,
    };
  }
  const result: JobTestResult = bad.some((shard) => shard.result === 'error')
    ? 'error'
    : bad.some((shard) => shard.result === 'timed-out')
      ? 'timed-out'
      : 'failed';
  const numbers = bad.map((shard) => shard.shard).join(', ');
  const reasons = bad.map((shard) => `shard ${shard.shard}: ${shard.message}`).join('; ');
  return {
    result,
    exitCode: bad.find((shard) => shard.exitCode !== null)?.exitCode ?? null,
    message: `${bad.length} of ${shards.length} shard(s) did not pass (shard ${numbers}): ${reasons}`,
  };
}
