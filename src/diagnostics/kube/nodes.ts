import type { V1Node } from '@kubernetes/client-node';
import { DescribeText, describeConditions, keyValues } from './describe/text.js';
import { kubeTime } from './time.js';

const ROLE_PREFIX = 'node-role.kubernetes.io/';

/** nodes.txt: per node its roles, conditions (Ready, pressure), taints, allocatable and capacity. */
export function renderNodes(nodes: readonly V1Node[]): string {
  if (nodes.length === 0) return 'No nodes found.\n';
  return nodes.map(renderNode).join('\n');
}

function renderNode(node: V1Node): string {
  const text = new DescribeText();
  const labels = node.metadata?.labels ?? {};
  const roles = Object.keys(labels)
    .filter((label) => label.startsWith(ROLE_PREFIX))
    .map((label) => label.slice(ROLE_PREFIX.length));
  const info = node.status?.nodeInfo;
  const ready = node.status?.conditions?.find((condition) => condition.type === 'Ready');
  text
    .field('Name', node.metadata?.name)
    .field('Roles', roles.join(',') || '<none>')
    .field('Ready', ready ? `${ready.status}${ready.reason ? ` (${ready.reason})` : ''}` : '<unknown>')
    .field('Unschedulable', node.spec?.unschedulable || undefined)
    .field('Created', kubeTime(node.metadata?.creationTimestamp))
    .field('Labels', keyValues(labels))
    .field(
      'Taints',
      (node.spec?.taints ?? []).map(
        (taint) => `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`,
      ),
    )
    .field(
      'Addresses',
      (node.status?.addresses ?? []).map((address) => `${address.type}=${address.address}`),
    )
    .field('Allocatable', keyValues(node.status?.allocatable))
    .field('Capacity', keyValues(node.status?.capacity));
  if (info) {
    text
      .field('Kubelet', info.kubeletVersion)
      .field('Runtime', info.containerRuntimeVersion)
      .field('OS Image', info.osImage)
      .field('Kernel', info.kernelVersion);
  }
  describeConditions(text, node.status?.conditions);
  return text.toString();
}
