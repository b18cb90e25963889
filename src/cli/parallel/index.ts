import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { cancellationOf } from '../../shared/cancellation/cancel-on-signal.js';
import { mapWithConcurrency } from '../../shared/async/concurrency.js';
import type { CliContext } from '../context.js';
import { workFolder } from '../project/state-file.js';
import { writeParallelReport, resultRows } from './parallel-report.js';
import { runSuite } from './run-suite.js';
import { suiteBoard } from './suite-board.js';
import { suiteLogger } from './suite-logger.js';
import { prefixedOutput } from './suite-output.js';
import { suiteRuns } from './suite-settings.js';

/** --max-parallel: a whole number of at least 1; absent, every suite at once. */
export function maxParallel(value: string | undefined, suites: number): number {
  if (value === undefined) return suites;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new ConfigurationError(`--max-parallel ${value}: give how many suites may run at once, e.g. 2.`);
  }
  return limit;
}

/** `inception test --parallel [suite...]`: every suite in an environment of its own, at once, then one
 * result table and one report folder; exit 1 when any suite did not pass. */
export async function testInParallel(context: CliContext): Promise<number> {
  const { config, logger, options, signal } = context;
  if (config.cluster) {
    throw new ConfigurationError(
      `--parallel runs suites in Docker environments; ${config.file} has a cluster: section: run \`inception test\` there.`,
    );
  }
  const runs = suiteRuns(config, options);
  const limit = maxParallel(options.maxParallel, runs.length);
  const base = path.dirname(config.file);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const folder = path.join(workFolder(config.file), 'reports', `parallel-${stamp}`);
  await mkdir(folder, { recursive: true });
  const names = runs.map((run) => run.name);
  logger.info(
    `running ${names.join(', ')} (${runs.length === limit ? 'all at once' : `at most ${limit} at once`}), ` +
      `each in an environment of its own`,
  );
  const stream = process.stderr;
  const output = stream.isTTY ? suiteBoard(stream, names) : prefixedOutput(stream, names);
  const outcomes = await mapWithConcurrency(runs, limit, async (run) => {
    const outcome = await runSuite(context, run, folder, suiteLogger(run.name, output, options.verbose));
    output.finish(run.name, outcome.result);
    return outcome;
  }).finally(() => output.close());
  await writeParallelReport(folder, outcomes, logger);
  for (const line of resultRows(outcomes, base)) logger.info(line);
  logger.info(`reports: ${path.relative(base, folder) || folder}/ (junit.xml over every suite, summary.md)`);
  const kept = outcomes.filter((outcome) => outcome.kept).map((outcome) => outcome.environment);
  if (kept.length > 0)
    logger.info(
      `kept running (--keep): ${kept.join(', ')}; \`inception down --name <environment>\` removes one, ` +
        '`inception down --all` every one of them',
    );
  if (signal.aborted) throw cancellationOf(signal);
  return outcomes.every((outcome) => outcome.result === 'passed') ? 0 : 1;
}
