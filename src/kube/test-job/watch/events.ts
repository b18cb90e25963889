import type * as k8s from '@kubernetes/client-node';

/**
 * Why the Job controller could not create the pod (quota, admission such as Pod Security, a missing
 * service account), from the Job's FailedCreate events; undefined when there is none.
 */
export async function jobCreateFailure(
  core: k8s.CoreV1Api,
  namespace: string,
  jobName: string,
): Promise<string | undefined> {
  const events = await core.listNamespacedEvent({
    namespace,
    fieldSelector: `involvedObject.kind=Job,involvedObject.name=${jobName},reason=FailedCreate`,
  });
  const latest = events.items.at(-1);
  return latest?.message;
}
