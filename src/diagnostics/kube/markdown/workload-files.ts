import type { CoreV1Event, V1Deployment, V1Job, V1ReplicaSet } from '@kubernetes/client-node';
import type { KubeJobDiagnostics } from '../../model.js';
import { describeDeployment, describeJob, jobPodCounts } from '../describe/workloads.js';
import { eventsAbout, formatKubeEvent, sortKubeEvents } from '../events.js';
import { jobFailure } from '../failures/failures.js';
import { KUBE_DIR } from './index-markdown.js';
import { ownerChain, type OwnerLookup } from '../owners.js';

export type WriteFile = (relative: string, content: string) => Promise<boolean>;

/** jobs/<name>.txt, and what the index says about the Job. */
export async function writeJobFile(
  job: V1Job,
  namespaceEvents: readonly CoreV1Event[],
  lookup: OwnerLookup,
  write: WriteFile,
): Promise<KubeJobDiagnostics> {
  const namespace = job.metadata?.namespace ?? '';
  const name = job.metadata?.name ?? '';
  const owners = ownerChain('Job', job.metadata ?? {}, lookup);
  const events = eventsAbout(namespaceEvents, { kind: 'Job', namespace, name, uid: job.metadata?.uid });
  const file = `${KUBE_DIR}/namespaces/${namespace}/jobs/${name}.txt`;
  const written = await write(file, describeJob(job, events, owners));
  return {
    namespace,
    name,
    owners,
    status: jobPodCounts(job),
    failure: jobFailure(job),
    file: written ? file : undefined,
  };
}

/** deployments/<name>.txt, with the Deployment's ReplicaSets and how many of their pods are ready. */
export async function writeDeploymentFile(
  deployment: V1Deployment,
  replicaSets: readonly V1ReplicaSet[],
  namespaceEvents: readonly CoreV1Event[],
  write: WriteFile,
): Promise<void> {
  const { namespace = '', name = '', uid } = deployment.metadata ?? {};
  const owned = replicaSets
    .filter(
      (set) =>
        set.metadata?.namespace === namespace &&
        set.metadata.ownerReferences?.some((reference) => reference.uid === uid),
    )
    .map(
      (set) => `${set.metadata?.name} (${set.status?.readyReplicas ?? 0}/${set.status?.replicas ?? 0} ready)`,
    );
  const events = eventsAbout(namespaceEvents, { kind: 'Deployment', namespace, name, uid });
  await write(
    `${KUBE_DIR}/namespaces/${namespace}/deployments/${name}.txt`,
    describeDeployment(deployment, events, owned),
  );
}

/** events.txt: oldest first, one line each. */
export function renderEventsText(events: readonly CoreV1Event[]): string {
  if (events.length === 0) return 'No events (the API server keeps them for an hour by default).\n';
  return sortKubeEvents(events)
    .map((event) => formatKubeEvent(event) + '\n')
    .join('');
}
