import type Docker from 'dockerode';
import type { Readable } from 'node:stream';
import { followContainerLogs } from '../../container-logs.js';

/** Counts lines of a container's output matching a pattern, from its start (or a given time), while it runs. */
export class LogMatcher {
  private matches = 0;
  private pending = '';
  private stream?: Readable;

  constructor(private readonly pattern: RegExp) {}

  /** `since` (epoch seconds): count only lines from then, as after a restart the old ones are still there. */
  async attach(container: Docker.Container, since?: number): Promise<void> {
    this.stream = await followContainerLogs(container, false, since);
    this.stream.setEncoding('utf8');
    this.stream.on('data', (chunk: string) => this.consume(chunk));
    this.stream.on('error', () => {});
  }

  get count(): number {
    return this.matches;
  }

  private consume(chunk: string): void {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) if (this.pattern.test(line)) this.matches++;
    // A ready line printed without a trailing newline still counts.
    if (this.pending && this.pattern.test(this.pending)) {
      this.matches++;
      this.pending = '';
    }
  }

  close(): void {
    this.stream?.destroy();
  }
}
