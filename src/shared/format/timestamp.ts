/** RFC 3339 times as the Docker engine and the Kubernetes API write them: up to nanoseconds, any offset. */
const RFC3339 = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/;

/** Nanoseconds since the epoch; undefined when the text is not RFC 3339. `Date` keeps only milliseconds. */
export function timestampNanos(text: string): bigint | undefined {
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  const seconds = Date.parse(`${match[1]}${match[3]}`);
  if (Number.isNaN(seconds)) return undefined;
  return BigInt(seconds) * 1_000_000n + BigInt((match[2] ?? '').padEnd(9, '0'));
}

/** The time a line starts with (`<RFC 3339> <text>`, as logs read with timestamps are), and the rest. */
export function splitTimestamp(line: string): { timestamp?: string; rest: string } {
  const space = line.indexOf(' ');
  const head = space === -1 ? line : line.slice(0, space);
  if (timestampNanos(head) === undefined) return { rest: line };
  return { timestamp: head, rest: space === -1 ? '' : line.slice(space + 1) };
}

/** The engine writes year 1 for "never". */
export function engineTime(value: string | undefined): string | undefined {
  return !value || value.startsWith('0001-01-01') ? undefined : value;
}

function sortKey(value: string): bigint | undefined {
  const nanos = timestampNanos(value);
  if (nanos !== undefined) return nanos;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : BigInt(ms) * 1_000_000n;
}

/** Earlier first, to the nanosecond; an unknown or unreadable time after every known one. */
export function compareTimestamps(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  const ka = a === undefined ? undefined : sortKey(a);
  const kb = b === undefined ? undefined : sortKey(b);
  if (ka === undefined) return kb === undefined ? 0 : 1;
  if (kb === undefined) return -1;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
