import type { TestResult } from '../../report/index.js';

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
  const partial = new Map<string, string>();
  const write = (suite: string, text: string) => stream.write(`${suite.padEnd(width)} | ${text}\n`);
  const flush = (suite: string) => {
    const rest = partial.get(suite);
    if (rest) write(suite, rest);
    partial.delete(suite);
  };
  return {
    line(suite, text) {
      // The tests' unfinished last line first: a suite's lines keep their order.
      flush(suite);
      write(suite, text);
    },
    output(suite, chunk) {
      const lines = `${partial.get(suite) ?? ''}${chunk}`.split('\n');
      partial.set(suite, lines.pop() ?? '');
      for (const line of lines) write(suite, line.replace(/\r$/, ''));
    },
    step: () => {},
    finish: (suite) => flush(suite),
    close: () => suites.forEach(flush),
  };
}
