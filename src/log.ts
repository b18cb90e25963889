/** Where the library reports progress. The Actions logger maps groups and annotations to workflow commands;
 * the terminal logger prints with timestamps; tests can capture lines. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible section named `title`. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Raw output of a child process or container, passed through as is. */
  output(chunk: string): void;
}

/** A logger that keeps every line, for tests and for places that must not print. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  info(message: string): void {
    this.lines.push(`info: ${message}`);
  }
  warn(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`group: ${title}`);
    try {
      return await fn();
    } finally {
      this.lines.push(`endgroup: ${title}`);
    }
  }
  output(chunk: string): void {
    this.lines.push(chunk);
  }
  text(): string {
    return this.lines.join('\n');
  }
}

export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  debug: () => {},
  group: (_title, fn) => fn(),
  output: () => {},
};
