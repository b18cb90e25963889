import { timestampNanos } from '../../../shared/format/timestamp.js';

/** Whole seconds, as the API's `sinceTime` takes them. */
export function sinceTime(nanos: bigint): string {
  return new Date(Number(nanos / 1_000_000_000n) * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}

/**
 * Strips the timestamp the API puts before every log line (`timestamps=true`) and drops lines not newer
 * than `after`, so a reconnected stream starting at a whole second repeats nothing. Text after the
 * timestamp passes through at once, before its line ends: progress output stays live.
 */
export class TimestampedLog {
  /** The latest timestamp printed. */
  last: bigint | undefined;
  private head = '';
  private atLineStart = true;
  private skipping = false;

  constructor(after?: bigint) {
    this.last = after;
  }

  push(chunk: string): string {
    let out = '';
    let i = 0;
    while (i < chunk.length) {
      if (this.atLineStart) {
        const space = chunk.indexOf(' ', i);
        const newline = chunk.indexOf('\n', i);
        if (space === -1 && newline === -1) {
          this.head += chunk.slice(i);
          break;
        }
        const end = space === -1 || (newline !== -1 && newline < space) ? newline : space;
        const head = this.head + chunk.slice(i, end);
        this.head = '';
        this.atLineStart = false;
        const nanos = timestampNanos(head);
        if (nanos === undefined) {
          this.skipping = false;
          out += head;
          i = end;
          continue;
        }
        this.skipping = this.last !== undefined && nanos <= this.last;
        if (!this.skipping) this.last = nanos;
        i = end === space ? end + 1 : end;
        continue;
      }
      const newline = chunk.indexOf('\n', i);
      const stop = newline === -1 ? chunk.length : newline + 1;
      if (!this.skipping) out += chunk.slice(i, stop);
      i = stop;
      if (newline !== -1) this.atLineStart = true;
    }
    return out;
  }

  /** What is left when the stream ends: a line start too short to hold a timestamp. */
  end(): string {
    const rest = this.head;
    this.head = '';
    return rest;
  }
}
