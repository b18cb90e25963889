import type { KubeFailedObject, KubeJobDiagnostics, KubePodDiagnostics } from '../../model.js';
import { compareFailedObjects } from './failures.js';

/** Every failed pod and Job, earliest failure first. */
export function failedObjectsInOrder(
  pods: readonly KubePodDiagnostics[],
  jobs: readonly KubeJobDiagnostics[],
): KubeFailedObject[] {
  const failed = (
    kind: KubeFailedObject['kind'],
    objects: ReadonlyArray<KubePodDiagnostics | KubeJobDiagnostics>,
  ): KubeFailedObject[] =>
    objects.flatMap(({ namespace, name, owners, failure }) =>
      failure ? [{ kind, namespace, name, owners, failure }] : [],
    );
  return [...failed('Pod', pods), ...failed('Job', jobs)].sort(compareFailedObjects);
}

/** Sorts `pods` in place: failed ones in the order they failed, then the rest by namespace and name. */
export function sortPodsByFailure(pods: KubePodDiagnostics[], failures: readonly KubeFailedObject[]): void {
  const rank = new Map(
    failures.flatMap((failed, index) =>
      failed.kind === 'Pod' ? [[`${failed.namespace}/${failed.name}`, index] as const] : [],
    ),
  );
  const rankOf = (pod: KubePodDiagnostics) => rank.get(`${pod.namespace}/${pod.name}`) ?? failures.length;
  pods.sort(
    (a, b) => rankOf(a) - rankOf(b) || a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name),
  );
}
