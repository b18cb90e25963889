import { fencedBlock, table } from '../shared/format/markdown.js';
import { formatDuration } from '../shared/format/format-duration.js';
import type { JUnitFailure, JUnitSummary } from './junit.js';

export type TestResult = 'passed' | 'failed' | 'timed-out' | 'cancelled';

export interface TestSummaryInput {
  /** Names the run in the heading, e.g. the test container or shard. */
  title?: string;
  result: TestResult;
  exitCode: number | null;
  durationMs: number;
  timeoutMs?: number;
  summary?: JUnitSummary;
  /** Where reports were looked for, named when none was found. */
  reportsPattern?: string;
}

/** Failures listed one by one; more are counted, not listed. */
const LISTED_FAILURES = 50;
/** Above this many failures, or this much failure text, the list folds into <details>. */
const UNFOLDED_FAILURES = 10;
const UNFOLDED_TEXT = 3000;

/** Markdown for the job summary: result line, counts table, failing tests with their messages. */
export function testSummaryMarkdown(input: TestSummaryInput): string {
  const lines = [`### ${headline(input)}`, ''];
  const { summary } = input;
  if (summary) {
    lines.push(
      table(
        ['Passed', 'Failed', 'Errored', 'Skipped', 'Total', 'Time'],
        [
          [
            summary.passed,
            summary.failed,
            summary.errored,
            summary.skipped,
            summary.tests,
            formatDuration(summary.timeMs),
          ],
        ],
        Array(6).fill('right'),
      ),
      '',
    );
    if (summary.failures.length > 0) lines.push(...failureList(summary.failures), '');
  } else {
    const where = input.reportsPattern ? ` (looked for \`${input.reportsPattern}\`)` : '';
    lines.push(`No JUnit report was found${where}.`, '');
  }
  return `${lines.join('\n')}\n`;
}

function headline(input: TestSummaryInput): string {
  const subject = input.title ? `Tests ${escapeInline(input.title)}` : 'Tests';
  const took = formatDuration(input.durationMs);
  if (input.result === 'passed') return `✅ ${subject} passed in ${took}`;
  if (input.result === 'cancelled') return `🚫 ${subject} cancelled after ${took}`;
  if (input.result === 'timed-out') {
    const limit = input.timeoutMs === undefined ? '' : ` (timeout ${formatDuration(input.timeoutMs)})`;
    return `⏱️ ${subject} timed out after ${took}${limit}`;
  }
  const code = input.exitCode === null ? '' : ` with exit code ${input.exitCode}`;
  return `❌ ${subject} failed${code} after ${took}`;
}

function failureList(failures: JUnitFailure[]): string[] {
  const listed = failures.slice(0, LISTED_FAILURES);
  const items = listed.map((failure) => {
    const name = escapeInline(failureName(failure));
    const head = `- **${name}**${failure.kind === 'error' ? ' (error)' : ''}: ${escapeInline(failure.message)}`;
    if (!failure.details || failure.details === failure.message) return head;
    return [
      head,
      '  <details><summary>output</summary>',
      '',
      indent(fencedBlock(failure.details)),
      '',
      '  </details>',
    ].join('\n');
  });
  if (failures.length > listed.length) items.push(`- … and ${failures.length - listed.length} more`);
  const title = `${failures.length} failing test${failures.length === 1 ? '' : 's'}`;
  const text = listed.reduce(
    (sum, failure) => sum + failure.message.length + (failure.details?.length ?? 0),
    0,
  );
  if (failures.length <= UNFOLDED_FAILURES && text <= UNFOLDED_TEXT) return [`**${title}**`, '', ...items];
  return [`<details><summary><b>${title}</b></summary>`, '', ...items, '', '</details>'];
}

export function failureName(failure: JUnitFailure): string {
  const scope = failure.classname || failure.suite;
  return scope && !failure.name.startsWith(scope) ? `${scope} › ${failure.name}` : failure.name;
}

function escapeInline(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
