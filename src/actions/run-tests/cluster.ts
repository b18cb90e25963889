import * as core from '@actions/core';
import { errorMessage } from '../../errors.js';
import { whenAborted } from '../../shared/cancellation/abort.js';
import { loadKubeClients, type KubeClients } from '../../kube/client.js';
import { deleteTestJob } from '../../kube/test-job/index.js';
import { runTestJob } from '../../kube/test-job/index.js';
import type { PlannedTestJob, TestJobRunResult } from '../../kube/test-job/index.js';
import { actionsLogger, learnVariables, stepSecrets } from '../runner/index.js';
import { redactFile } from '../../shared/redaction/redact-file.js';
import { ENV_KIND_CLUSTER, RunTests } from '../constants.js';
import { UPLOADED_ARTIFACTS_ENV } from '../../diagnostics/uploaded-artifacts.js';
import { readRunTestsClusterInputs, type RunTestsClusterInputs } from './cluster-inputs.js';
import { clusterSummaryMarkdown } from './cluster-summary.js';
import { failureMessage } from './failure.js';
import { setRunOutputs } from './outputs.js';
import { runTestsState, type ClusterCleanup } from './state.js';
import { writeJobSummary } from '../runner/index.js';
import { selectsNothing, type TestSelection } from '../../shard/index.js';
import type { JobSelection } from '../../kube/test-job/index.js';
import { passEmptySelection } from './empty-selection.js';
import { keepReportsForRerun, stepSelection } from './selection.js';
import {
  finishedTestRun,
  startedTestRun,
  writeTestRunRecord,
  type TestRunRecord,
} from '../../report/index.js';

/**
 * `mode: cluster`: the tests as a Kubernetes Job. A passing run is deleted at once; a failing one is
 * exported (INCEPTION_NAMESPACE, INCEPTION_TEST_JOB) for collect-logs and deleted by the post step,
 * which runs after every other step of the job. `keep-namespace` keeps it either way.
 */
export async function runTestsClusterMain(signal: AbortSignal): Promise<void> {
  const inputs = readRunTestsClusterInputs();
  learnVariables(inputs.env);
  const leg = await stepSelection(inputs.sharding);
  const selection = jobSelection(inputs, leg);
  if (selection?.selection && selectsNothing(selection.selection)) {
    return passEmptySelection(selection.selection, inputs.name ?? 'in the cluster');
  }
  const cluster = {
    kubeconfig: inputs.kubeconfig,
    context: inputs.context,
  };
  const clients = loadKubeClients(cluster);
  const record = startedTestRun({
    // Unique in the job: one job may run several cluster test steps.
    name: `${inputs.name ?? 'tests'}-${Date.now().toString(36)}`,
    mode: 'cluster',
    image: inputs.image,
    namespace: inputs.namespace,
  });
  await writeTestRunRecord(record);
  let plannedRun: PlannedTestJob | undefined;
  const planned = async (run: PlannedTestJob): Promise<void> => {
    plannedRun = run;
    // Before the namespace exists: the post step deletes it however this step ends.
    if (!inputs.keepNamespace) runTestsState.save({ cleanup: { ...cluster, ...run } });
    await writeTestRunRecord({ ...record, namespace: run.namespace, jobName: run.jobName });
  };
  const outcome = await Promise.race([
    runTestJob(clients, {
      ...jobOptions(inputs),
      onPlanned: planned,
      ...(selection ? { selection } : {}),
    }),
    whenAborted(signal),
  ]);
  if (outcome === 'cancelled') return cancelRun(clients, record, plannedRun, inputs.keepNamespace);
  const result = outcome;
  // The reports stay on the runner for a later step to upload: no secret of this step goes with them.
  await Promise.all(result.reports.map((report) => redactFile(report, stepSecrets).catch(() => undefined)));
  await writeTestRunRecord({
    ...finishedTestRun(record, result),
    namespace: result.namespace,
    jobName: result.jobName,
  });
  await keepReportsForRerun(inputs.sharding, result.reports, inputs.reportsDir);
  setRunOutputs(result);
  core.setOutput(RunTests.outputs.namespace, result.namespace);
  core.setOutput(RunTests.outputs.job, result.jobName);
  await writeJobSummary(await clusterSummaryMarkdown(inputs, result));
  if (result.result === 'passed') {
    if (!inputs.keepNamespace) await cleanUp(clients, result);
    runTestsState.save({ cleanup: undefined });
    return;
  }
  core.exportVariable(RunTests.env.namespace, result.namespace);
  core.exportVariable(RunTests.env.job, result.jobName);
  core.setFailed(failureMessage(result));
}

