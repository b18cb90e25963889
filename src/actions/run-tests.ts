import * as core from '@actions/core';
import type Docker from 'dockerode';
import { connectDocker } from '../docker/client.js';
import { labelFilter } from '../docker/labels.js';
import { runTestContainer } from '../docker/test-container.js';
import { testSummaryMarkdown } from '../report/test-summary.js';
import { actionsLogger } from './actions-logger.js';
import { runTestsClusterMain, runTestsClusterPost } from './run-tests-cluster.js';
import { failureMessage } from './run-tests-failure.js';
import { readRunTestsInputs, readRunTestsMode } from './run-tests-inputs.js';
import { setRunOutputs } from './run-tests-outputs.js';
import type { ActionEntry } from './run-action.js';

export async function runTestsMain(): Promise<void> {
  if (readRunTestsMode() === 'cluster') return runTestsClusterMain();
  const inputs = readRunTestsInputs();
  const docker = await connectDocker();
  const network =
    inputs.network ??
    (inputs.environment ? await environmentNetwork(docker, inputs.environment.name) : undefined);
  const result = await runTestContainer(docker, {
    image: inputs.image,
    ...(inputs.command ? { command: inputs.command } : {}),
    env: inputs.env,
    ...(network ? { network } : {}),
    ...(inputs.environment ? { environment: { ...inputs.environment, network: network ?? '' } } : {}),
    reportsGlob: inputs.reports,
    reportsDir: inputs.reportsDir,
    timeoutMs: inputs.timeoutMs,
    name: inputs.name,
    ...(inputs.workingDirectory ? { workingDir: inputs.workingDirectory } : {}),
    logger: actionsLogger,
  });

  setRunOutputs(result);
  if (process.env.GITHUB_STEP_SUMMARY) {
    const markdown = testSummaryMarkdown({
      title: inputs.name,
      result: result.result,
      exitCode: result.exitCode,
      durationMs: result.durationMs,
      timeoutMs: inputs.timeoutMs,
      ...(result.summary ? { summary: result.summary } : {}),
      reportsPattern: inputs.reports,
    });
    await core.summary.addRaw(markdown).write();
  }
  if (result.result !== 'passed') core.setFailed(failureMessage(result));
}

/** When only the environment is named, its network is the one labelled with it. */
async function environmentNetwork(docker: Docker, environment: string): Promise<string | undefined> {
  const networks = await docker.listNetworks({ filters: labelFilter(environment) });
  return networks[0]?.Name;
}

export const runTestsAction: ActionEntry = { main: runTestsMain, post: runTestsClusterPost };
