import path from 'node:path';
import * as core from '@actions/core';
import { loadInceptionConfig } from '../../config/inception/index.js';
import { connectDocker } from '../../docker/client.js';
import { hostVariables } from '../../docker/environment/index.js';
import {
  bringUpEnvironment,
  buildConfigImages,
  configTestImage,
  configTestName,
  requireTests,
  runConfigTests,
} from '../../pipeline/index.js';
import {
  finishedTestRun,
  startedTestRun,
  testRunDir,
  testSummaryMarkdown,
  writeTestRunRecord,
} from '../../report/index.js';
import {
  actionsLogger,
  learnComposeSecrets,
  learnVariables,
  stepSecrets,
  writeJobSummary,
} from '../runner/index.js';
import { Pipeline } from '../constants.js';
import { checkConfigPaths, readPipelineInputs } from './inputs.js';
import { pipelineState } from './state.js';

/** The root action: inception.yml's environment, images and tests in one step; its post step collects
 * diagnostics when the job failed and removes the environment. */
export async function pipelineMain(signal: AbortSignal): Promise<void> {
  const inputs = readPipelineInputs();
  learnVariables(inputs.env);
  const config = await loadInceptionConfig(inputs.config);
  checkConfigPaths(config);
  learnVariables(config.tests?.env ?? {});
  const tests = requireTests(config);
  const docker = await connectDocker();
  const environment = await bringUpEnvironment({
    docker,
    config,
    logger: actionsLogger,
    name: inputs.environmentName,
    build: inputs.build,
    noCache: inputs.noCache,
    onProject: learnComposeSecrets,
    signal,
    onName: (name) => {
      // Saved before anything is created, so the post step removes a half-made environment too.
      pipelineState.save({
        environment: name,
        keep: inputs.keep,
        collect: inputs.collectLogs,
        matrix: inputs.matrix,
      });
      core.setOutput(Pipeline.outputs.environment, name);
    },
  });
  core.setOutput(Pipeline.outputs.services, JSON.stringify(environment.services));
  // Later steps (a user's own, collect-logs) reach the services and find the environment as after setup-docker.
  for (const [name, value] of Object.entries(hostVariables(environment))) core.exportVariable(name, value);

  const images = await buildConfigImages(docker, config, {
    environment: environment.name,
    noCache: inputs.noCache,
    logger: actionsLogger,
    signal,
  });
  const name = configTestName(environment);
  const record = startedTestRun({
    name,
    mode: 'container',
    image: configTestImage(tests, images),
    logFile: path.join(testRunDir(name), 'log.txt'),
  });
  // Written before the container exists: a step killed mid-run still tells the diagnostics what ran.
  await writeTestRunRecord(record);
  const result = await runConfigTests(docker, {
    tests,
    environment,
    images,
    env: inputs.env,
    reportsDir: inputs.reportsDir,
    logFile: record.logFile,
    redactor: stepSecrets,
    signal,
    logger: actionsLogger,
  });
  await writeTestRunRecord(finishedTestRun(record, result));

  core.setOutput(Pipeline.outputs.result, result.result);
  core.setOutput(Pipeline.outputs.exitCode, result.exitCode === null ? '' : String(result.exitCode));
  core.setOutput(Pipeline.outputs.reports, JSON.stringify(result.reports));
  await writeJobSummary(
    testSummaryMarkdown({
      title: `${name} (${path.relative(process.env.GITHUB_WORKSPACE || process.cwd(), config.file)})`,
      result: result.result,
      exitCode: result.exitCode,
      durationMs: result.durationMs,
      timeoutMs: tests.timeoutMs,
      summary: result.summary,
      reportsPattern: tests.reports,
    }),
  );
  if (result.result !== 'passed') core.setFailed(result.message);
}
