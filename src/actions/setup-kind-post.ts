import * as core from '@actions/core';
import { collectAndUpload, type CollectAndUploadOptions } from '../diagnostics/collect-and-upload.js';
import { connectDocker } from '../docker/client.js';
import { errorMessage } from '../errors.js';
import { deleteKindCluster } from '../kube/kind-cluster.js';
import { actionsLogger } from './actions-logger.js';
import { SetupKind } from './constants.js';
import { JOB_FAILED_VARIABLE } from './job-failure.js';

const { state } = SetupKind;

/**
 * The post step, which the runner also runs after a cancellation: diagnostics first when the job failed
 * (or setup-kind itself never finished, as when it was cancelled), then the cluster goes unless `keep`.
 */
export async function setupKindPost(): Promise<void> {
  const cluster = core.getState(state.cluster);
  if (!cluster) return;
  const kubeconfig = core.getState(state.kubeconfig);
  const policy = core.getState(state.collectOnFailure) || 'on-failure';
  const failed =
    process.env[JOB_FAILED_VARIABLE] === 'true' ||
    core.getState(JOB_FAILED_VARIABLE) === 'true' ||
    core.getState(state.mainFinished) !== 'true';
  const docker = await connectDocker();
  if (policy === 'always' || (policy === 'on-failure' && failed)) {
    await collectClusterDiagnostics(cluster, kubeconfig);
  }
  if (core.getState(state.keep) === 'true') {
    core.info(`keep: true, kind cluster ${cluster} is left running (kubeconfig ${kubeconfig})`);
    return;
  }
  const kind = core.getState(state.kind) || 'kind';
  await core.group(`Delete kind cluster ${cluster}`, async () => {
    const started = Date.now();
    try {
      await deleteKindCluster({ docker, kind, name: cluster, kubeconfig, logger: actionsLogger });
      core.info(`deleted in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    } catch (error) {
      core.warning(`could not delete kind cluster ${cluster}: ${errorMessage(error)}`);
    }
  });
}

/** Options of collectAndUpload plus the Kubernetes part another change adds to it. */
type ClusterCollectOptions = CollectAndUploadOptions & {
  kubernetes?: { kubeconfig: string; kindCluster: string };
};

async function collectClusterDiagnostics(cluster: string, kubeconfig: string): Promise<void> {
  const options: ClusterCollectOptions = {
    logger: actionsLogger,
    // Docker diagnostics belong to setup-docker's post step; here only the cluster is collected.
    collectDocker: false,
    // PENDING (issue 4 / diagnostics): collectAndUpload does not read `kubernetes` yet; once the
    // Kubernetes collector lands this call collects the cluster with no change here.
    kubernetes: { kubeconfig, kindCluster: cluster },
    matrix: core.getState(state.matrix) || undefined,
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown).write();
    },
  };
  const collected = await collectAndUpload(options);
  core.info(`diagnostics: ${collected.path}`);
}
