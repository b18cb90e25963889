import type { V1ContainerStatus, V1Job, V1JobCondition, V1Pod } from '@kubernetes/client-node';
import { formatDuration } from '../../../shared/format/format-duration.js';

export type JobRunState =
  /** Nothing to act on yet; `note` says what the pod is waiting for, when it says anything. */
  | { kind: 'pending'; pod?: V1Pod; note?: string }
  /** The test container has started: its log can be followed. */
  | { kind: 'running'; pod: V1Pod }
  | { kind: 'terminated'; pod?: V1Pod; exitCode: number; reason?: string }
  | { kind: 'timed-out'; pod?: V1Pod; message: string }
  | { kind: 'error'; pod?: V1Pod; message: string };

/** Waiting reasons that will not resolve by waiting (the kubelet retries them, but the run is lost). */
const IMAGE_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
const START_REASONS = new Set(['CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);
/** The kubelet reports passing start errors too ("failed to sync secret cache"); only a missing object is
 * final at once, anything else must last this long. */
const START_ERROR_GRACE_MS = 10_000;

/**
 * Reads the state of one test run from its Job and pods; remembers since when each pod is unschedulable.
 * Deadline first (a killed test container is a timeout, not a failure), then the test container's own
 * end, then the Job's conclusion, then what keeps the pod from running.
 */
export class JobRunObserver {
  private readonly unschedulableSince = new Map<string, number>();
  private readonly startBlockedSince = new Map<string, number>();

  constructor(
    private readonly testContainer: string,
    private readonly unschedulableTimeoutMs: number,
  ) {}

  observe(job: V1Job, pods: V1Pod[], now: number): JobRunState {
    const pod = newest(pods);
    const failed = condition(job, 'Failed') ?? condition(job, 'FailureTarget');
    if (failed?.reason === 'DeadlineExceeded') {
      const deadline = job.spec?.activeDeadlineSeconds;
      const limit = deadline === undefined ? '' : ` of ${formatDuration(deadline * 1000)}`;
      return {
        kind: 'timed-out',
        pod,
        message: `the Job's deadline${limit} passed (DeadlineExceeded): ${failed.message ?? 'the pod was stopped'}`,
      };
    }
    const test = pod ? containerStatus(pod, this.testContainer) : undefined;
    const terminated = test?.state?.terminated;
    if (terminated) {
      return {
        kind: 'terminated',
        pod,
        exitCode: terminated.exitCode,
        reason: terminated.reason,
      };
    }
    if (condition(job, 'Complete')) return { kind: 'terminated', pod, exitCode: 0 };
    if (failed) {
      return {
        kind: 'error',
        pod,
        message:
          `the Job failed before the tests ended: ${failed.reason ?? 'Failed'}: ${failed.message ?? ''}`.trim(),
      };
    }
    if (!pod) return { kind: 'pending', note: 'waiting for the Job to create its pod' };
    const blocked = this.blocked(pod, now);
    if (blocked) return blocked;
    if (test?.state?.running) return { kind: 'running', pod };
    const note = this.waitingNote(pod);
    return { kind: 'pending', pod, note };
  }

  /** Init containers first (they run first), then the test container: its problem is the one to name. */
  private statuses(pod: V1Pod): V1ContainerStatus[] {
    const containers = pod.status?.containerStatuses ?? [];
    return [
      ...(pod.status?.initContainerStatuses ?? []),
      ...containers.filter((status) => status.name === this.testContainer),
      ...containers.filter((status) => status.name !== this.testContainer),
    ];
  }

  private waitingNote(pod: V1Pod): string | undefined {
    const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    if (scheduled?.status === 'False') {
      return `unschedulable: ${scheduled.message ?? scheduled.reason ?? ''}`.trim();
    }
    const waiting = this.statuses(pod).find((status) => status.state?.waiting?.reason);
    if (waiting) return `${waiting.name}: ${waiting.state?.waiting?.reason}`;
    return pod.status?.phase;
  }

  private blocked(pod: V1Pod, now: number): JobRunState | undefined {
    const name = pod.metadata?.name ?? '';
    for (const status of this.statuses(pod)) {
      const waiting = status.state?.waiting;
      if (!waiting?.reason) continue;
      const detail = waiting.message ? `: ${waiting.message}` : '';
      if (IMAGE_REASONS.has(waiting.reason)) {
        return {
          kind: 'error',
          pod,
          message: `image "${status.image}" of container ${status.name} cannot be pulled (${waiting.reason})${detail}`,
        };
      }
      if (START_REASONS.has(waiting.reason)) {
        const key = `${name}/${status.name}`;
        const since = this.startBlockedSince.get(key) ?? now;
        this.startBlockedSince.set(key, since);
        if (!/not found/i.test(waiting.message ?? '') && now - since < START_ERROR_GRACE_MS) continue;
        return {
          kind: 'error',
          pod,
          message: `container ${status.name} cannot start (${waiting.reason})${detail}`,
        };
      }
      if (waiting.reason === 'CrashLoopBackOff') {
        const last = status.lastState?.terminated;
        const code = last ? `, last exit code ${last.exitCode}` : '';
        return {
          kind: 'error',
          pod,
          message: `container ${status.name} keeps crashing (CrashLoopBackOff, ${status.restartCount} restarts${code})`,
        };
      }
    }
    if (pod.status?.phase === 'Failed') {
      return {
        kind: 'error',
        pod,
        message: `pod ${name} failed (${pod.status.reason ?? 'Failed'}): ${pod.status.message ?? 'no message'}`,
      };
    }
    const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
      const since = this.unschedulableSince.get(name) ?? now;
      this.unschedulableSince.set(name, since);
      if (now - since >= this.unschedulableTimeoutMs) {
        return {
          kind: 'error',
          pod,
          message:
            `pod ${name} is unschedulable: no node took it within ${formatDuration(this.unschedulableTimeoutMs)} ` +
            `(the unschedulable timeout): ${scheduled.message ?? 'no message from the scheduler'}`,
        };
      }
    } else this.unschedulableSince.delete(name);
    return undefined;
  }
}

/**
 * Whether the Job's conditions can tell more than these pods: not while the newest pod runs the tests and
 * is not being deleted, since what ends a running Job (its deadline, a suspension, its deletion) deletes
 * that pod too. The watch reads the Job only then, and now and again besides.
 */
export function jobMayDecide(pods: V1Pod[], testContainer: string): boolean {
  const pod = newest(pods);
  return (
    !pod || Boolean(pod.metadata?.deletionTimestamp) || !containerStatus(pod, testContainer)?.state?.running
  );
}

export function condition(job: V1Job, type: string): V1JobCondition | undefined {
  return job.status?.conditions?.find((c) => c.type === type && c.status === 'True');
}

export function containerStatus(pod: V1Pod, name: string): V1ContainerStatus | undefined {
  return pod.status?.containerStatuses?.find((status) => status.name === name);
}

/** The Job's latest pod: a replacement pod (e.g. after an eviction) is the one that matters. */
function newest(pods: V1Pod[]): V1Pod | undefined {
  return [...pods].sort(
    (a, b) => time(b) - time(a) || (b.metadata?.name ?? '').localeCompare(a.metadata?.name ?? ''),
  )[0];
}

function time(pod: V1Pod): number {
  const created = pod.metadata?.creationTimestamp;
  return created ? new Date(created).getTime() : 0;
}
