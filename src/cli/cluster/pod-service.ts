import type * as k8s from '@kubernetes/client-node';
import { controllerOf } from '../../diagnostics/kube/owners.js';

/** The workload a pod belongs to, by its controller: a ReplicaSet's Deployment (the ReplicaSet's name less
 * its pod-template-hash), a StatefulSet, DaemonSet or Job; a pod of its own is its own service. */
export function serviceOfPod(pod: k8s.V1Pod): string {
  const metadata = pod.metadata ?? {};
  const owner = controllerOf(metadata.ownerReferences);
  if (!owner) return metadata.name ?? '?';
  const hash = metadata.labels?.['pod-template-hash'];
  if (owner.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`))
    return owner.name.slice(0, -hash.length - 1);
  return owner.name;
}

/** What each line of a container's log starts with: the service, and the pod and container where the
 * service has several. */
export function logPrefix(
  service: string,
  pod: string,
  container: string,
  pods: number,
  containers: number,
): string {
  const podPart = pods > 1 ? `/${pod.startsWith(`${service}-`) ? pod.slice(service.length + 1) : pod}` : '';
  const containerPart = containers > 1 ? `/${container}` : '';
  return `${service}${podPart}${containerPart}`;
}
