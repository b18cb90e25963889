import { ConfigurationError } from '../../errors.js';

/** Turns a key path into the place an error message names: the path itself, or `file:line: path`. */
export type Locator = (path: string) => string;

export const plainLocator: Locator = (path) => path;

export function fail(at: Locator, path: string, message: string): never {
  throw new ConfigurationError(`${at(path)}: ${message}`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  return JSON.stringify(value);
}

function expected(at: Locator, path: string, what: string, value: unknown): never {
  return fail(at, path, `expected ${what}, got ${describeValue(value)}`);
}

/** Numbers are accepted where a string is expected, as compose does (`user: 1000`). */
export function readString(value: unknown, path: string, at: Locator): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return expected(at, path, 'a string', value);
}

/** Environment and label values: any scalar, written as text. */
export function readScalarText(value: unknown, path: string, at: Locator): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return expected(at, path, 'a string, a number or a boolean', value);
}

export function readInteger(value: unknown, path: string, at: Locator, min: number, max: number): number {
  const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number))
    return expected(at, path, 'a whole number', value);
  if (number < min || number > max) return fail(at, path, `${number} is out of range; use ${min} to ${max}`);
  return number;
}

export function readPort(value: unknown, path: string, at: Locator): number {
  return readInteger(value, path, at, 1, 65535);
}

export function readBoolean(value: unknown, path: string, at: Locator): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return expected(at, path, 'true or false', value);
}

export function readRecord(value: unknown, path: string, at: Locator): Record<string, unknown> {
  return isRecord(value) ? value : expected(at, path, 'a mapping', value);
}

export function readList(value: unknown, path: string, at: Locator): unknown[] {
  return Array.isArray(value) ? value : expected(at, path, 'a list', value);
}

/** `key: a` or `key: [a, b]`. */
export function readStringOrList(value: unknown, path: string, at: Locator): string[] {
  if (Array.isArray(value)) return value.map((item, index) => readString(item, `${path}[${index}]`, at));
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  return expected(at, path, 'a string or a list of strings', value);
}

/**
 * `{KEY: value}` or `[KEY=value]`. A key without a value takes it from `fromEnv` (and is dropped when unset
 * there); without `fromEnv` it is the empty string.
 */
export function readKeyValues(
  value: unknown,
  path: string,
  at: Locator,
  fromEnv?: (key: string) => string | undefined,
): Record<string, string> {
  const result: Record<string, string> = {};
  const bare = (key: string) => {
    const found = fromEnv ? fromEnv(key) : '';
    if (found !== undefined) result[key] = found;
  };
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const entry = readString(item, `${path}[${index}]`, at);
      const equals = entry.indexOf('=');
      const key = equals < 0 ? entry : entry.slice(0, equals);
      if (!key.trim()) fail(at, `${path}[${index}]`, `"${entry}" has no name before "="; write KEY=value`);
      if (equals < 0) bare(key);
      else result[key] = entry.slice(equals + 1);
    });
    return result;
  }
  if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (item === null || item === undefined) bare(key);
      else result[key] = readScalarText(item, `${path}.${key}`, at);
    }
    return result;
  }
  return expected(at, path, 'a mapping or a list of KEY=value', value);
}
