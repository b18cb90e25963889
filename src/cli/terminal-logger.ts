import type { Logger } from '../log.js';
import { formatDuration } from '../shared/format-duration.js';

/** Logger for a terminal: each long step prints when it starts and how long it took. */
export function terminalLogger(stream: NodeJS.WritableStream = process.stderr, verbose = false): Logger {
  const color = 'isTTY' in stream && Boolean(stream.isTTY) && !process.env.NO_COLOR;
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const line = (text: string) => stream.write(`${text}\n`);
  let depth = 0;
  const indent = () => '  '.repeat(depth);
  return {
    info: (message) => line(`${indent()}${message}`),
    warn: (message) => line(`${indent()}${paint('33', 'warning:')} ${message}`),
    error: (message) => line(`${indent()}${paint('31', 'error:')} ${message}`),
    debug: (message) => {
      if (verbose) line(`${indent()}${paint('2', message)}`);
    },
    output: (chunk) => {
      process.stdout.write(chunk);
    },
    async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
      const started = Date.now();
      line(`${indent()}${paint('36', '▸')} ${title}`);
      depth++;
      const took = () => formatDuration(Date.now() - started);
      try {
        const result = await fn();
        depth--;
        line(`${indent()}${paint('32', '✓')} ${title} ${paint('2', `(${took()})`)}`);
        return result;
      } catch (error) {
        depth--;
        line(`${indent()}${paint('31', '✗')} ${title} ${paint('2', `(${took()})`)}`);
        throw error;
      }
    },
  };
}
