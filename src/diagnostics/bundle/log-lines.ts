import { StringDecoder } from 'node:string_decoder';
import type { LogStreamName } from '../../docker/log-frames.js';
import { splitTimestamp } from '../../shared/format/timestamp.js';

export interface LogLine {
  /** RFC 3339 time the engine stamped on the line (logs read with `timestamps: true`). */
  timestamp?: string;
  /** Undefined for TTY containers, whose output is one unlabelled stream. */
  stream?: LogStreamName;
  message: string;
}

/** Log lines kept per container (and run) for the job summary. */
export const SUMMARY_TAIL_LINES = 20;

/** What a log writer saw: how many lines, and the last messages (without timestamps) for the job summary. */
export class LogTail {
  lineCount = 0;
  readonly lastLines: string[] = [];

  constructor(private readonly size = SUMMARY_TAIL_LINES) {}

  add(line: LogLine): void {
    this.lineCount++;
    this.lastLines.push(line.message);
    if (this.lastLines.length > this.size) this.lastLines.shift();
  }
}

/** Reassembles whole lines per stream from chunks that may end mid-line or mid-character. */
export class LogLineSplitter {
  private readonly decoders = new Map<string, StringDecoder>();
  private readonly partial = new Map<string, string>();

  constructor(private readonly onLine: (line: LogLine) => void) {}

  push(stream: LogStreamName | undefined, chunk: Buffer): void {
    const key = stream ?? 'tty';
    let decoder = this.decoders.get(key);
    if (!decoder) this.decoders.set(key, (decoder = new StringDecoder('utf8')));
    const parts = ((this.partial.get(key) ?? '') + decoder.write(chunk)).split('\n');
    this.partial.set(key, parts.pop() ?? '');
    for (const part of parts) this.onLine(parseLogLine(stream, part));
  }

  /** Emits what is left of lines without a final newline. */
  end(): void {
    for (const [key, decoder] of this.decoders) {
      const rest = (this.partial.get(key) ?? '') + decoder.end();
      if (rest !== '') this.onLine(parseLogLine(key === 'tty' ? undefined : (key as LogStreamName), rest));
    }
    this.partial.clear();
  }
}

export function parseLogLine(stream: LogStreamName | undefined, text: string): LogLine {
  const line = text.endsWith('\r') ? text.slice(0, -1) : text;
  const { timestamp, rest } = splitTimestamp(line);
  return timestamp ? { timestamp, stream, message: rest } : { stream, message: line };
}

/** `<time> <stream> <message>`: one column per field so the file greps and sorts well. */
export function formatLogLine(line: LogLine): string {
  return [line.timestamp, line.stream, line.message].filter((part) => part !== undefined).join(' ');
}
