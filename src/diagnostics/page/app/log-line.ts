const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)\s/;

export interface ParsedLine {
  /** Milliseconds since the epoch of the time the line starts with. */
  time?: number;
  stream?: 'stdout' | 'stderr';
  level: 'error' | 'warn' | 'info';
}

const ERROR = /\b(error|errors|fatal|panic|exception|traceback|failed|failure|fail|crit(ical)?)\b/i;
const WARN = /\b(warn|warning|deprecated)\b/i;

/** What a bundle log line (`<time> [stdout|stderr] <text>`) tells: its time, stream and level. */
export function parseLine(line: string): ParsedLine {
  const match = TIMESTAMP.exec(line);
  const time = match ? Date.parse(`${match[1]}${(match[2] ?? '').slice(0, 4)}${match[3]}`) : undefined;
  const rest = match ? line.slice(match[0].length) : line;
  const stream = rest.startsWith('stdout ') ? 'stdout' : rest.startsWith('stderr ') ? 'stderr' : undefined;
  const level = ERROR.test(rest) ? 'error' : WARN.test(rest) ? 'warn' : 'info';
  return {
    ...(time !== undefined && !Number.isNaN(time) ? { time } : {}),
    ...(stream ? { stream } : {}),
    level,
  };
}

/** The line showing what the log said at `time`: the last one stamped at or before it, else the first. */
export function lineAtTime(lines: readonly string[], time: number): number {
  let found = 0;
  for (let index = 0; index < lines.length; index++) {
    const stamped = parseLine(lines[index] ?? '').time;
    if (stamped === undefined) continue;
    if (stamped > time) break;
    found = index;
  }
  return found;
}
