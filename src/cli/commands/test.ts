import path from 'node:path';
import { removeEnvironment } from '../../docker/environment/index.js';
import type { EnvironmentInfo } from '../../docker/environment/index.js';
import { buildConfigImages, requireTests, runConfigTests } from '../../pipeline/index.js';
import { cancellationOf } from '../../shared/cancel-on-signal.js';
import { formatDuration } from '../../shared/format-duration.js';
import type { CliContext } from '../context.js';
import { readState, workFolder } from '../state-file.js';
import { bringUp, saveDiagnostics } from './up.js';

/** Runs the tests in the environment `inception up` started, or in a fresh one that is removed after. */
export async function testCommand(context: CliContext): Promise<number> {
  const { config, docker, logger, options, signal } = context;
  const tests = requireTests(config);
  const state = await readState(config.file);
  const reused = state?.info && (await environmentRunning(context, state.info.name)) ? state.info : undefined;
  const info: EnvironmentInfo = reused ?? (await bringUp(context));
  try {
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
    if (result.result === 'cancelled') throw cancellationOf(signal);
    if (result.result !== 'passed') {
      await saveDiagnostics(context, info.name);
      return result.exitCode && result.exitCode > 0 ? result.exitCode : 1;
    }
    return 0;
  } catch (error) {
    if (!signal.aborted) throw error;
    await saveDiagnostics(context, info.name, 'while the tests ran');
    throw cancellationOf(signal);
  } finally {
    if (!reused && !options.keep) {
      await logger.group(`Remove ${info.name}`, () => removeEnvironment(docker, info.name, logger));
    }
  }
}

async function environmentRunning(context: CliContext, environment: string): Promise<boolean> {
  try {
    await context.docker.getNetwork(environment).inspect();
    return true;
  } catch {
    return false;
  }
}
