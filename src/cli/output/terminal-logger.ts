import type { Logger } from '../../log.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import { LiveLine } from './live-line.js';

/** Logger for a terminal: each long step prints when it starts and how long it took. On a terminal a live
 * bottom line also shows the running step, its latest message and its time so far; piped, only the lines. */
export function terminalLogger(stream: NodeJS.WritableStream = process.stderr, verbose = false): Logger {
  const tty = 'isTTY' in stream && Boolean(stream.isTTY);
  const color = tty && !process.env.NO_COLOR;
  const live = tty ? new LiveLine(stream) : undefined;
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const write = (text: string, to: NodeJS.WritableStream = stream) =>
    live ? live.print(text, to) : to.write(text);
  const line = (text: string) => write(`${text}\n`);
  let depth = 0;
  const indent = () => '  '.repeat(depth);
  return {
    info: (message) => line(`${indent()}${message}`),
    warn: (message) => line(`${indent()}${paint('33', 'warning:')} ${message}`),
    error: (message) => line(`${indent()}${paint('31', 'error:')} ${message}`),
    debug: (message) => {
      if (verbose) line(`${indent()}${paint('2', message)}`);
    },
    output: (chunk) => write(chunk, process.stdout),
    async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
      const started = Date.now();
      line(`${indent()}${paint('36', '▸')} ${title}`);
      live?.begin(title);
      depth++;
      const took = () => formatDuration(Date.now() - started);
      try {
        const result = await fn();
        depth--;
        live?.end();
        line(`${indent()}${paint('32', '✓')} ${title} ${paint('2', `(${took()})`)}`);
        return result;
      } catch (error) {
        depth--;
        live?.end();
        line(`${indent()}${paint('31', '✗')} ${title} ${paint('2', `(${took()})`)}`);
        throw error;
      }
    },
  };
}
