import * as core from '@actions/core';
import { collectAndUpload } from '../../diagnostics/collect-and-upload.js';
import { connectDocker } from '../../docker/client.js';
import { deleteKindCluster } from '../../kube/kind/index.js';
import { actionsLogger } from '../runner/index.js';
import { stepSecrets, writeJobSummary } from '../runner/index.js';
import { collectThenTearDown } from '../runner/index.js';
import { setupKindState } from './state.js';

/**
 * The post step, which the runner also runs after a cancellation: diagnostics first when the job failed
 * (or setup-kind itself never finished, as when it was cancelled), then the cluster goes unless `keep`.
 */
export async function setupKindPost(): Promise<void> {
  const state = setupKindState.read();
  const cluster = state?.cluster;
  if (!cluster) return;
  const kubeconfig = state.kubeconfig ?? '';
  const kind = state.kind ?? 'kind';
  await collectThenTearDown({
    subject: `kind cluster ${cluster}`,
    verb: 'Delete',
    collect: state.collect ?? 'on-failure',
    keep: state.keep ?? false,
    collectDiagnostics: async () => {
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
        matrix: state.matrix,
        // setup-docker's post step may upload in the same job, under the plain name.
        artifactPrefix: 'inception-diagnostics-cluster',
        writeSummary: writeJobSummary,
        redactor: stepSecrets,
      });
      core.info(`diagnostics: ${collected.path}`);
    },
    tearDown: async () => {
      const docker = await connectDocker();
      await deleteKindCluster({ docker, kind, name: cluster, kubeconfig, logger: actionsLogger });
    },
  });
}
