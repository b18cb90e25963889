import type { TestResult } from '../../report/index.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import type { SuiteOutput } from './suite-output.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const REDRAW_MS = 120;
const MARKS: Record<TestResult | 'error', string> = {
  passed: '✓',
  failed: '✗',
  'timed-out': '✗',
  cancelled: '-',
  error: '✗',
};

interface SuiteLine {
  step?: string;
  latest: string;
  /** When its first step began: a suite waiting for a free slot (--max-parallel) shows no time yet. */
  started?: number;
  ended?: { result: TestResult | 'error'; at: number };
}

/**
 * On a terminal: one live line per suite at the bottom (its step, its latest message, its time so far),
 * redrawn in place; warnings, errors and finished steps print above it. The tests' output is not shown
 * here: it is in each suite's log file, which the result table names.
 */
export function suiteBoard(
  stream: NodeJS.WritableStream & { columns?: number },
  suites: string[],
): SuiteOutput {
  const width = Math.max(...suites.map((suite) => suite.length));
  const lines = new Map<string, SuiteLine>(suites.map((suite) => [suite, { latest: 'waiting' }]));
  let shown = 0;
  let frame = 0;
  const clear = () => {
    if (shown === 0) return;
    stream.write(`\r${shown > 1 ? `\u001b[${shown - 1}A` : ''}\u001b[J`);
    shown = 0;
  };
  const draw = () => {
    clear();
    frame = (frame + 1) % FRAMES.length;
    const columns = stream.columns || 100;
    const text = suites.map((suite) => {
      const line = lines.get(suite)!;
      const now = Date.now();
      const took = formatDuration((line.ended?.at ?? now) - (line.started ?? line.ended?.at ?? now));
      const mark = line.ended ? MARKS[line.ended.result] : FRAMES[frame];
      const what = line.ended ? line.ended.result : [line.step, line.latest].filter(Boolean).join(' · ');
      const plain = `${mark} ${suite.padEnd(width)}  ${what}`;
      const room = Math.max(20, columns - took.length - 4);
      return `${plain.length > room ? `${plain.slice(0, room - 1)}…` : plain} \u001b[2m(${took})\u001b[0m`;
    });
    stream.write(text.join('\n'));
    shown = text.length;
  };
  const timer = setInterval(draw, REDRAW_MS).unref();
  draw();
  return {
    line(suite, text, notice) {
      const line = lines.get(suite);
      if (line) line.started ??= Date.now();
      if (line && !notice) line.latest = text.trim();
      if (!notice) return;
      clear();
      stream.write(`${suite.padEnd(width)} | ${text}\n`);
      draw();
    },
    output: () => {},
    step(suite, title) {
      const line = lines.get(suite);
      if (line) Object.assign(line, { step: title, latest: '', started: line.started ?? Date.now() });
    },
    finish(suite, result) {
      const line = lines.get(suite);
      if (line) line.ended = { result, at: Date.now() };
      draw();
    },
    close() {
      clearInterval(timer);
      draw();
      stream.write('\n');
      shown = 0;
    },
  };
}
