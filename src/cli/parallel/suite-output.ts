import type { TestResult } from '../../report/index.js';
import { LinePrefixer } from '../output/line-prefixer.js';

/** What one suite's run reports to the terminal, whichever form the terminal gets. */
export interface SuiteOutput {
  /** A log line of `suite`: `notice` lines (warnings, errors, step ends) are always shown. */
  line(suite: string, text: string, notice: boolean): void;
  /** The tests' own output. */
  output(suite: string, chunk: string): void;
  /** The step `suite` is in now; undefined: between steps. */
  step(suite: string, title: string | undefined): void;
  finish(suite: string, result: TestResult | 'error'): void;
  close(): void;
}

/** Not a terminal: every line, the tests' output too, prefixed with its suite (`api | ...`). */
export function prefixedOutput(stream: NodeJS.WritableStream, suites: string[]): SuiteOutput {
  const width = Math.max(...suites.map((suite) => suite.length));
  const lines = new Map<string, LinePrefixer>();
  const of = (suite: string) => {
    if (!lines.has(suite)) lines.set(suite, new LinePrefixer(suite.padEnd(width)));
    return lines.get(suite)!;
  };
  const write = (text: string) => {
    if (text) stream.write(text);
  };
  const flush = (suite: string) => write(of(suite).end());
  return {
    line(suite, text) {
      // The tests' unfinished last line first: a suite's lines keep their order.
      flush(suite);
      write(of(suite).push(`${text}\n`));
    },
    output(suite, chunk) {
      write(of(suite).push(chunk));
    },
    step: () => {},
    finish: (suite) => flush(suite),
    close: () => suites.forEach(flush),
  };
}
