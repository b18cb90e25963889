import type { Logger } from '../../../log.js';

/**
 * A logger that starts every line with `prefix` (`[shard 2/3] `), so the logs of pods running side by side
 * stay apart. Output is passed on a whole line at a time (a line of one pod never breaks into another's);
 * `flush` passes on a last line without its line break.
 */
export class PrefixedLogger implements Logger {
  private partial = '';

  constructor(
    private readonly logger: Logger,
    private readonly prefix: string,
  ) {}

  info(message: string): void {
    this.logger.info(`${this.prefix}${message}`);
  }
  warn(message: string): void {
    this.logger.warn(`${this.prefix}${message}`);
  }
  error(message: string): void {
    this.logger.error(`${this.prefix}${message}`);
  }
  debug(message: string): void {
    this.logger.debug(`${this.prefix}${message}`);
  }
  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return this.logger.group(`${this.prefix}${title}`, fn);
  }

  output(chunk: string): void {
    const text = this.partial + chunk;
    const end = text.lastIndexOf('\n') + 1;
    this.partial = text.slice(end);
    if (end === 0) return;
    this.logger.output(
      text
        .slice(0, end)
        .split(/(?<=\n)/)
        .map((line) => `${this.prefix}${line}`)
        .join(''),
    );
  }

  flush(): void {
    if (this.partial === '') return;
    const rest = this.partial;
    this.partial = '';
    this.logger.output(`${this.prefix}${rest}\n`);
  }
}
