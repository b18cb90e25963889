import { randomBytes } from 'node:crypto';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import { summarizeReportFiles } from '../../report/index.js';
import type { KubeClients } from '../client.js';
import { apiErrorMessage } from '../api-errors.js';
import { buildTestJob } from './manifest/manifest.js';
import { readJobManifest } from './manifest/manifest-file.js';
import { prepareTestJob, type PreparedJob } from './manifest/prepare.js';
import { reportsLocation, type ReportsLocation } from './manifest/reports-keeper.js';
import { applySelection, selectionConfigMap } from './manifest/shard-selection.js';
import { indexedResult, runIndexedShards } from './indexed/run-indexed.js';
import { createNamespace, requireNamespace, runNamespaceName } from '../namespace.js';
import { collectReports, drainLog, LOG_DRAIN_MS, TIMEOUT_LOG_DRAIN_MS, waitForJobEnd } from './pod-end.js';
import { defaultJobName, testJobLabels } from './manifest/labels.js';
import {
  DEFAULT_UNSCHEDULABLE_TIMEOUT_MS,
  type JobTestResult,
  type TestJobOptions,
  type TestJobRunResult,
} from './options.js';
import { testJobMessage } from './watch/message.js';
import { watchTestJob } from './watch/watch.js';

/** The client gives up this long after the Job's own deadline, should the cluster not enforce it. */
const DEADLINE_SLACK_MS = 60_000;

/**
 * Runs the tests once as a Kubernetes Job in any cluster the clients reach: in a namespace of its own
 * (unless one is given), following the test log, failing fast when the image cannot be pulled, the pod
 * cannot be scheduled or keeps crashing, and copying the JUnit reports out. The test container's exit
 * code decides the result. Nothing is deleted here: diagnostics may need it; see `deleteTestJob`.
 * Mistakes in the options throw before anything is created; after that, problems are results.
 */
export async function runTestJob(clients: KubeClients, options: TestJobOptions): Promise<TestJobRunResult> {
  const { logger } = options;
  const location = options.reports ? reportsLocation(options.reports, options.workingDir) : undefined;
  const job = options.manifestFile ? await readJobManifest(options.manifestFile) : buildTestJob(options);
  const namespace = options.namespace ?? runNamespaceName(options.runName);
  const labels = testJobLabels(options.runName, options.labels);
  const deadlineSeconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
  const hasName = Boolean(job.metadata?.name || job.metadata?.generateName);
  const name = options.name ?? (hasName ? undefined : defaultJobName());
  const prepared = prepareTestJob(job, {
    name,
    namespace,
    labels,
    deadlineSeconds,
    testContainer: options.testContainer,
    reports: location,
  });
  const selectionName = `inception-shard-${randomBytes(3).toString('hex')}`;
  if (options.selection) applySelection(prepared, options.selection, selectionName);
  const createdNamespace = options.namespace === undefined;
  await options.onPlanned?.({ namespace, jobName: prepared.job.metadata?.name ?? '', createdNamespace });
  try {
    if (createdNamespace) {
      await createNamespace(clients.core, namespace, testJobLabels(options.runName));
      logger.info(`Created namespace ${namespace} (context ${clients.context})`);
    } else await requireNamespace(clients.core, namespace);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const server = clients.config.getCurrentCluster()?.server ?? 'no server';
    throw new Error(
      `The cluster did not take namespace ${namespace} (context ${clients.context}, ${server}): ` +
        `${apiErrorMessage(error)}. Check that the kubeconfig (input kubeconfig, else $KUBECONFIG) names a ` +
        'reachable cluster and that its user may create namespaces (or give an existing namespace).',
    );
  }

  const image = job.spec?.template?.spec?.containers.find((c) => c.name === prepared.testContainer)?.image;
  const base = { namespace, jobName: prepared.job.metadata?.name ?? '', createdNamespace };
  const started = Date.now();
  return logger.group(
    `Run tests as Job in namespace ${namespace} (${image ?? 'image from the manifest'})`,
    async () => {
      try {
        return await runPrepared(clients, options, prepared, location, { ...base, started, selectionName });
      } catch (error) {
        logger.debug(error instanceof Error && error.stack ? error.stack : errorMessage(error));
        const message = `the test Job could not be run: ${apiErrorMessage(error)}`;
        logger.info(message);
        return {
          ...base,
          result: 'error',
          exitCode: null,
          durationMs: Date.now() - started,
          reports: [],
          message,
          podNames: [],
        };
      }
    },
  );
}

