import path from 'node:path';
import type { ClusterConfig } from '../../config/inception/index.js';
import { parseDuration } from '../../config/values/index.js';
import { errorMessage } from '../../errors.js';
import { collectAndUpload } from '../../diagnostics/collect-and-upload.js';
import { isNotFound } from '../../kube/api-errors.js';
import { helmBinary, uninstallHelmRelease } from '../../kube/deploy/index.js';
import { deleteKindCluster } from '../../kube/kind/index.js';
import { deleteNamespace } from '../../kube/namespace.js';
import { deleteTestJob } from '../../kube/test-job/index.js';
import { deployToCluster, ensureKindCluster, kindClusterOf, runClusterTests } from '../../pipeline/index.js';
import type { Logger } from '../../log.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import {
  clearClusterState,
  readClusterState,
  writeClusterState,
  type ClusterState,
} from './cluster-state.js';
import type { CliContext } from '../context.js';
import { clientsOf } from './deployed.js';
import { formatTable } from '../services/print-services.js';
import { workFolder } from '../project/state-file.js';
import { parseEnvFlags } from '../project/test-settings.js';

const kindBinary = () => process.env.KIND || 'kind';

/** A DNS label from the project folder's name: the default namespace and kind cluster name. */
function projectLabel(context: CliContext): string {
  const folder = path.basename(path.dirname(context.config.file)).toLowerCase();
  return `inception-${folder.replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'project'}`.slice(0, 40);
}

function clusterOf(context: CliContext): ClusterConfig {
  return context.config.cluster!;
}

/** `up` on the cluster path: the cluster (--kubeconfig/--context, else kind made or reused), images built
 * and loaded, each deploy step applied and waited for. */
export async function clusterUp(context: CliContext): Promise<ClusterState> {
  const { docker, logger, options, signal } = context;
  const cluster = clusterOf(context);
  const kindName = cluster.kind.name ?? projectLabel(context);
  const target =
    options.kubeconfig || options.context
      ? { kubeconfig: options.kubeconfig, context: options.context, createdCluster: false }
      : await logger.group(`Kind cluster ${kindName}`, () =>
          ensureKindCluster({
            docker,
            kind: cluster.kind,
            name: kindName,
            kindBinary: kindBinary(),
            kubeconfig: path.join(workFolder(context.config.file), `kind-${kindName}.kubeconfig`),
            logger,
            signal,
          }),
        );
  const clients = clientsOf(target);
  const kindCluster = 'kindCluster' in target ? target.kindCluster : await kindClusterOf(docker, clients);
  const namespace = options.name ?? cluster.namespace ?? projectLabel(context);
  const existed = await clients.core
    .readNamespace({ name: namespace })
    .then(() => true)
    .catch((error: unknown) => (isNotFound(error) ? false : Promise.reject(error)));
  const tag = `up-${Date.now().toString(36)}`;
  const fresh: ClusterState = {
    ...target,
    ...(kindCluster ? { kindCluster } : {}),
    namespace,
    createdNamespace: !existed,
    images: [],
    helmReleases: cluster.deploy.flatMap((step) => ('helm' in step ? [step.helm.release] : [])),
    startedAt: new Date().toISOString(),
  };
  const state = keepWhatEarlierUpMade(await readClusterState(context.config.file), fresh, logger);
  // Recorded before the deploy: a failed or interrupted one is still removed by `down`.
  await writeClusterState(context.config.file, state);
  const images = await deployToCluster({
    docker,
    clients,
    kubeconfig: state.kubeconfig,
    workDir: path.join(workFolder(context.config.file), 'cluster'),
    cluster,
    namespace,
    tag,
    kindCluster,
    noCache: options.noCache,
    logger,
    signal,
  });
  const ready = { ...state, images };
  await writeClusterState(context.config.file, ready);
  logger.info(
    `deployed to namespace ${namespace} (context ${clients.context}); \`inception test\` runs the tests there, ` +
      '`inception down` removes it',
  );
  return ready;
}

