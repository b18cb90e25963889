import type { V1Pod } from '@kubernetes/client-node';
import type { Logger } from '../../log.js';
import type { KubeClients } from '../client.js';
import type { ReportsLocation } from './manifest/reports-keeper.js';
import { copyReportsFromPod, releaseKeeper } from './reports.js';
import { apiErrorMessage } from '../api-errors.js';
import { condition, containerStatus } from './watch/run-observer.js';
import type { ContainerLogFollower } from './watch/log-follow.js';

/** How long the log may take to arrive after the test container ended. */
export const LOG_DRAIN_MS = 10_000;
/** After a timeout the pod is being killed: what was not logged by then is left to diagnostics. */
export const TIMEOUT_LOG_DRAIN_MS = 2000;
/** How long to wait for the Job's Complete/Failed condition once the pod was let go. */
const JOB_END_WAIT_MS = 20_000;

/** Waits up to `ms` for the follower to have printed the whole log, then stops it. */
export async function drainLog(follower: ContainerLogFollower | undefined, ms: number): Promise<void> {
  if (!follower) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([follower.done, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
  follower.stop();
}

/** Copies the reports while the keeper still runs, then lets it go. After a timeout the pod is being
 * stopped, but the keeper lives through its grace period: the reports written so far are still worth having. */
export async function collectReports(
  clients: KubeClients,
  pod: V1Pod,
  keeperContainer: string,
  location: ReportsLocation,
  reportsDir: string,
  logger: Logger,
): Promise<string[]> {
  const name = pod.metadata?.name ?? '';
  const current = await clients.core.readNamespacedPod({ name, namespace: pod.metadata?.namespace ?? '' });
  const keeper = containerStatus(current, keeperContainer)?.state;
  if (!keeper?.running) {
    const why = keeper?.terminated
      ? `it ended (${keeper.terminated.reason ?? `exit code ${keeper.terminated.exitCode}`}${keeper.terminated.message ? `: ${keeper.terminated.message.trim()}` : ''})`
      : 'it is not running';
    logger.warn(
      `Test reports cannot be copied: the keeper container ${keeperContainer} shares them, but ${why}. ` +
        "Its image (the test image) needs sh and tar; set reports to '' for images without them.",
    );
    return [];
  }
  const target = { namespace: current.metadata?.namespace ?? '', pod: name, container: keeperContainer };
  const reports = await copyReportsFromPod(clients.config, target, location, reportsDir, logger);
  await releaseKeeper(clients.config, target, location.directory).catch((error: unknown) =>
    logger.warn(
      `The keeper container could not be released (the Job ends at its deadline): ${apiErrorMessage(error)}`,
    ),
  );
  return reports;
}

export async function waitForJobEnd(clients: KubeClients, namespace: string, name: string): Promise<void> {
  const until = Date.now() + JOB_END_WAIT_MS;
  while (Date.now() < until) {
    const job = await clients.batch.readNamespacedJob({ name, namespace }).catch(() => undefined);
    if (job && (condition(job, 'Complete') || condition(job, 'Failed'))) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
