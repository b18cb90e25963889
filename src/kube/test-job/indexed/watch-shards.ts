import type { V1Job, V1Pod } from '@kubernetes/client-node';
import type { Logger } from '../../../log.js';
import { formatDuration } from '../../../shared/format/format-duration.js';
import type { KubeClients } from '../../client.js';
import { apiErrorMessage, isNotFound } from '../../api-errors.js';
import { jobCreateFailure } from '../watch/events.js';
import { ContainerLogFollower } from '../watch/log-follow.js';
import { JobRunObserver, type JobRunState } from '../watch/run-observer.js';
import { containerEnded, hasStarted, jobPods, sleep, type WatchTarget } from '../watch/watch.js';
import { PrefixedLogger } from './prefixed-logger.js';

export type FinalState = Exclude<JobRunState, { kind: 'pending' | 'running' }>;

/** What the watch hands over for one shard as soon as its test container ended (or it never will). */
export interface ShardEnd {
  shard: number;
  state: FinalState;
  logger: PrefixedLogger;
  follower?: ContainerLogFollower;
  startedAt: number;
  endedAt: number;
}

const POLL_MS = 1000;
const NO_POD_CHECK_MS = 5000;
const READ_FAILURES = 15;
const INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';

interface Tracked {
  shard: number;
  observer: JobRunObserver;
  logger: PrefixedLogger;
  followed?: string;
  follower?: ContainerLogFollower;
  lastNote?: string;
  startedAt?: number;
  done: boolean;
}

/**
 * Watches the pods of an Indexed Job, one shard per completion index: follows each test log with
 * `[shard i/N]` before its lines, and calls `onEnd` once per shard as its test container ends (so its
 * reports are copied while the other shards still run). Resolves when every shard has ended.
 */
export async function watchShards(
  clients: KubeClients,
  target: WatchTarget & { shards: number },
  logger: Logger,
  onEnd: (end: ShardEnd) => void,
): Promise<{ podNames: string[] }> {
  const started = Date.now();
  const tracked: Tracked[] = Array.from({ length: target.shards }, (_, index) => ({
    shard: index + 1,
    observer: new JobRunObserver(target.testContainer, target.unschedulableTimeoutMs),
    logger: new PrefixedLogger(logger, `[shard ${index + 1}/${target.shards}] `),
    done: false,
  }));
  const podNames = new Set<string>();
  let failures = 0;
  let nextEventsCheck = started + NO_POD_CHECK_MS;
  const end = (shard: Tracked, state: FinalState): void => {
    shard.done = true;
    onEnd({
      shard: shard.shard,
      state,
      logger: shard.logger,
      ...(shard.follower ? { follower: shard.follower } : {}),
      startedAt: shard.startedAt ?? Date.now(),
      endedAt: Date.now(),
    });
  };
  for (;;) {
    let pods: V1Pod[];
    let job: V1Job;
    try {
      pods = await jobPods(clients, target);
      job = await clients.batch.readNamespacedJob({ name: target.jobName, namespace: target.namespace });
      failures = 0;
    } catch (error) {
      if (isNotFound(error) || ++failures >= READ_FAILURES) {
        const message = `the Job could not be read: ${apiErrorMessage(error)}`;
        for (const shard of tracked) if (!shard.done) end(shard, { kind: 'error', message });
        return { podNames: [...podNames] };
      }
      await sleep(POLL_MS);
      continue;
    }
    const now = Date.now();
    for (const pod of pods) if (pod.metadata?.name) podNames.add(pod.metadata.name);
    for (const shard of tracked) {
      if (shard.done) continue;
      const own = pods.filter((pod) => podIndex(pod) === shard.shard - 1);
      const state = shard.observer.observe(job, own, now);
      const pod = 'pod' in state ? state.pod : undefined;
      const podName = pod?.metadata?.name;
      if (pod && podName && podName !== shard.followed && hasStarted(pod, target.testContainer)) {
        shard.follower?.stop();
        shard.followed = podName;
        shard.startedAt ??= now;
        shard.logger.info(`Pod ${podName} started on node ${pod.spec?.nodeName ?? '?'}; its log follows.`);
        shard.follower = new ContainerLogFollower(
          clients.config,
          { namespace: target.namespace, pod: podName, container: target.testContainer },
          shard.logger,
          () => containerEnded(clients, target, podName),
        );
      }
      if (state.kind !== 'pending' && state.kind !== 'running') {
        end(shard, state);
        continue;
      }
      if (state.kind === 'pending' && own.length > 0 && state.note && state.note !== shard.lastNote) {
        shard.logger.info(`Pod ${podName}: ${state.note}`);
        shard.lastNote = state.note;
      }
    }
    if (tracked.every((shard) => shard.done)) return { podNames: [...podNames] };
    if (pods.length === 0 && now >= nextEventsCheck) {
      nextEventsCheck = now + NO_POD_CHECK_MS;
      const reason = await jobCreateFailure(clients.core, target.namespace, target.jobName).catch(
        () => undefined,
      );
      if (reason) {
        const message = `the Job cannot create its pods: ${reason}`;
        for (const shard of tracked) if (!shard.done) end(shard, { kind: 'error', message });
        return { podNames: [...podNames] };
      }
    }
    if (now >= target.giveUpAt) {
      const message = `the run took longer than ${formatDuration(target.giveUpAt - started)} and the Job's deadline did not stop it`;
      for (const shard of tracked) if (!shard.done) end(shard, { kind: 'timed-out', message });
      return { podNames: [...podNames] };
    }
    await sleep(POLL_MS);
  }
}

function podIndex(pod: V1Pod): number {
  const value =
    pod.metadata?.annotations?.[INDEX_ANNOTATION] ?? pod.metadata?.labels?.[INDEX_ANNOTATION] ?? '';
  return /^\d+$/.test(value) ? Number(value) : -1;
}
