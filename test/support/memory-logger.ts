import type { Logger } from '../../src/log.js';

/** A logger that keeps every line, for tests that check what the library reported. */
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
