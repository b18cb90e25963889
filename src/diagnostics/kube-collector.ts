import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import type { KubeClients } from '../kube/client.js';
import type { Logger } from '../log.js';
import { mapWithConcurrency } from './concurrency.js';
import type { KubeDiagnostics, KubeJobDiagnostics } from './diagnostics-model.js';
import { eventsAbout } from './kube-events.js';
import { comparePodsByFailure, failedObjectsInOrder } from './kube-failure-order.js';
import { KUBE_DIR, renderKubeIndex } from './kube-index.js';
import { readKubeInventory, type KubeInventory } from './kube-inventory.js';
import { exportKindLogs, KindNotFoundError } from './kube-kind-logs.js';
import { writeContainerLog } from './kube-log-writer.js';
import { renderNodes } from './kube-nodes.js';
import { OwnerLookup } from './kube-owners.js';
import { planPod } from './kube-pod-plan.js';
import { renderEventsText, writeDeploymentFile, writeJobFile } from './kube-workload-files.js';

export interface KubeCollectOptions {
  clients: KubeClients;
  /** Namespaces whose pods, Jobs, Deployments and events are all collected. */
  namespaces: readonly string[];
  /** Label selectors; matching pods are collected from any namespace (a service may spawn pods elsewhere). */
  selectors?: readonly string[];
  /** The bundle folder; everything goes under its `kubernetes/` folder. */
  outDir: string;
  logger: Logger;
  /** A kind cluster's name: its node logs are exported with `kind export logs`. */
  kindCluster?: string;
  /** Default: `kind` on PATH. */
  kindBinary?: string;
  /** Log reads and namespace listings in flight at once (default 8). */
  concurrency?: number;
}

export const DEFAULT_KUBE_CONCURRENCY = 8;

/**
 * Writes what is needed to see why pods failed into `<outDir>/kubernetes/`: every container's whole log
 * (init containers and previous runs included), describe text of pods, Jobs and Deployments, events in
 * time order, nodes, kind's node logs, and an index naming what failed first. Call it before anything is
 * deleted. Never throws: whatever cannot be collected is a warning and is listed in the index.
 */
