import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { combineJUnitReports, mergeSummaries } from '../../report/index.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import { table } from '../../shared/format/markdown.js';
import { formatTable } from '../services/print-services.js';
import type { SuiteOutcome } from './run-suite.js';

function counts(outcome: SuiteOutcome): string[] {
  const summary = outcome.summary;
  if (!summary) return ['-', '-', '-'];
  return [summary.passed, summary.failed + summary.errored, summary.skipped].map(String);
}

/** Where to look next: the diagnostics of a failed suite, else its output. */
function where(outcome: SuiteOutcome, base: string): string {
  const target = outcome.diagnostics ?? path.join(outcome.folder, 'output.log');
  return path.relative(base, target) || target;
}

/** The result of every suite, one row each, and the totals: what the terminal shows at the end. */
export function resultRows(outcomes: SuiteOutcome[], base: string): string[] {
  const total = mergeSummaries(outcomes.flatMap((outcome) => (outcome.summary ? [outcome.summary] : [])));
  const failed = outcomes.filter((outcome) => outcome.result !== 'passed').length;
  return formatTable([
    ['SUITE', 'RESULT', 'EXIT', 'PASSED', 'FAILED', 'SKIPPED', 'TIME', 'SEE'],
    ...outcomes.map((outcome) => [
      outcome.name,
      outcome.result,
      outcome.exitCode === null ? '-' : String(outcome.exitCode),
      ...counts(outcome),
      formatDuration(outcome.durationMs),
      where(outcome, base),
    ]),
    [
      'all',
      failed === 0 ? 'passed' : `${failed} of ${outcomes.length} failed`,
      '',
      String(total.passed),
      String(total.failed + total.errored),
      String(total.skipped),
      '',
      '',
    ],
  ]);
}

/** The run's report folder: each suite's reports in its own folder (written by the runs), and beside them
 * junit.xml over all of them and summary.md, the table. Returns junit.xml's path. */
export async function writeParallelReport(
  folder: string,
  outcomes: SuiteOutcome[],
  logger: Logger,
): Promise<string> {
  const reports: { run: string; xml: string }[] = [];
  for (const outcome of outcomes) {
    for (const report of outcome.reports) {
      try {
        reports.push({ run: outcome.name, xml: await readFile(report, 'utf8') });
      } catch (error) {
        logger.warn(`report ${report} of suite ${outcome.name} was not read: ${errorMessage(error)}`);
      }
    }
  }
  const junit = path.join(folder, 'junit.xml');
  await writeFile(junit, combineJUnitReports(reports));
  const rows = outcomes.map((outcome) => [
    outcome.name,
    outcome.result,
    outcome.exitCode ?? '',
    ...counts(outcome),
    formatDuration(outcome.durationMs),
  ]);
  const markdown = table(['Suite', 'Result', 'Exit', 'Passed', 'Failed', 'Skipped', 'Time'], rows);
  await writeFile(path.join(folder, 'summary.md'), `# Suites\n\n${markdown}\n`);
  return junit;
}
