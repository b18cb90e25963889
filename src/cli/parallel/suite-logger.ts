import type { Logger } from '../../log.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import type { SuiteOutput } from './suite-output.js';

/** The Logger one suite's run writes to: its lines go to the shared output under the suite's name. */
export function suiteLogger(suite: string, output: SuiteOutput, verbose: boolean): Logger {
  const steps: string[] = [];
  return {
    info: (message) => output.line(suite, message, false),
    warn: (message) => output.line(suite, `warning: ${message}`, true),
    error: (message) => output.line(suite, `error: ${message}`, true),
    debug: (message) => {
      if (verbose) output.line(suite, message, false);
    },
    output: (chunk) => output.output(suite, chunk),
    async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
      const started = Date.now();
      output.line(suite, `▸ ${title}`, false);
      steps.push(title);
      output.step(suite, title);
      const end = (mark: string) => {
        steps.pop();
        output.step(suite, steps.at(-1));
        output.line(suite, `${mark} ${title} (${formatDuration(Date.now() - started)})`, true);
      };
      try {
        const result = await fn();
        end('✓');
        return result;
      } catch (error) {
        end('✗');
        throw error;
      }
    },
  };
}
