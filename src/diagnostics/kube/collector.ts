import path from 'node:path';
import type { KubeClients } from '../../kube/client.js';
import type { Logger } from '../../log.js';
import { BundleWriter, type ReportFailure } from '../bundle/index.js';
import { describeCallFailure } from '../../kube/call-limits.js';
import { collectionClients, DEFAULT_COLLECTION_TIMEOUT_MS, type CollectionTimeouts } from './limits.js';
import { mapWithConcurrency } from '../../shared/async/concurrency.js';
import type { KubeDiagnostics, KubeJobDiagnostics } from '../model.js';
import { eventsAbout } from './events.js';
import { failedObjectsInOrder, sortPodsByFailure } from './failures/failure-order.js';
import { KUBE_DIR, renderKubeIndex } from './markdown/index-markdown.js';
import { readKubeInventory, type KubeInventory } from './inventory.js';
import { ProgramNotFoundError } from '../../shared/process/run-command.js';
import { exportKindLogs } from './logs/kind-logs.js';
import { writePodLogTask } from './logs/log-writer.js';
import { renderNodes } from './nodes.js';
import { OwnerLookup } from './owners.js';
import { planPod } from './logs/pod-plan.js';
import { renderEventsText, writeDeploymentFile, writeJobFile } from './markdown/workload-files.js';
import { learnKubeSecrets } from './secrets.js';
import type { Redactor } from '../../shared/redaction/redactor.js';
import { podLane } from '../timeline/index.js';

export interface KubeCollectOptions extends CollectionTimeouts {
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
  /** What failed before the collection began (listing the namespaces): reported with the rest. */
  failures?: ReadonlyArray<readonly [string, unknown]>;
  /** Secret values to keep out of every file; those of the pods and their Secrets are added to it. */
  redactor?: Redactor;
}

/** Log reads and namespace listings in flight at once. */
const CONCURRENCY = 8;

/**
 * Writes what is needed to see why pods failed into `<outDir>/kubernetes/`: every container's whole log
 * (init containers and previous runs included), describe text of pods, Jobs and Deployments, events in
 * time order, nodes, kind's node logs, and an index naming what failed first. Call it before anything is
 * deleted. Never throws: whatever cannot be collected is a warning and is listed in the index. Every API
 * call has a timeout and the whole collection one more (see limits.ts): a stuck API server costs at most
 * that, and each call it did not answer is a line of the index.
 */
export async function collectKubeDiagnostics(options: KubeCollectOptions): Promise<KubeDiagnostics> {
  const { logger } = options;
  const clients = collectionClients(options.clients, options);
  const limits = clients.limits;
  const stopped = () => limits?.signal?.aborted ?? false;
  const outDir = path.resolve(options.outDir);
  const namespaces = [...new Set(options.namespaces)];
  const selectors = [...new Set(options.selectors ?? [])];
  const collectedAt = new Date().toISOString();
  const bundle = new BundleWriter(outDir, logger, options.redactor);
  const fail: ReportFailure = (what, error) => bundle.fail(what, describeCallFailure(error, limits));
  const write = (relative: string, content: string) => bundle.write(relative, content);
  for (const [what, error] of options.failures ?? []) fail(what, error);

  logger.info(
    `Collecting Kubernetes diagnostics from context ${clients.context}: namespace(s) ${namespaces.join(', ') || 'none'}` +
      `${selectors.length > 0 ? `, pods matching ${selectors.join(' or ')}` : ''}, into ${path.join(outDir, KUBE_DIR)}`,
  );
  // Slowest part and independent of the API reads: start it first.
  const kindLogs = options.kindCluster ? startKindLogs(options, bundle) : undefined;

  const inventory = await readKubeInventory(clients, namespaces, selectors, CONCURRENCY, fail);
  await learnKubeSecrets(clients, inventory, bundle.redactor, fail);
  const lookup = ownerLookup(inventory);
  const eventsOf = (namespace: string) => inventory.events.get(namespace) ?? [];

  const plans = inventory.pods.map((pod) =>
    planPod(pod, eventsAbout(eventsOf(pod.metadata?.namespace ?? ''), podRef(pod)), lookup, KUBE_DIR),
  );
  const pods = plans.map((plan) => plan.pod);
  // Pod files join the bundle's list after the pods are sorted, failed ones first.
  await mapWithConcurrency(plans, CONCURRENCY, async ({ pod, describe }) => {
    const file = `${pod.dir}/describe.txt`;
    if (await bundle.write(file, describe, false)) pod.files.push(file);
  });
  const logTasks = plans.flatMap((plan) => plan.logs);
  let skippedLogs = 0;
  await mapWithConcurrency(logTasks, CONCURRENCY, async (task) => {
    if (stopped()) skippedLogs++;
    else await writePodLogTask(clients, bundle, task);
  });
  if (skippedLogs > 0) {
    fail(
      `${skippedLogs} of ${logTasks.length} container logs`,
      new Error(`not read: ${limits?.signalReason}`),
    );
  }
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
    // Outside the chosen namespaces only the events about the pods collected there belong here.
    const events = namespaces.includes(namespace)
      ? eventsOf(namespace)
      : plans.filter((plan) => plan.pod.namespace === namespace).flatMap((plan) => plan.events);
    await write(`${KUBE_DIR}/namespaces/${namespace}/events.txt`, renderEventsText(events));
  }
  await write(`${KUBE_DIR}/nodes.txt`, renderNodes(inventory.nodes));

  const failures = failedObjectsInOrder(pods, jobs);
  sortPodsByFailure(pods, failures);
  for (const pod of pods) bundle.files.push(...pod.files);
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
    timeline: inventory.pods.map((pod, index) => {
      const plan = plans[index] as (typeof plans)[number];
      return podLane(pod, plan.events, plan.pod, Date.parse(collectedAt));
    }),
    kindLogs: kindLogs ? await redactedKindLogs(kindLogs, bundle) : undefined,
    files: bundle.files,
    errors: bundle.errors,
  };
  await bundle.writeIndexes(KUBE_DIR, renderKubeIndex(diagnostics), diagnostics);
  return diagnostics;
}

/** kind writes the node logs itself: they are redacted once it is done (and the pods' secrets known). */
function startKindLogs(options: KubeCollectOptions, bundle: BundleWriter): Promise<string | undefined> {
  const relative = `${KUBE_DIR}/kind-logs`;
  // It reads the node containers, not the API, but counts against the collection's time all the same.
  return exportKindLogs({
    cluster: options.kindCluster as string,
    binary: options.kindBinary,
    dir: path.join(bundle.outDir, relative),
    timeoutMs: options.timeoutMs ?? DEFAULT_COLLECTION_TIMEOUT_MS,
  }).then(
    () => relative,
    (error: unknown) => {
      if (error instanceof ProgramNotFoundError) {
        options.logger.warn(`diagnostics: kind binary ${error.message}; node logs skipped`);
      } else bundle.fail(`kind node logs of ${options.kindCluster}`, error);
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

async function redactedKindLogs(
  exported: Promise<string | undefined>,
  bundle: BundleWriter,
): Promise<string | undefined> {
  const relative = await exported;
  if (relative) await bundle.redactTree(relative);
  return relative;
}
