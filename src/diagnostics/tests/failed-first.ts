import { failureName } from '../../report/index.js';
import type { TestRunDiagnostics } from './collect.js';

/** Failing tests named one by one; the run's record and reports hold the rest. */
const LISTED_FAILURES = 20;

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

function runSentence(run: TestRunDiagnostics): string {
  const where =
    run.mode === 'cluster' && run.namespace ? ` (Job ${run.namespace}/${run.jobName ?? '?'})` : '';
  const code = run.exitCode === null ? '' : `, exit code ${run.exitCode}`;
  return `test step **${run.name}**${where} ${run.result}${code}: ${oneLine(run.message)}`;
}

/**
 * The top of index.md and of the job summary, in the order a person asks: did the run get cancelled,
 * which test step failed and with which tests, then which service or pod failed (the collectors' lines).
 */
export function failedFirstLines(
  runs: readonly TestRunDiagnostics[],
  serviceFailures: readonly string[],
): string[] {
  const failed = runs.filter((run) => run.result !== 'passed');
  if (failed.length === 0 && serviceFailures.length === 0) return [];
  const lines = ['## What failed first', ''];
  if (runs.some((run) => run.interrupted)) lines.push('**The run was cancelled** while tests ran.', '');
  for (const run of failed) {
    lines.push(`- ${runSentence(run)}`);
    for (const failure of run.failures.slice(0, LISTED_FAILURES)) {
      lines.push(`  - \`${oneLine(failureName(failure))}\`: ${oneLine(failure.message)}`);
    }
    if (run.failureCount > LISTED_FAILURES)
      lines.push(`  - … and ${run.failureCount - LISTED_FAILURES} more`);
    const log = run.files.find((file) => file.endsWith('/log.txt'));
    const reports = run.files.filter((file) => file.includes('/reports/'));
    const links = [
      ...(log ? [`[full log](${log})`] : []),
      ...reports.map((file) => `[${file.slice(file.lastIndexOf('/') + 1)}](${file})`),
    ];
    if (links.length > 0) lines.push(`  - ${links.join(', ')}`);
  }
  for (const sentence of serviceFailures) lines.push(`- ${sentence}`);
  lines.push('');
  return lines;
}
