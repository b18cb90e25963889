import path from 'node:path';
import type { EnvironmentInfo } from '../../docker/environment/index.js';
import type { TestRunResult } from '../../docker/test-container/index.js';
import { buildConfigImages, runConfigTests, type ConfigTests } from '../../pipeline/index.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import type { CliContext } from '../context.js';
import { readState, workFolder } from './state-file.js';

/** Builds the config's images and runs the tests once in `info`; says how they ended. */
export async function runTestsIn(
  context: CliContext,
  info: EnvironmentInfo,
  tests: ConfigTests,
): Promise<TestRunResult> {
  const { config, docker, logger, options, signal } = context;
  const images = await buildConfigImages(docker, config, {
    environment: info.name,
    noCache: options.noCache,
    logger,
    signal,
  });
  const result = await runConfigTests(docker, {
    tests,
    environment: info,
    images,
    reportsDir: path.join(workFolder(config.file), 'reports', info.name),
    signal,
    logger,
  });
  logger.info(
    `tests ${result.result} (exit code ${result.exitCode}) in ${formatDuration(result.durationMs)}`,
  );
  for (const report of result.reports) logger.info(`report: ${report}`);
  return result;
}

/** The environment `inception up` started here, if it still runs. */
export async function upEnvironmentHere(context: CliContext): Promise<EnvironmentInfo | undefined> {
  const state = await readState(context.config.file);
  return state?.info && (await environmentRunning(context, state.info.name)) ? state.info : undefined;
}

async function environmentRunning(context: CliContext, environment: string): Promise<boolean> {
  try {
    await context.docker.getNetwork(environment).inspect();
    return true;
  } catch {
    return false;
  }
}
