import * as core from '@actions/core';
import { loadComposeFile } from '../config/compose-loader.js';
import { connectDocker } from '../docker/client.js';
import { removeEnvironment } from '../docker/cleanup.js';
import type { EnvironmentInfo } from '../docker/environment-info.js';
import { generateEnvironmentName } from '../docker/environment-name.js';
import { hostVariables } from '../docker/environment-variables.js';
import { upEnvironment } from '../docker/environment.js';
import { collectAndUpload } from '../diagnostics/collect-and-upload.js';
import { errorMessage } from '../errors.js';
import { actionsLogger } from './actions-logger.js';
import { SetupDocker } from './constants.js';
import { JOB_FAILED_VARIABLE } from './job-failure.js';
import type { ActionEntry } from './run-action.js';
import { readSetupDockerInputs } from './setup-docker-inputs.js';

async function main(): Promise<void> {
  const inputs = readSetupDockerInputs();
  const docker = await connectDocker();
  const project = await loadComposeFile(inputs.composeFile, { profiles: inputs.profiles });
  for (const warning of project.warnings) core.warning(warning);
  const environment = inputs.environmentName ?? generateEnvironmentName(project.name);
  // Saved before anything is created, so the post step removes a half-made environment too.
  core.saveState(SetupDocker.state.environment, environment);
  core.saveState(SetupDocker.state.keep, String(inputs.keep));
  core.saveState(SetupDocker.state.collectOnFailure, inputs.collectLogs);
  if (inputs.matrix) core.saveState(SetupDocker.state.matrix, inputs.matrix);

  const info = await upEnvironment({
    docker,
    project,
    name: environment,
    logger: actionsLogger,
    build: inputs.build,
    noCache: inputs.noCache,
    waitOverrides: inputs.wait,
    timeoutMs: inputs.timeoutMs,
  });
  core.setOutput(SetupDocker.outputs.environment, info.name);
  core.setOutput(SetupDocker.outputs.network, info.network);
  core.setOutput(SetupDocker.outputs.services, JSON.stringify(info.services));
  for (const [name, value] of Object.entries(hostVariables(info))) core.exportVariable(name, value);
  await writeServicesSummary(info);
}

async function writeServicesSummary(info: EnvironmentInfo): Promise<void> {
  const rows = Object.entries(info.services).map(([service, address]) => [
    service,
    address.container,
    address.ip,
    Object.entries(address.hostPorts)
      .map(([port, host]) => `${port} → ${host}`)
      .join(', ') || '—',
    address.url ?? '—',
  ]);
  await core.summary
    .addHeading(`Environment ${info.name}`, 3)
    .addTable([
      [
        { data: 'service', header: true },
        { data: 'container', header: true },
        { data: 'IP', header: true },
        { data: 'host ports', header: true },
        { data: 'URL', header: true },
      ],
      ...rows,
    ])
    .write();
}

async function post(): Promise<void> {
  const environment = core.getState(SetupDocker.state.environment);
  if (!environment) return;
  const policy = core.getState(SetupDocker.state.collectOnFailure) || 'on-failure';
  const failed = process.env[JOB_FAILED_VARIABLE] === 'true' || core.getState(JOB_FAILED_VARIABLE) === 'true';
  const docker = await connectDocker();
  if (policy === 'always' || (policy === 'on-failure' && failed)) {
    const collected = await collectAndUpload({
      docker,
      environment,
      matrix: core.getState(SetupDocker.state.matrix) || undefined,
      logger: actionsLogger,
      writeSummary: async (markdown) => {
        await core.summary.addRaw(markdown).write();
      },
    });
    core.info(`diagnostics: ${collected.path}`);
  }
  if (core.getState(SetupDocker.state.keep) === 'true') {
    core.info(`keep: true, environment ${environment} is left running`);
    return;
  }
  await core.group(`Remove environment ${environment}`, async () => {
    try {
      const report = await removeEnvironment(docker, environment, actionsLogger);
      core.info(
        `removed ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
          `${report.volumes.length} volume(s), ${report.images.length} image tag(s)`,
      );
    } catch (error) {
      core.warning(`could not remove environment ${environment}: ${errorMessage(error)}`);
    }
  });
}

export const setupDockerAction: ActionEntry = { main, post };