/** A second `up` finds the cluster and namespace the first one made: they are still this project's to
 * delete. State of another cluster or namespace would be lost, so the message says how to remove it. */
function keepWhatEarlierUpMade(
  earlier: ClusterState | undefined,
  now: ClusterState,
  logger: Logger,
): ClusterState {
  if (!earlier) return now;
  const sameCluster = earlier.kindCluster === now.kindCluster && earlier.context === now.context;
  if (!sameCluster || earlier.namespace !== now.namespace) {
    logger.warn(
      `the last \`inception up\` here deployed to namespace ${earlier.namespace}` +
        `${earlier.kindCluster ? ` of kind cluster ${earlier.kindCluster}` : ''}; this one forgets it: ` +
        'remove it yourself if it is still there (kubectl delete namespace, kind delete cluster).',
    );
    return now;
  }
  return {
    ...now,
    createdCluster: now.createdCluster || earlier.createdCluster,
    createdNamespace: now.createdNamespace || earlier.createdNamespace,
    helmReleases: [...new Set([...(earlier.helmReleases ?? []), ...(now.helmReleases ?? [])])],
  };
}

/** The test Job's settings: cluster.tests with the command line's --image, --env, --reports, --timeout and
 * `-- command` over them. */
function clusterTests(context: CliContext): NonNullable<ClusterConfig['tests']> {
  const { options } = context;
  const base = clusterOf(context).tests ?? {
    env: {},
    reports: '/reports/*.xml',
    timeoutMs: 30 * 60_000,
    nodeSelector: {},
  };
  return {
    ...base,
    ...(options.image ? { image: options.image, jobManifest: undefined } : {}),
    ...(options.testCommand.length > 0 ? { command: options.testCommand } : {}),
    env: { ...base.env, ...parseEnvFlags(options.env) },
    ...(options.reports ? { reports: options.reports } : {}),
    ...(options.timeout ? { timeoutMs: parseDuration(options.timeout, '--timeout') } : {}),
  };
}

/** The folder collect-logs uploads, of the namespace `up` deployed (and the kind nodes). */
export async function writeClusterDiagnostics(
  context: CliContext,
  state: ClusterState,
  outDir: string,
): Promise<void> {
  await collectAndUpload({
    logger: context.logger,
    collectDocker: false,
    kubernetes: {
      kubeconfig: state.kubeconfig,
      context: state.context,
      runNamespace: state.namespace,
      kindCluster: state.kindCluster,
      kindBinary: kindBinary(),
    },
    upload: false,
    path: outDir,
  });
  context.logger.info(`diagnostics: ${outDir} (start with index.md)`);
}

/** `test` on the cluster path: in what `up` deployed, else deploys first and removes it after (--keep
 * keeps it). A failed run writes the diagnostics folder collect-logs uploads. */
export async function clusterTest(context: CliContext): Promise<number> {
  const { options, config } = context;
  const existing = await readClusterState(config.file);
  const state = existing ?? (await clusterUp(context));
  try {
    return await clusterTestIn(context, state);
  } finally {
    if (!existing && !options.keep) await clusterDown(context);
  }
}

/** One run of the test Job in what `up` deployed: its reports kept, diagnostics written when it fails;
 * resolves with the exit code. */
export async function clusterTestIn(context: CliContext, state: ClusterState): Promise<number> {
  const { logger, config } = context;
  const clients = clientsOf(state);
  const result = await runClusterTests({
    clients,
    cluster: clusterOf(context),
    tests: clusterTests(context),
    namespace: state.namespace,
    built: state.images,
    workDir: path.join(workFolder(config.file), 'cluster'),
    reportsDir: path.join(workFolder(config.file), 'reports', state.namespace),
    logger,
  });
  logger.info(
    `tests ${result.result} (exit code ${result.exitCode}) in ${formatDuration(result.durationMs)}: ${result.message}`,
  );
  for (const report of result.reports) logger.info(`report: ${report}`);
  if (result.result === 'passed') {
    await deleteTestJob(clients, { ...result, createdNamespace: false });
    return 0;
  }
  await writeClusterDiagnostics(
    context,
    state,
    path.join(workFolder(config.file), 'diagnostics', state.namespace),
  );
  return result.exitCode && result.exitCode > 0 ? result.exitCode : 1;
}

