import type * as k8s from '@kubernetes/client-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import type { KubeClients } from '../client.js';

const POLL_MS = 1000;
type Workload = { kind: string; name: string; namespace: string };

/** Why a workload is not ready yet; undefined once it is. Throws when it can never be (a failed Job). */
async function notReady(clients: KubeClients, workload: Workload): Promise<string | undefined> {
  const { name, namespace } = workload;
  if (workload.kind === 'Job') {
    const job = await clients.batch.readNamespacedJob({ name, namespace });
    const conditions = (job.status?.conditions ?? []).filter((condition) => condition.status === 'True');
    if (conditions.some((condition) => condition.type === 'Complete')) return undefined;
    const failed = conditions.find((condition) => condition.type === 'Failed');
    if (failed) throw new Error(`Job ${name} failed (${failed.reason}: ${failed.message})`);
    return `Job ${name}: ${job.status?.active ?? 0} active, not complete`;
  }
  const object =
    workload.kind === 'Deployment'
      ? await clients.apps.readNamespacedDeployment({ name, namespace })
      : workload.kind === 'StatefulSet'
        ? await clients.apps.readNamespacedStatefulSet({ name, namespace })
        : await clients.apps.readNamespacedDaemonSet({ name, namespace });
  const status = (object.status ?? {}) as {
    observedGeneration?: number;
    replicas?: number;
    readyReplicas?: number;
    updatedReplicas?: number;
    numberReady?: number;
    desiredNumberScheduled?: number;
    currentRevision?: string;
    updateRevision?: string;
  };
  const wanted =
    workload.kind === 'DaemonSet'
      ? (status.desiredNumberScheduled ?? 0)
      : ((object.spec as { replicas?: number } | undefined)?.replicas ?? 1);
  const ready = workload.kind === 'DaemonSet' ? (status.numberReady ?? 0) : (status.readyReplicas ?? 0);
  const current = status.observedGeneration === object.metadata?.generation;
  // During a rollout the old pods still count as ready: done only once none of them is left.
  const rolledOut =
    workload.kind === 'Deployment'
      ? (status.replicas ?? 0) <= (status.updatedReplicas ?? 0)
      : workload.kind === 'StatefulSet'
        ? !status.updateRevision || status.currentRevision === status.updateRevision
        : true;
  if (
    current &&
    rolledOut &&
    ready >= wanted &&
    (workload.kind === 'DaemonSet' || (status.updatedReplicas ?? 0) >= wanted)
  )
    return undefined;
  const old = rolledOut ? '' : ', old pods still running';
  return `${workload.kind} ${name}: ${ready}/${wanted} ready${old}`;
}

/** Pod states and last log lines in the namespace: what a timeout message shows. */
async function podReport(clients: KubeClients, namespace: string): Promise<string> {
  try {
    const pods = (await clients.core.listNamespacedPod({ namespace })).items;
    const lines = await Promise.all(
      pods.map(async (pod) => {
        const name = pod.metadata?.name ?? '?';
        const states = (pod.status?.containerStatuses ?? []).map((c) => {
          const state =
            c.state?.waiting?.reason ??
            (c.state?.terminated ? `exit ${c.state.terminated.exitCode}` : 'running');
          return `${c.name} ${state}, ${c.restartCount} restarts`;
        });
        const log = await clients.core
          .readNamespacedPodLog({ name, namespace, tailLines: 5 })
          .catch(() => '');
        const tail = log.trimEnd() ? `\n    ${log.trimEnd().split('\n').join('\n    ')}` : '';
        return `  pod ${name} (${pod.status?.phase}): ${states.join('; ') || 'no containers yet'}${tail}`;
      }),
    );
    return lines.join('\n');
  } catch (error) {
    return `  (cannot list the pods: ${errorMessage(error)})`;
  }
}

/** Waits until the Deployments, StatefulSets and DaemonSets among `objects` are ready and their Jobs
 * complete; a failed Job or the deadline throws with the pods' states and last log lines. */
export async function waitForWorkloads(
  clients: KubeClients,
  objects: k8s.KubernetesObject[],
  namespace: string,
  timeoutMs: number,
  logger: Logger,
): Promise<void> {
  const workloads: Workload[] = objects
    .filter((object) => ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'].includes(object.kind ?? ''))
    .map((object) => ({
      kind: object.kind!,
      name: object.metadata?.name ?? '',
      namespace: object.metadata?.namespace ?? namespace,
    }));
  const started = Date.now();
  let last = '';
  for (;;) {
    let waiting: string[];
    try {
      waiting = (await Promise.all(workloads.map((workload) => notReady(clients, workload)))).filter(
        (reason): reason is string => reason !== undefined,
      );
    } catch (error) {
      throw new Error(`${errorMessage(error)}\n${await podReport(clients, namespace)}`);
    }
    if (waiting.length === 0) return;
    const now = waiting.join(', ');
    if (now !== last)
      logger.info(`waiting for ${now} (${formatDuration(timeoutMs - (Date.now() - started))} left)`);
    last = now;
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `not ready within ${formatDuration(timeoutMs)}: ${now}. Their pods:\n${await podReport(clients, namespace)}`,
      );
    }
    await sleep(POLL_MS);
  }
}
