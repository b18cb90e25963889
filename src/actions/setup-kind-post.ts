import * as core from '@actions/core';
import { collectAndUpload } from '../diagnostics/collect-and-upload.js';
import { connectDocker } from '../docker/client.js';
import { errorMessage } from '../errors.js';
import { deleteKindCluster } from '../kube/kind-cluster.js';
import { formatDuration } from '../report/format-duration.js';
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
  const kind = core.getState(state.kind) || 'kind';
  const docker = await connectDocker();
  if (policy === 'always' || (policy === 'on-failure' && failed)) {
    await collectClusterDiagnostics(cluster, kubeconfig, kind);
  }
  if (core.getState(state.keep) === 'true') {
    core.info(`keep: true, kind cluster ${cluster} is left running (kubeconfig ${kubeconfig})`);
    return;
  }
  await core.group(`Delete kind cluster ${cluster}`, async () => {
    const started = Date.now();
    try {
      await deleteKindCluster({ docker, kind, name: cluster, kubeconfig, logger: actionsLogger });
      core.info(`deleted in ${formatDuration(Date.now() - started)}`);
    } catch (error) {
      core.warning(`could not delete kind cluster ${cluster}: ${errorMessage(error)}`);
    }
  });
}

async function collectClusterDiagnostics(cluster: string, kubeconfig: string, kind: string): Promise<void> {
  const collected = await collectAndUpload({
    logger: actionsLogger,
    // Docker diagnostics belong to setup-docker's post step; here only the cluster is collected.
    collectDocker: false,
    kubernetes: {
      kubeconfig,
      kindCluster: cluster,
      kindBinary: kind,
      // The cluster lives only for this job, so all of it is the job's; kube-system says why nodes or
      // CoreDNS did not come up.
      namespaces: ['all', 'kube-system'],
    },
    matrix: core.getState(state.matrix) || undefined,
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown).write();
    },
  });
  core.info(`diagnostics: ${collected.path}`);
}
