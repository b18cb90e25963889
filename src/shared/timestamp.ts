/** The engine writes year 1 for "never". */
export function engineTime(value: string | undefined): string | undefined {
  return !value || value.startsWith('0001-01-01') ? undefined : value;
}

const RFC3339_UTC = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/;

/**
 * A key that sorts like the time it names, to the nanosecond. The engine trims trailing zeros of the
 * fraction, so its strings do not sort as text, and `Date` keeps only milliseconds.
 */
function timeSortKey(value: string): string {
  const match = RFC3339_UTC.exec(value);
  if (match) return `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}`;
  const ms = Date.parse(value);
  return Number.isNaN(ms)
    ? value
    : `${new Date(ms).toISOString().slice(0, 19)}.${String(ms % 1000).padStart(3, '0')}000000`;
}

/** Earlier first; an unknown time after every known one. */
export function compareEngineTimes(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const ka = timeSortKey(a);
  const kb = timeSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