/** An Indexed Job of every shard, or the one shard (or re-run) of this leg. */
function jobSelection(
  inputs: RunTestsClusterInputs,
  leg: TestSelection | undefined,
): JobSelection | undefined {
  const appendFiles = inputs.sharding.appendShardFiles;
  if (inputs.indexed) {
    const { plan } = inputs.sharding;
    return { indexed: { ...inputs.indexed, ...(plan ? { plan } : {}) }, appendFiles };
  }
  return leg ? { selection: leg, appendFiles } : undefined;
}

/** A cancelled run is deleted at once (the post step may never come), unless keep-namespace. */
async function cancelRun(
  clients: KubeClients,
  record: TestRunRecord,
  run: PlannedTestJob | undefined,
  keep: boolean,
): Promise<void> {
  await writeTestRunRecord({
    ...record,
    ...(run ? { namespace: run.namespace, jobName: run.jobName } : {}),
    result: 'cancelled',
    message: 'tests cancelled while the Job ran',
    finishedAt: new Date().toISOString(),
  });
  if (run && !keep) {
    await cleanUp(clients, run);
    runTestsState.save({ cleanup: undefined });
  }
  core.setFailed('tests cancelled while the Job ran');
  // The abandoned watch of the Job holds the event loop open; the runner's entry finishes its
  // bookkeeping in microtasks, before this runs.
  setImmediate(() => process.exit());
}

/** Post step: deletes a failed run's namespace (or Job) after collect-logs had its look. */
export async function runTestsClusterPost(): Promise<void> {
  const cleanup = runTestsState.read()?.cleanup;
  if (!cleanup) return;
  if (inJobsOwnKindCluster(cleanup)) {
    // Post steps run last-first: deleting here would take the failed Job from setup-kind's diagnostics.
    core.info(
      `The run in ${cleanup.namespace} goes with kind cluster ${process.env[ENV_KIND_CLUSTER]}, ` +
        "which setup-kind's post step collects and then deletes.",
    );
    return;
  }
  await cleanUp(loadKubeClients(cleanup), cleanup);
}

/** The run used the cluster setup-kind made in this job (its KUBECONFIG), which dies with the job, and
 * no diagnostics were taken yet (collect-logs exports what it uploaded): setup-kind's post step takes them. */
function inJobsOwnKindCluster(cleanup: ClusterCleanup): boolean {
  if (!process.env[ENV_KIND_CLUSTER] || process.env[UPLOADED_ARTIFACTS_ENV]) return false;
  return cleanup.kubeconfig === undefined || cleanup.kubeconfig === process.env.KUBECONFIG;
}

async function cleanUp(
  clients: KubeClients,
  run: Pick<TestJobRunResult, 'namespace' | 'jobName' | 'createdNamespace'>,
): Promise<void> {
  try {
    await deleteTestJob(clients, run);
    core.info(
      run.createdNamespace
        ? `Deleted namespace ${run.namespace}`
        : `Deleted Job ${run.jobName} in ${run.namespace}`,
    );
  } catch (error) {
    core.warning(`Could not delete the test run in namespace ${run.namespace}: ${errorMessage(error)}`);
  }
}

function jobOptions(inputs: RunTestsClusterInputs): Parameters<typeof runTestJob>[1] {
  return {
    image: inputs.image,
    command: inputs.command,
    args: inputs.args,
    env: inputs.env,
    envFrom: inputs.envFrom,
    serviceAccount: inputs.serviceAccount,
    resources: inputs.resources,
    nodeSelector: inputs.nodeSelector,
    workingDir: inputs.workingDirectory,
    manifestFile: inputs.jobManifest,
    testContainer: inputs.testContainer,
    namespace: inputs.namespace,
    runName: inputs.runName,
    name: inputs.name,
    timeoutMs: inputs.timeoutMs,
    unschedulableTimeoutMs: inputs.unschedulableTimeoutMs,
    reports: inputs.reports,
    reportsDir: inputs.reportsDir,
    logger: actionsLogger,
  };
}