interface RunContext {
  namespace: string;
  jobName: string;
  createdNamespace: boolean;
  started: number;
  /** The ConfigMap the pods read their file list from. */
  selectionName: string;
}

async function runPrepared(
  clients: KubeClients,
  options: TestJobOptions,
  prepared: PreparedJob,
  location: ReportsLocation | undefined,
  context: RunContext,
): Promise<TestJobRunResult> {
  const { logger } = options;
  const { namespace } = context;
  const created = await clients.batch.createNamespacedJob({ namespace, body: prepared.job });
  const jobName = created.metadata?.name ?? context.jobName;
  const deadline = created.spec?.activeDeadlineSeconds ?? Math.ceil(options.timeoutMs / 1000);
  logger.info(`Created Job ${jobName} (deadline ${formatDuration(deadline * 1000)})`);
  const configMap =
    options.selection && selectionConfigMap(options.selection, context.selectionName, created);
  // After the Job, so that it can own the ConfigMap; the kubelet retries the volume until it exists.
  if (configMap) await clients.core.createNamespacedConfigMap({ namespace, body: configMap });
  const target = {
    namespace,
    jobName,
    jobUid: created.metadata?.uid ?? '',
    testContainer: prepared.testContainer,
    unschedulableTimeoutMs: options.unschedulableTimeoutMs ?? DEFAULT_UNSCHEDULABLE_TIMEOUT_MS,
    giveUpAt: context.started + deadline * 1000 + DEADLINE_SLACK_MS,
  };
  const indexed = options.selection?.indexed;
  if (indexed) {
    const run = await runIndexedShards(clients, {
      target: { ...target, shards: indexed.shards },
      ...(location ? { location } : {}),
      ...(prepared.keeperContainer ? { keeperContainer: prepared.keeperContainer } : {}),
      reportsDir: options.reportsDir,
      logger,
    });
    await waitForJobEnd(clients, namespace, jobName);
    const durationMs = Date.now() - context.started;
    const reports = run.shards.flatMap((shard) => shard.reports);
    const outcome = indexedResult(run.shards, durationMs);
    logger.info(outcome.message);
    return {
      ...outcome,
      durationMs,
      reports,
      summary: await summarizeReportFiles(reports, logger),
      namespace,
      jobName,
      podNames: run.podNames,
      createdNamespace: context.createdNamespace,
      shards: run.shards,
    };
  }
  const outcome = await watchTestJob(clients, target, logger);
  const durationMs = Date.now() - context.started;
  const { state } = outcome;
  const pod = 'pod' in state ? state.pod : undefined;
  const podName = pod?.metadata?.name ?? outcome.podNames.at(-1);

  await drainLog(outcome.follower, state.kind === 'terminated' ? LOG_DRAIN_MS : TIMEOUT_LOG_DRAIN_MS);
  let reports: string[] = [];
  if (location && prepared.keeperContainer && pod && state.kind !== 'error') {
    reports = await collectReports(
      clients,
      pod,
      prepared.keeperContainer,
      location,
      options.reportsDir,
      logger,
    ).catch((error: unknown) => {
      logger.warn(`Test reports could not be copied: ${apiErrorMessage(error)}`);
      return [];
    });
  }
  if (state.kind === 'terminated') await waitForJobEnd(clients, namespace, jobName);

  const result: JobTestResult =
    state.kind === 'terminated' ? (state.exitCode === 0 ? 'passed' : 'failed') : state.kind;
  const exitCode = state.kind === 'terminated' ? state.exitCode : null;
  const summary = await summarizeReportFiles(reports, logger);
  const message = testJobMessage(state, durationMs);
  // The caller turns a failure into an annotation (core.setFailed); here it is one more line of the log.
  logger.info(message);
  return {
    result,
    exitCode,
    durationMs,
    reports,
    summary,
    message,
    namespace,
    jobName,
    podName,
    podNames: outcome.podNames,
    createdNamespace: context.createdNamespace,
  };
}
