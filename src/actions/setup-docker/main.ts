import * as core from '@actions/core';
import { loadComposeFile } from '../../config/compose/index.js';
import { connectDocker } from '../../docker/client.js';
import type { EnvironmentInfo } from '../../docker/environment/index.js';
import { generateEnvironmentName } from '../../docker/environment/index.js';
import { hostVariables } from '../../docker/environment/index.js';
import { upEnvironment } from '../../docker/environment/index.js';
import { actionsLogger, learnComposeSecrets } from '../runner/index.js';
import { SetupDocker } from '../constants.js';
import { writeJobSummary } from '../runner/index.js';
import { table } from '../../shared/format/markdown.js';
import { setupDockerState } from './state.js';
import { readSetupDockerInputs } from './inputs.js';
import { sweepKilledRuns } from './sweep.js';

export async function setupDockerMain(signal: AbortSignal): Promise<void> {
  const inputs = readSetupDockerInputs();
  const docker = await connectDocker();
  const project = await loadComposeFile(inputs.composeFile, { profiles: inputs.profiles });
  learnComposeSecrets(project);
  for (const warning of project.warnings) core.warning(warning);
  const environment = inputs.environmentName ?? generateEnvironmentName(project.name);
  // Saved before anything is created, so the post step removes a half-made environment too.
  setupDockerState.save({
    environment,
    keep: inputs.keep,
    gracefulStop: inputs.gracefulStop,
    collect: inputs.collectLogs,
    matrix: inputs.matrix,
  });
  await sweepKilledRuns(docker);

  const info = await upEnvironment({
    docker,
    project,
    name: environment,
    logger: actionsLogger,
    build: inputs.build,
    noCache: inputs.noCache,
    waitOverrides: inputs.wait,
    timeoutMs: inputs.timeoutMs,
    signal,
  });
  core.setOutput(SetupDocker.outputs.environment, info.name);
  core.setOutput(SetupDocker.outputs.network, info.network);
  core.setOutput(SetupDocker.outputs.services, JSON.stringify(info.services));
  for (const [name, value] of Object.entries(hostVariables(info))) core.exportVariable(name, value);
  await writeJobSummary(servicesMarkdown(info));
}

function servicesMarkdown(info: EnvironmentInfo): string {
  const rows = Object.entries(info.services).map(([service, address]) => [
    service,
    address.container,
    address.ip,
    Object.entries(address.hostPorts)
      .map(([port, host]) => `${port} → ${host}`)
      .join(', '),
    address.url,
  ]);
  return [
    `### Environment ${info.name}`,
    '',
    table(['service', 'container', 'IP', 'host ports', 'URL'], rows),
    '',
  ].join('\n');
}
