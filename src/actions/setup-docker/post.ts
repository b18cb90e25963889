import * as core from '@actions/core';
import { collectAndUpload } from '../../diagnostics/collect-and-upload.js';
import { connectDocker } from '../../docker/client.js';
import { removeEnvironment } from '../../docker/environment/index.js';
import { actionsLogger, collectThenTearDown, stepSecrets, writeJobSummary } from '../runner/index.js';
import { setupDockerState, type SetupDockerState } from './state.js';

export async function setupDockerPost(): Promise<void> {
  await environmentPost(setupDockerState.read());
}

/**
 * The post step of an action that brought up an environment (setup-docker, the root action): its
 * diagnostics when the job failed, then everything labelled with it goes unless `keep`.
 */
export async function environmentPost(state: Partial<SetupDockerState> | undefined): Promise<void> {
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
        redactor: stepSecrets,
      });
      core.info(`diagnostics: ${collected.path}`);
    },
    tearDown: async () => {
      const report = await removeEnvironment(docker, environment, actionsLogger, {
        graceful: state.gracefulStop ?? false,
      });
      core.info(
        `removed ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
          `${report.volumes.length} volume(s), ${report.images.length} image tag(s)`,
      );
    },
  });
}
