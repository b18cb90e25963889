import type { CoreV1Event, V1Container, V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import type { KubeContainerDiagnostics, KubePodDiagnostics } from '../../model.js';
import { describePod } from '../describe/pod.js';
import { podFailure } from '../failures/failures.js';
import { ownerChain, type OwnerLookup } from '../owners.js';

export interface PodLogTask {
  pod: KubePodDiagnostics;
  container: KubeContainerDiagnostics;
  previous: boolean;
  /** Relative to the bundle root. */
  file: string;
}

export interface PodPlan {
  pod: KubePodDiagnostics;
  /** The events about this pod. */
  events: readonly CoreV1Event[];
  describe: string;
  logs: PodLogTask[];
}

/**
 * What to write for one pod: its describe text, and one log read per container run that has a log
 * (init containers included; the previous run too when the container restarted).
 */
export function planPod(
  pod: V1Pod,
  podEvents: readonly CoreV1Event[],
  lookup: OwnerLookup,
  root: string,
): PodPlan {
  const namespace = pod.metadata?.namespace ?? '';
  const name = pod.metadata?.name ?? '';
  const owners = ownerChain('Pod', pod.metadata ?? {}, lookup);
  const dir = `${root}/namespaces/${namespace}/pods/${name}`;
  const diagnostics: KubePodDiagnostics = {
    namespace,
    name,
    phase: pod.status?.phase,
    node: pod.spec?.nodeName,
    owners,
    containers: [],
    failure: podFailure(pod, podEvents),
    dir,
    files: [],
    errors: [],
  };
  const logs: PodLogTask[] = [];
  const add = (spec: V1Container, status: V1ContainerStatus | undefined, init: boolean) => {
    const container: KubeContainerDiagnostics = {
      name: spec.name,
      init,
      image: spec.image,
      state: stateText(status),
      exitCode: status?.state?.terminated?.exitCode,
      restartCount: status?.restartCount ?? 0,
      files: [],
      lastLines: [],
      previousLastLines: [],
      noLog: neverRan(status),
    };
    diagnostics.containers.push(container);
    if (container.noLog) return;
    logs.push({ pod: diagnostics, container, previous: false, file: `${dir}/${spec.name}.log` });
    if (container.restartCount > 0) {
      logs.push({ pod: diagnostics, container, previous: true, file: `${dir}/${spec.name}.previous.log` });
    }
  };
  const statusOf = (statuses: V1ContainerStatus[] | undefined, spec: V1Container) =>
    statuses?.find((status) => status.name === spec.name);
  for (const spec of pod.spec?.initContainers ?? [])
    add(spec, statusOf(pod.status?.initContainerStatuses, spec), true);
  for (const spec of pod.spec?.containers ?? [])
    add(spec, statusOf(pod.status?.containerStatuses, spec), false);
  return { pod: diagnostics, events: podEvents, describe: describePod(pod, podEvents, owners), logs };
}

/** "running", "waiting (ImagePullBackOff)", "terminated (Error, exit 3)" */
function stateText(status: V1ContainerStatus | undefined): string {
  const state = status?.state;
  if (state?.running) return 'running';
  if (state?.waiting) return `waiting (${state.waiting.reason ?? 'no reason'})`;
  if (state?.terminated) {
    const reason = state.terminated.reason ? `${state.terminated.reason}, ` : '';
    return `terminated (${reason}exit ${state.terminated.exitCode})`;
  }
  return 'unknown';
}

/** A container that never ran has no log; asking for one only earns a 400. */
function neverRan(status: V1ContainerStatus | undefined): string | undefined {
  if (!status) return 'not started';
  if (status.state?.running || status.state?.terminated || status.lastState?.terminated) return undefined;
  if (status.restartCount > 0) return undefined;
  return `never started (${status.state?.waiting?.reason ?? 'waiting'})`;
}
