import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { generateEnvironmentName, removeEnvironment } from '../../docker/environment/index.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { buildConfigImages, runConfigTests } from '../../pipeline/index.js';
import type { JUnitSummary, TestResult } from '../../report/index.js';
import type { CliContext } from '../context.js';
import { bringUp, saveDiagnostics } from '../commands/up.js';
import { workFolder } from '../project/state-file.js';
import type { SuiteRun } from './suite-settings.js';

export interface SuiteOutcome {
  name: string;
  /** `error`: the environment or the images failed before the tests ran. */
  result: TestResult | 'error';
  exitCode: number | null;
  durationMs: number;
  environment: string;
  /** This suite's folder in the run's report folder: its JUnit reports and output.log. */
  folder: string;
  reports: string[];
  summary?: JUnitSummary;
  diagnostics?: string;
  /** Why it ended in `error`. */
  message?: string;
  /** Left running (--keep), for a look at what the tests ran against. */
  kept?: boolean;
}

/** One suite in an environment of its own: up, images, tests, diagnostics on failure; the environment is
 * removed afterwards, unless --keep (and then still when cancelled). A failure is an outcome, never an
 * exception. */
export async function runSuite(
  context: CliContext,
  run: SuiteRun,
  runFolder: string,
  logger: Logger,
): Promise<SuiteOutcome> {
  const { config, docker, signal } = context;
  const project = path.basename(path.dirname(config.compose));
  const environment = generateEnvironmentName(`${project}-${run.name}`);
  const folder = path.join(runFolder, run.name);
  const started = Date.now();
  const outcome = (fields: Partial<SuiteOutcome> & Pick<SuiteOutcome, 'result'>): SuiteOutcome => ({
    name: run.name,
    exitCode: null,
    durationMs: Date.now() - started,
    environment,
    folder,
    reports: [],
    ...fields,
  });
  if (signal.aborted) return outcome({ result: 'cancelled' });
  const suite: CliContext = {
    ...context,
    logger,
    options: { ...context.options, name: environment, keep: false },
  };
  let created = false;
  const keep = () => created && context.options.keep && !signal.aborted;
  try {
    await mkdir(folder, { recursive: true });
    const info = await bringUp(suite);
    created = true;
    const images = await buildConfigImages(docker, config, {
      environment,
      noCache: context.options.noCache,
      logger,
      signal,
    });
    const result = await runConfigTests(docker, {
      tests: run.tests,
      environment: info,
      images,
      reportsDir: folder,
      logFile: path.join(folder, 'output.log'),
      signal,
      logger,
    });
    const ended = outcome({
      ...(keep() ? { kept: true } : {}),
      result: result.result,
      exitCode: result.exitCode,
      reports: result.reports,
      ...(result.summary ? { summary: result.summary } : {}),
    });
    if (result.result === 'passed') return ended;
    const why = result.result === 'cancelled' ? 'while the tests ran' : undefined;
    return { ...ended, diagnostics: await saveDiagnostics(suite, environment, why) };
  } catch (error) {
    if (signal.aborted) return outcome({ result: 'cancelled' });
    logger.error(errorMessage(error));
    // bringUp saved the diagnostics of a failed start and removed it; a failed build leaves them to us.
    const startFailure = path.join(workFolder(config.file), 'diagnostics', environment);
    const diagnostics = created
      ? await saveDiagnostics(suite, environment)
      : existsSync(startFailure)
        ? startFailure
        : undefined;
    return outcome({
      ...(keep() ? { kept: true } : {}),
      result: 'error',
      message: errorMessage(error),
      ...(diagnostics ? { diagnostics } : {}),
    });
  } finally {
    if (created && !keep()) await removeEnvironment(docker, environment, logger);
  }
}
