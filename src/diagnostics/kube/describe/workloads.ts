import type { CoreV1Event, V1Deployment, V1Job, V1PodTemplateSpec } from '@kubernetes/client-node';
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

/** `kubectl describe job`: counts of pods by outcome, limits, the pod template, conditions and events. */
export function describeJob(
  job: V1Job,
  events: readonly CoreV1Event[],
  owners: readonly KubeOwnerLink[],
): string {
  const text = new DescribeText();
  const spec = job.spec;
  const status = job.status;
  describeMetadata(text, job.metadata);
  if (owners.length > 1) text.field('Owner Chain', formatOwnerChain(owners));
  text
    .field('Parallelism', spec?.parallelism)
    .field('Completions', spec?.completions ?? '<unset>')
    .field('Backoff Limit', spec?.backoffLimit)
    .field('Active Deadline', spec?.activeDeadlineSeconds && `${spec.activeDeadlineSeconds}s`)
    .field('Start Time', kubeTime(status?.startTime))
    .field('Completed At', kubeTime(status?.completionTime))
    .field('Pods Statuses', jobPodCounts(job));
  describeTemplate(text, spec?.template);
  describeConditions(text, status?.conditions);
  describeEvents(text, events);
  return text.toString();
}

/** `kubectl describe deployment`: replica counts, strategy, its ReplicaSets, template, conditions, events. */
export function describeDeployment(
  deployment: V1Deployment,
  events: readonly CoreV1Event[],
  replicaSets: readonly string[],
): string {
  const text = new DescribeText();
  const spec = deployment.spec;
  const status = deployment.status;
  describeMetadata(text, deployment.metadata);
  text
    .field('Selector', keyValues(spec?.selector?.matchLabels).join(',') || undefined)
    .field(
      'Replicas',
      `${spec?.replicas ?? 1} desired | ${status?.updatedReplicas ?? 0} updated | ${status?.replicas ?? 0} total | ` +
        `${status?.availableReplicas ?? 0} available | ${status?.unavailableReplicas ?? 0} unavailable`,
    )
    .field('Strategy', spec?.strategy?.type)
    .field('ReplicaSets', replicaSets.length > 0 ? [...replicaSets] : undefined);
  describeTemplate(text, spec?.template);
  describeConditions(text, status?.conditions);
  describeEvents(text, events);
  return text.toString();
}

/** "1 Active / 0 Succeeded / 2 Failed", also used by the index. */
export function jobPodCounts(job: V1Job): string {
  const status = job.status;
  return `${status?.active ?? 0} Active / ${status?.succeeded ?? 0} Succeeded / ${status?.failed ?? 0} Failed`;
}

function describeTemplate(text: DescribeText, template: V1PodTemplateSpec | undefined): void {
  if (!template) return;
  text.line('Pod Template:').field('Labels', keyValues(template.metadata?.labels), 2);
  for (const [title, containers] of [
    ['Init Containers', template.spec?.initContainers],
    ['Containers', template.spec?.containers],
  ] as const) {
    if (!containers?.length) continue;
    text.line(`${title}:`, 2);
    for (const container of containers) {
      text.line(`${container.name}:`, 4);
      describeContainerSpec(text, container, 6);
    }
  }
}
