import type { V1Job, V1Pod } from '@kubernetes/client-node';
import type { Logger } from '../../../log.js';
import { formatDuration } from '../../../shared/format/format-duration.js';
import type { KubeClients } from '../../client.js';
import { apiErrorMessage, isNotFound } from '../../api-errors.js';
import { jobCreateFailure } from './events.js';
import { containerStatus, JobRunObserver, jobMayDecide, type JobRunState } from './run-observer.js';
import { ContainerLogFollower } from './log-follow.js';

export interface WatchTarget {
  namespace: string;
  jobName: string;
  jobUid: string;
  testContainer: string;
  unschedulableTimeoutMs: number;
  /** When the run is given up even if the Job's own deadline has not stopped it. */
  giveUpAt: number;
}

export interface WatchOutcome {
  state: Exclude<JobRunState, { kind: 'pending' | 'running' }>;
  podNames: string[];
  /** Follows the test container's log from the moment it started; absent when it never started. */
  follower?: ContainerLogFollower;
}

const POLL_MS = 1000;
/** While the tests run, the Job is read once in this many polls all the same (see `jobMayDecide`). */
const JOB_READ_POLLS = 10;
/** After this long without a pod, and as often again, the Job's events are read for a reason it cannot
 * create one. */
const NO_POD_CHECK_MS = 5000;
/** Consecutive failed reads (API server restart, network) tolerated before giving up. */
const READ_FAILURES = 15;

/**
 * Polls the Job's pods about once a second, and the Job itself whenever its conditions may decide, until
 * the test container ends, the Job's deadline passes, or something keeps the tests from running; follows
 * the test log as soon as it starts.
 */
export async function watchTestJob(
  clients: KubeClients,
  target: WatchTarget,
  logger: Logger,
): Promise<WatchOutcome> {
  const observer = new JobRunObserver(target.testContainer, target.unschedulableTimeoutMs);
  const podNames = new Set<string>();
  const started = Date.now();
  let follower: ContainerLogFollower | undefined;
  let followed: string | undefined;
  let lastNote: string | undefined;
  let failures = 0;
  let job: V1Job | undefined;
  let pollsSinceJobRead = 0;
  let nextEventsCheck = started + NO_POD_CHECK_MS;
  for (;;) {
    let pods: V1Pod[];
    try {
      pods = await jobPods(clients, target);
      if (!job || ++pollsSinceJobRead >= JOB_READ_POLLS || jobMayDecide(pods, target.testContainer)) {
        job = await clients.batch.readNamespacedJob({ name: target.jobName, namespace: target.namespace });
        pollsSinceJobRead = 0;
      }
      failures = 0;
    } catch (error) {
      if (isNotFound(error) || ++failures >= READ_FAILURES) {
        return {
          state: { kind: 'error', message: `the Job could not be read: ${apiErrorMessage(error)}` },
          podNames: [...podNames],
          follower,
        };
      }
      await sleep(POLL_MS);
      continue;
    }
    const now = Date.now();
    for (const pod of pods) if (pod.metadata?.name) podNames.add(pod.metadata.name);
    const state = observer.observe(job, pods, now);
    const pod = 'pod' in state ? state.pod : undefined;
    const podName = pod?.metadata?.name;
    if (pod && podName && podName !== followed && hasStarted(pod, target.testContainer)) {
      follower?.stop();
      followed = podName;
      logger.info(`Pod ${podName} started on node ${pod.spec?.nodeName ?? '?'}; its log follows.`);
      follower = new ContainerLogFollower(
        clients.config,
        { namespace: target.namespace, pod: podName, container: target.testContainer },
        logger,
        () => containerEnded(clients, target, podName),
      );
    }
    if (state.kind !== 'pending' && state.kind !== 'running') {
      return { state, podNames: [...podNames], follower };
    }
    if (state.kind === 'pending' && state.note && state.note !== lastNote) {
      logger.info(`${podName ? `Pod ${podName}` : `Job ${target.jobName}`}: ${state.note}`);
      lastNote = state.note;
    }
    if (!pod && now >= nextEventsCheck) {
      nextEventsCheck = now + NO_POD_CHECK_MS;
      const reason = await jobCreateFailure(clients.core, target.namespace, target.jobName).catch(
        () => undefined,
      );
      if (reason) {
        return {
          state: { kind: 'error', message: `the Job cannot create its pod: ${reason}` },
          podNames: [...podNames],
        };
      }
    }
    if (now >= target.giveUpAt) {
      return {
        state: {
          kind: 'timed-out',
          pod,
          message: `the run took longer than ${formatDuration(target.giveUpAt - started)} and the Job's deadline did not stop it`,
        },
        podNames: [...podNames],
        follower,
      };
    }
    await sleep(POLL_MS);
  }
}

/** The pods the Job made (by its uid: a Job of the same name made earlier is not this run). */
export async function jobPods(clients: KubeClients, target: WatchTarget): Promise<V1Pod[]> {
  const listed = await clients.core.listNamespacedPod({
    namespace: target.namespace,
    labelSelector: `controller-uid=${target.jobUid}`,
  });
  return listed.items;
}

export function hasStarted(pod: V1Pod, container: string): boolean {
  const state = containerStatus(pod, container)?.state;
  return Boolean(state?.running || state?.terminated?.startedAt);
}

/** Whether the container has ended (or its pod is gone), checked for a few seconds: the kubelet
 * closes the log stream a moment before it reports the container's end. */
export async function containerEnded(
  clients: KubeClients,
  target: WatchTarget,
  pod: string,
): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const read = await clients.core.readNamespacedPod({ name: pod, namespace: target.namespace });
      if (containerStatus(read, target.testContainer)?.state?.terminated) return true;
    } catch (error) {
      if (isNotFound(error)) return true;
    }
    await sleep(POLL_MS);
  }
  return false;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
