import type { CoreV1Event, V1ContainerStatus, V1Job, V1Pod } from '@kubernetes/client-node';
import type { KubeFailedObject, KubeFailure, KubeFailureKind } from '../../model.js';
import { compareTimestamps } from '../../../shared/format/timestamp.js';
import { kubeEventTime } from '../events.js';
import { kubeTime } from '../time.js';

const IMAGE_PULL = new Set([
  'ImagePullBackOff',
  'ErrImagePull',
  'ErrImageNeverPull',
  'InvalidImageName',
  'RegistryUnavailable',
]);
const CONTAINER_ERROR = new Set([
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
  'PreCreateHookError',
  'PostStartHookError',
]);
/** Kubelet's warnings that mark a container failing (pull failed, create failed, restart back-off). */
const FAILURE_EVENT_REASONS = new Set(['Failed', 'BackOff', 'ErrImageNeverPull', 'InspectFailed']);

/**
 * Why one container counts as failed, and when: an image it cannot pull, a container it cannot create,
 * a non-zero exit now, or a non-zero exit before a restart (CrashLoopBackOff). Times come from the
 * status; the pod's events move them earlier when kubelet warned first (a pull that keeps failing has
 * no status time at all).
 */
export function containerFailure(
  status: V1ContainerStatus,
  init: boolean,
  podEvents: readonly CoreV1Event[],
): KubeFailure | undefined {
  const who = `${init ? 'init container' : 'container'} ${status.name}`;
  const container = status.name;
  const waiting = status.state?.waiting;
  const terminated = status.state?.terminated;
  const last = status.lastState?.terminated;
  const warned = firstWarning(podEvents, init, status.name);
  const reason = waiting?.reason ?? '';
  const cannotStart: KubeFailureKind | undefined = IMAGE_PULL.has(reason)
    ? 'image-pull'
    : CONTAINER_ERROR.has(reason)
      ? 'container-error'
      : undefined;
  if (cannotStart) {
    const why = waiting?.message ? `${reason}: ${waiting.message}` : reason;
    return { kind: cannotStart, at: warned, description: `${who}: ${why}`, container };
  }
  if (terminated && terminated.exitCode !== 0) {
    return {
      kind: terminated.reason === 'OOMKilled' ? 'oom-killed' : 'exited',
      at: kubeTime(terminated.finishedAt),
      description: `${who} ${exitText(terminated.exitCode, terminated.reason)}${restarts(status.restartCount)}`,
      container,
    };
  }
  if (last && last.exitCode !== 0) {
    const crashLoop = waiting?.reason === 'CrashLoopBackOff';
    return {
      kind: last.reason === 'OOMKilled' ? 'oom-killed' : crashLoop ? 'crash-loop' : 'exited',
      at: earliest(kubeTime(last.finishedAt), warned),
      description:
        `${who}${crashLoop ? ' is in CrashLoopBackOff:' : ''} restarted ${status.restartCount} time(s), ` +
        `last run ${exitText(last.exitCode, last.reason)}`,
      container,
      previous: true,
    };
  }
  return undefined;
}

/** The pod's earliest failure: of its containers (init ones included), its phase, or its scheduling. */
export function podFailure(pod: V1Pod, podEvents: readonly CoreV1Event[]): KubeFailure | undefined {
  const status = pod.status;
  const candidates: KubeFailure[] = [];
  for (const [statuses, init] of [
    [status?.initContainerStatuses ?? [], true],
    [status?.containerStatuses ?? [], false],
  ] as const) {
    for (const container of statuses) {
      const failure = containerFailure(container, init, podEvents);
      if (failure) candidates.push(failure);
    }
  }
  if (status?.phase === 'Failed' && (candidates.length === 0 || status.reason)) {
    const finished = [...(status.containerStatuses ?? []), ...(status.initContainerStatuses ?? [])]
      .map((container) => kubeTime(container.state?.terminated?.finishedAt))
      .sort(compareTimestamps)
      .at(-1);
    const why = [status.reason, status.message].filter(Boolean).join(': ');
    candidates.push({ kind: 'failed', at: finished, description: `pod failed${why ? `: ${why}` : ''}` });
  }
  const scheduled = status?.conditions?.find((condition) => condition.type === 'PodScheduled');
  if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
    candidates.push({
      kind: 'unschedulable',
      at: kubeTime(scheduled.lastTransitionTime),
      description: `unschedulable: ${scheduled.message ?? 'no node fits'}`,
    });
  }
  return candidates.sort((a, b) => compareTimestamps(a.at, b.at))[0];
}

export function jobFailure(job: V1Job): KubeFailure | undefined {
  const failed = job.status?.conditions?.find(
    (condition) => condition.type === 'Failed' && condition.status === 'True',
  );
  if (!failed) return undefined;
  const why = [failed.reason, failed.message].filter(Boolean).join(': ');
  return {
    kind: 'job-failed',
    at: kubeTime(failed.lastTransitionTime),
    description: `Job failed${why ? `: ${why}` : ''}`,
  };
}

/** Earliest failure first; a pod before its Job at the same second (the pod's failure fails the Job). */
export function compareFailedObjects(a: KubeFailedObject, b: KubeFailedObject): number {
  return (
    compareTimestamps(a.failure.at, b.failure.at) ||
    (a.kind === b.kind ? 0 : a.kind === 'Pod' ? -1 : 1) ||
    a.namespace.localeCompare(b.namespace) ||
    a.name.localeCompare(b.name)
  );
}

/** "Pod diag-x/api-1 — container app exited with 3 at 2024-…" */
export function kubeFailureSentence(object: KubeFailedObject): string {
  const at = object.failure.at ? ` at ${object.failure.at}` : '';
  return `${object.kind} ${object.namespace}/${object.name} — ${object.failure.description}${at}`;
}

function exitText(exitCode: number, reason: string | undefined): string {
  const why = reason && reason !== 'Error' ? ` (${reason})` : '';
  return `exited with ${exitCode}${why}`;
}

function restarts(count: number): string {
  return count > 0 ? ` after ${count} restart(s)` : '';
}

function firstWarning(events: readonly CoreV1Event[], init: boolean, container: string): string | undefined {
  const field = `${init ? 'spec.initContainers' : 'spec.containers'}{${container}}`;
  return events
    .filter(
      (event) =>
        event.type === 'Warning' &&
        FAILURE_EVENT_REASONS.has(event.reason ?? '') &&
        event.involvedObject.fieldPath === field,
    )
    .map((event) => kubeTime(event.firstTimestamp) ?? kubeEventTime(event))
    .sort(compareTimestamps)[0];
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  return compareTimestamps(a, b) <= 0 ? a : b;
}
