import * as core from '@actions/core';
import { collectAndUpload } from '../../diagnostics/collect-and-upload.js';
import { connectDocker } from '../../docker/client.js';
import { removeEnvironment } from '../../docker/environment/index.js';
import { actionsLogger, collectThenTearDown, writeJobSummary } from '../runner/index.js';
import { pipelineState } from './state.js';

/** Diagnostics of the environment when the job failed (the test step's output and reports among them),
 * then removal of everything labelled with it: containers, network, volumes, the images it built. */
export async function pipelinePost(): Promise<void> {
  const state = pipelineState.read();
  const environment = state?.environment;
  if (!environment) return;
  const docker = await connectDocker();
  await collectThenTearDown({
    subject: `environment ${environment}`,
    collect: state.collect ?? 'on-failure',
    keep: state.keep ?? false,
    collectDiagnostics: async () => {
      const collected = await collectAndUpload({
        docker,
        environment,
        matrix: state.matrix,
        logger: actionsLogger,
        writeSummary: writeJobSummary,
      });
      core.info(`diagnostics: ${collected.path}`);
    },
    tearDown: async () => {
      const report = await removeEnvironment(docker, environment, actionsLogger);
      core.info(
        `removed ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
          `${report.volumes.length} volume(s), ${report.images.length} image tag(s)`,
      );
    },
  });
}
