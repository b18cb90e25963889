import type { CoreV1Event, V1ContainerStateTerminated, V1Pod } from '@kubernetes/client-node';
import type { KubePodDiagnostics } from '../model.js';
import { kubeEventTime } from '../kube/events.js';
import { barsFromChanges, epochMs, type TimelineLane } from './model.js';

type Change = { at: number | undefined; label: string; failed?: boolean };

/** Failures that show as a phase of their own: the pod never got (back) to running. */
const WAITING_FAILURES = new Set(['crash-loop', 'image-pull', 'unschedulable', 'container-error']);

/**
 * A lane per pod from what the API server recorded: created, scheduled (its condition, else the
 * Scheduled event), containers started, Ready, each container run's end (failed unless exit 0), and a
 * failure the pod is stuck in (back-off, image pull, unschedulable) from when it began.
 */
export function podLane(
  pod: V1Pod,
  events: readonly CoreV1Event[],
  diagnostics: KubePodDiagnostics,
  until: number,
): TimelineLane {
  const status = pod.status;
  const condition = (type: string) =>
    status?.conditions?.find((candidate) => candidate.type === type && candidate.status === 'True');
  const scheduledEvent = events.find((event) => event.reason === 'Scheduled');
  const containers = [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])];
  const starts = containers
    .flatMap((container) => [
      container.lastState?.terminated?.startedAt,
      container.state?.running?.startedAt ?? container.state?.terminated?.startedAt,
    ])
    .map(epochMs)
    .filter((at): at is number => at !== undefined);
  const changes: Change[] = [
    { at: epochMs(pod.metadata?.creationTimestamp), label: 'pending' },
    {
      at:
        epochMs(condition('PodScheduled')?.lastTransitionTime) ??
        (scheduledEvent ? epochMs(kubeEventTime(scheduledEvent)) : undefined),
      label: 'scheduled',
    },
  ];
  const firstStart = starts.length > 0 ? Math.min(...starts) : undefined;
  const ready = epochMs(condition('Ready')?.lastTransitionTime);
  if (firstStart !== undefined && (ready === undefined || firstStart < ready)) {
    changes.push({ at: firstStart, label: 'starting' });
  }
  if (ready !== undefined) changes.push({ at: ready, label: 'ready' });
  for (const container of containers) {
    for (const ended of [container.lastState?.terminated, container.state?.terminated]) {
      if (ended) changes.push(endOf(container.name, ended, containers.length > 1));
    }
    const rerun = container.state?.running ?? container.state?.terminated;
    if (container.lastState?.terminated && rerun) {
      changes.push({ at: epochMs(rerun.startedAt), label: 'restarted' });
    }
  }
  const failure = diagnostics.failure;
  if (failure && WAITING_FAILURES.has(failure.kind)) {
    changes.push({ at: epochMs(failure.at), label: failure.kind, failed: true });
  }
  const logContainer =
    diagnostics.containers.find((container) => container.name === failure?.container) ??
    diagnostics.containers.find((container) => !container.init && container.files.length > 0);
  const log = logContainer?.files.find((file) => !file.endsWith('.previous.log')) ?? logContainer?.files[0];
  const previous = logContainer?.files.find((file) => file.endsWith('.previous.log'));
  const current = containers.find((candidate) => candidate.name === logContainer?.name);
  // The current log is the running run's, or while it waits to restart the run that ended last.
  const restartedAt = epochMs(
    current?.state?.running?.startedAt ??
      current?.state?.terminated?.startedAt ??
      current?.lastState?.terminated?.startedAt,
  );
  return {
    kind: 'pod',
    name: `${diagnostics.namespace}/${diagnostics.name}`,
    failed: failure !== undefined,
    bars: barsFromChanges(changes, until),
    ...(log ? { log } : {}),
    ...(previous && restartedAt !== undefined ? { previousLog: { file: previous, until: restartedAt } } : {}),
  };
}

function endOf(container: string, ended: V1ContainerStateTerminated, named: boolean): Change {
  const what =
    ended.reason === 'OOMKilled'
      ? 'oom-killed'
      : ended.exitCode === 0
        ? 'completed'
        : `exited ${ended.exitCode}`;
  return {
    at: epochMs(ended.finishedAt),
    label: named ? `${container} ${what}` : what,
    failed: ended.exitCode !== 0,
  };
}
