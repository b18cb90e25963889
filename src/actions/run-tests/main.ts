import * as core from '@actions/core';
import type Docker from 'dockerode';
import { connectDocker } from '../../docker/client.js';
import { labelFilter } from '../../shared/identity/labels.js';
import { runTestContainer } from '../../docker/test-container/index.js';
import path from 'node:path';
import {
  finishedTestRun,
  startedTestRun,
  testRunDir,
  testSummaryMarkdown,
  writeTestRunRecord,
} from '../../report/index.js';
import { actionsLogger, learnVariables, stepSecrets } from '../runner/index.js';
import { failureMessage } from './failure.js';
import { readRunTestsInputs } from './inputs.js';
import { setRunOutputs } from './outputs.js';
import { runTestsState } from './state.js';
import { writeJobSummary } from '../runner/index.js';
import { selectionLabel, selectsNothing } from '../../shard/index.js';
import { passEmptySelection } from './empty-selection.js';
import { keepReportsForRerun, stepSelection } from './selection.js';

/** `mode: container`: the tests in a container, on the environment's network when there is one. */
export async function runTestsContainerMain(signal: AbortSignal): Promise<void> {
  const inputs = readRunTestsInputs();
  learnVariables(inputs.env);
  const selection = await stepSelection(inputs.sharding);
  if (selection && selectsNothing(selection)) return passEmptySelection(selection, inputs.name);
  if (selection)
    actionsLogger.info(`Running ${selectionLabel(selection)}: ${selection.files?.length} file(s)`);
  const docker = await connectDocker();
  const network =
    inputs.network ??
    (inputs.environment ? await environmentNetwork(docker, inputs.environment.name) : undefined);
  const record = startedTestRun({
    name: inputs.name,
    mode: 'container',
    image: inputs.image,
    logFile: path.join(testRunDir(inputs.name), 'log.txt'),
  });
  // Written before the container exists: a step killed mid-run still tells the diagnostics what ran,
  // and the post step removes the container.
  await writeTestRunRecord(record);
  runTestsState.save({ container: inputs.name });
  const result = await runTestContainer(docker, {
    image: inputs.image,
    command: inputs.command,
    env: inputs.env,
    network,
    ...(inputs.environment ? { environment: { ...inputs.environment, network: network ?? '' } } : {}),
    reportsGlob: inputs.reports,
    reportsDir: inputs.reportsDir,
    timeoutMs: inputs.timeoutMs,
    name: inputs.name,
    workingDir: inputs.workingDirectory,
    logFile: record.logFile,
    ...(selection ? { selection, appendSelectedFiles: inputs.sharding.appendShardFiles } : {}),
    redactor: stepSecrets,
    signal,
    logger: actionsLogger,
  });
  await writeTestRunRecord(finishedTestRun(record, result));
  await keepReportsForRerun(inputs.sharding, result.reports, inputs.reportsDir);

  setRunOutputs(result);
  await writeJobSummary(
    testSummaryMarkdown({
      title: selection ? `${inputs.name} (${selectionLabel(selection)})` : inputs.name,
      result: result.result,
      exitCode: result.exitCode,
      durationMs: result.durationMs,
      timeoutMs: inputs.timeoutMs,
      summary: result.summary,
      reportsPattern: inputs.reports,
    }),
  );
  if (result.result !== 'passed') core.setFailed(failureMessage(result));
}

/** When only the environment is named, its network is the one labelled with it. */
async function environmentNetwork(docker: Docker, environment: string): Promise<string | undefined> {
  const networks = await docker.listNetworks({ filters: labelFilter(environment) });
  return networks[0]?.Name;
}
