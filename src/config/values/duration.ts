import { ConfigurationError } from '../../errors.js';

const UNIT_MS: Record<string, number> = {
  h: 3_600_000,
  m: 60_000,
  s: 1000,
  ms: 1,
  us: 0.001,
  µs: 0.001,
  ns: 0.000001,
};
const PART = /(\d+(?:\.\d+)?|\.\d+)(h|ms|m|s|us|µs|ns)/y;

/**
 * `30s`, `1m30s`, `500ms`, `2h`, or a plain number of seconds -> whole milliseconds.
 * `where` names the field in the error message.
 */
export function parseDuration(value: unknown, where: string): number {
  const bad = (): never => {
    throw new ConfigurationError(
      `${where}: ${JSON.stringify(value) ?? String(value)} is not a duration; write e.g. "30s", "1m30s", "500ms", "2h" or a number of seconds`,
    );
  };
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) bad();
    return Math.round(value * 1000);
  }
  if (typeof value !== 'string') return bad();
  const text = value.trim();
  if (/^(\d+(\.\d+)?|\.\d+)$/.test(text)) return Math.round(Number(text) * 1000);
  if (!text) bad();
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < text.length) {
    const match = PART.exec(text);
    if (!match) return bad();
    total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
  }
  return Math.round(total);
}
