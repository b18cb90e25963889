import type {
  CoreV1Event,
  V1Container,
  V1ContainerState,
  V1ContainerStatus,
  V1Pod,
} from '@kubernetes/client-node';
import type { KubeOwnerLink } from '../../model.js';
import {
  DescribeText,
  describeConditions,
  describeContainerSpec,
  describeEvents,
  describeMetadata,
  keyValues,
} from './text.js';
import { formatOwnerChain } from '../owners.js';
import { kubeTime } from '../time.js';

/** `kubectl describe pod`, from the objects already read: containers with state, last state and exit codes. */
export function describePod(
  pod: V1Pod,
  events: readonly CoreV1Event[],
  owners: readonly KubeOwnerLink[],
): string {
  const text = new DescribeText();
  const status = pod.status;
  describeMetadata(text, pod.metadata);
  if (owners.length > 1) text.field('Owner Chain', formatOwnerChain(owners));
  text
    .field('Service Account', pod.spec?.serviceAccountName)
    .field(
      'Node',
      pod.spec?.nodeName ? `${pod.spec.nodeName}${status?.hostIP ? `/${status.hostIP}` : ''}` : '<none>',
    )
    .field('Start Time', kubeTime(status?.startTime))
    .field('Status', status?.phase)
    .field('Reason', status?.reason)
    .field('Message', status?.message)
    .field('IP', status?.podIP)
    .field('QoS Class', status?.qosClass)
    .field('Node-Selectors', keyValues(pod.spec?.nodeSelector));
  const tolerations = (pod.spec?.tolerations ?? []).map(
    (toleration) =>
      `${toleration.key ?? '<all>'}${toleration.operator !== 'Exists' && toleration.value ? `=${toleration.value}` : ''}` +
      `${toleration.effect ? `:${toleration.effect}` : ''}` +
      `${toleration.tolerationSeconds !== undefined ? ` for ${toleration.tolerationSeconds}s` : ''}`,
  );
  text.field('Tolerations', tolerations);
  describeContainers(text, 'Init Containers', pod.spec?.initContainers, status?.initContainerStatuses);
  describeContainers(text, 'Containers', pod.spec?.containers, status?.containerStatuses);
  describeConditions(text, status?.conditions);
  describeEvents(text, events);
  return text.toString();
}

function describeContainers(
  text: DescribeText,
  title: string,
  specs: V1Container[] | undefined,
  statuses: V1ContainerStatus[] | undefined,
): void {
  if (!specs?.length) return;
  text.line(`${title}:`);
  for (const spec of specs) {
    const status = statuses?.find((candidate) => candidate.name === spec.name);
    text.line(`${spec.name}:`, 2);
    text.field('Container ID', status?.containerID, 4);
    describeContainerSpec(text, spec, 4);
    text.field('Image ID', status?.imageID || undefined, 4);
    describeState(text, 'State', status?.state);
    describeState(text, 'Last State', status?.lastState);
    text.field('Ready', status?.ready ?? false, 4).field('Restart Count', status?.restartCount ?? 0, 4);
  }
}

function describeState(text: DescribeText, label: string, state: V1ContainerState | undefined): void {
  if (state?.running) {
    text.field(label, 'Running', 4).field('Started', kubeTime(state.running.startedAt), 6);
  } else if (state?.waiting) {
    text
      .field(label, 'Waiting', 4)
      .field('Reason', state.waiting.reason, 6)
      .field('Message', state.waiting.message, 6);
  } else if (state?.terminated) {
    const terminated = state.terminated;
    text
      .field(label, 'Terminated', 4)
      .field('Reason', terminated.reason, 6)
      .field('Message', terminated.message?.trimEnd(), 6)
      .field('Exit Code', terminated.exitCode, 6)
      .field('Signal', terminated.signal, 6)
      .field('Started', kubeTime(terminated.startedAt), 6)
      .field('Finished', kubeTime(terminated.finishedAt), 6);
  } else if (label === 'State') {
    text.field(label, '<unknown>', 4);
  }
}