export async function collectKubeDiagnostics(options: KubeCollectOptions): Promise<KubeDiagnostics> {
  const { clients, logger } = options;
  const outDir = path.resolve(options.outDir);
  const namespaces = [...new Set(options.namespaces)];
  const selectors = [...new Set(options.selectors ?? [])];
  const concurrency = options.concurrency ?? DEFAULT_KUBE_CONCURRENCY;
  const collectedAt = new Date().toISOString();
  const errors: string[] = [];
  const files: string[] = [];
  const fail = (what: string, error: unknown): void => {
    const message = `${what}: ${errorMessage(error)}`;
    errors.push(message);
    logger.warn(`diagnostics: ${message}`);
  };
  const writeUntracked = async (relative: string, content: string): Promise<boolean> => {
    try {
      const file = path.join(outDir, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
      return true;
    } catch (error) {
      fail(relative, error);
      return false;
    }
  };
  const write = async (relative: string, content: string): Promise<boolean> => {
    const written = await writeUntracked(relative, content);
    if (written) files.push(relative);
    return written;
  };

  logger.info(
    `Collecting Kubernetes diagnostics from context ${clients.context}: namespace(s) ${namespaces.join(', ') || 'none'}` +
      `${selectors.length > 0 ? `, pods matching ${selectors.join(' or ')}` : ''}, into ${path.join(outDir, KUBE_DIR)}`,
  );
  // Slowest part and independent of the API reads: start it first.
  const kindLogs = options.kindCluster ? startKindLogs(options, outDir, logger, fail) : undefined;

  const inventory = await readKubeInventory(clients, namespaces, selectors, concurrency, fail);
  const lookup = ownerLookup(inventory);
  const eventsOf = (namespace: string) => inventory.events.get(namespace) ?? [];

  const plans = inventory.pods.map((pod) =>
    planPod(pod, eventsAbout(eventsOf(pod.metadata?.namespace ?? ''), podRef(pod)), lookup, KUBE_DIR),
  );
  const pods = plans.map((plan) => plan.pod);
  await mapWithConcurrency(plans, concurrency, async ({ pod, describe }) => {
    if (await write(`${pod.dir}/describe.txt`, describe)) pod.files.push(`${pod.dir}/describe.txt`);
  });
  await mapWithConcurrency(
    plans.flatMap((plan) => plan.logs),
    concurrency,
    (task) => writeContainerLog(clients, outDir, task, fail),
  );
  for (const { pod, logs } of plans) {
    pod.files.push(
      ...logs.filter((task) => task.container.files.includes(task.file)).map((task) => task.file),
    );
  }

  const chains = new Set(
    pods.flatMap((pod) => pod.owners.map((link) => `${link.kind}/${pod.namespace}/${link.name}`)),
  );
  const wanted = (kind: string, namespace = '', name = '') =>
    namespaces.includes(namespace) || chains.has(`${kind}/${namespace}/${name}`);
  const jobs: KubeJobDiagnostics[] = [];
  for (const job of inventory.jobs) {
    const { namespace, name } = job.metadata ?? {};
    if (!wanted('Job', namespace, name)) continue;
    jobs.push(await writeJobFile(job, eventsOf(namespace ?? ''), lookup, write));
  }
  for (const deployment of inventory.deployments) {
    const { namespace = '', name = '' } = deployment.metadata ?? {};
    if (!wanted('Deployment', namespace, name)) continue;
    await writeDeploymentFile(deployment, inventory.replicaSets, eventsOf(namespace), write);
  }
  for (const namespace of [...namespaces, ...inventory.selectorNamespaces]) {
    const all = eventsOf(namespace);
    // Outside the chosen namespaces only the events about what was collected belong here.
    const events = namespaces.includes(namespace)
      ? all
      : pods
          .filter((pod) => pod.namespace === namespace)
          .flatMap((pod) => eventsAbout(all, { kind: 'Pod', namespace, name: pod.name }));
    await write(`${KUBE_DIR}/namespaces/${namespace}/events.txt`, renderEventsText(events));
  }
  await write(`${KUBE_DIR}/nodes.txt`, renderNodes(inventory.nodes));

  const failures = failedObjectsInOrder(pods, jobs);
  pods.sort((a, b) => comparePodsByFailure(a, b, failures));
  for (const pod of pods) files.push(...pod.files);
  const diagnostics: KubeDiagnostics = {
    context: clients.context,
    namespaces,
    selectors,
    outDir,
    collectedAt,
    pods,
    jobs,
    failures,
    firstFailure: failures[0],
    kindLogs: kindLogs ? await kindLogs : undefined,
    files,
    errors,
  };
  // Listed before they are written so that both indexes name themselves.
  files.push(`${KUBE_DIR}/index.md`, `${KUBE_DIR}/index.json`);
  await writeUntracked(`${KUBE_DIR}/index.md`, renderKubeIndex(diagnostics));
  await writeUntracked(`${KUBE_DIR}/index.json`, JSON.stringify(diagnostics, null, 2) + '\n');
  return diagnostics;
}

function startKindLogs(
  options: KubeCollectOptions,
  outDir: string,
  logger: Logger,
  fail: (what: string, error: unknown) => void,
): Promise<string | undefined> {
  const relative = `${KUBE_DIR}/kind-logs`;
  return exportKindLogs({
    cluster: options.kindCluster as string,
    binary: options.kindBinary,
    dir: path.join(outDir, relative),
  }).then(
    () => relative,
    (error: unknown) => {
      if (error instanceof KindNotFoundError) logger.warn(`diagnostics: ${error.message}`);
      else fail(`kind node logs of ${options.kindCluster}`, error);
      return undefined;
    },
  );
}

function ownerLookup(inventory: KubeInventory): OwnerLookup {
  const lookup = new OwnerLookup();
  for (const pod of inventory.pods) lookup.add('Pod', pod.metadata);
  for (const job of inventory.jobs) lookup.add('Job', job.metadata);
  for (const set of inventory.replicaSets) lookup.add('ReplicaSet', set.metadata);
  for (const deployment of inventory.deployments) lookup.add('Deployment', deployment.metadata);
  return lookup;
}

function podRef(pod: { metadata?: { namespace?: string; name?: string; uid?: string } }) {
  return {
    kind: 'Pod',
    namespace: pod.metadata?.namespace,
    name: pod.metadata?.name,
    uid: pod.metadata?.uid,
  };
}