/** `down` on the cluster path: deletes what `up` created (the namespace, a kind cluster it made). */
export async function clusterDown(context: CliContext): Promise<number> {
  const { logger, config, docker } = context;
  const state = await readClusterState(config.file);
  if (!state) {
    logger.info('nothing to remove: no `inception up` on the cluster path here');
    return 0;
  }
  if (state.createdCluster && state.kindCluster) {
    await logger.group(`Delete kind cluster ${state.kindCluster}`, () =>
      deleteKindCluster({
        docker,
        kind: kindBinary(),
        name: state.kindCluster!,
        kubeconfig: state.kubeconfig,
        logger,
      }),
    );
    await clearClusterState(config.file);
    return 0;
  }
  const clients = clientsOf(state);
  for (const release of state.helmReleases ?? []) {
    await logger.group(`Uninstall helm release ${release}`, () =>
      uninstallHelmRelease(
        release,
        {
          helm: helmBinary(),
          namespace: state.namespace,
          kubeconfig: state.kubeconfig,
          context: clients.context,
        },
        logger,
      ).catch((error: unknown) => {
        // Deleting the namespace removes what the release put there; only a namespace we keep needs helm.
        if (!state.createdNamespace) throw error;
        logger.warn(`${errorMessage(error)}\nthe namespace is deleted instead`);
      }),
    );
  }
  if (state.createdNamespace) {
    await deleteNamespace(clients.core, state.namespace);
    logger.info(`deleting namespace ${state.namespace} (context ${clients.context})`);
  } else {
    logger.info(`namespace ${state.namespace} was there before \`up\`: left as it is`);
  }
  await clearClusterState(config.file);
  return 0;
}

/** `status` on the cluster path: the pods of the namespace. */
export async function clusterStatus(context: CliContext): Promise<number> {
  const state = await readClusterState(context.config.file);
  if (!state) {
    process.stderr.write('nothing deployed here: `inception up` deploys the cluster: section\n');
    return 0;
  }
  const pods = (await clientsOf(state).core.listNamespacedPod({ namespace: state.namespace })).items;
  const rows = pods.map((pod) => {
    const statuses = pod.status?.containerStatuses ?? [];
    const started = pod.status?.startTime ? new Date(pod.status.startTime).getTime() : undefined;
    return {
      pod: pod.metadata?.name ?? '',
      phase: pod.status?.phase ?? '',
      ready: `${statuses.filter((status) => status.ready).length}/${statuses.length}`,
      restarts: statuses.reduce((sum, status) => sum + status.restartCount, 0),
      uptimeSeconds: started === undefined ? undefined : Math.round((Date.now() - started) / 1000),
    };
  });
  if (context.options.json) {
    process.stdout.write(
      `${JSON.stringify({ namespace: state.namespace, context: state.context, pods: rows }, null, 2)}\n`,
    );
    return 0;
  }
  const table = [['POD', 'PHASE', 'READY', 'RESTARTS', 'UP']].concat(
    rows.map((row) => [
      row.pod,
      row.phase,
      row.ready,
      String(row.restarts),
      row.uptimeSeconds === undefined ? '-' : formatDuration(row.uptimeSeconds * 1000),
    ]),
  );
  process.stdout.write(`namespace ${state.namespace} (context ${clientsOf(state).context})\n`);
  for (const line of formatTable(table)) process.stdout.write(`${line}\n`);
  return 0;
}
