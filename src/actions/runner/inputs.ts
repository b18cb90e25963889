import * as core from '@actions/core';
import { parse as parseYaml } from 'yaml';
import { parseDuration } from '../../config/values/index.js';
import { ConfigurationError, errorMessage } from '../../errors.js';

/** Typed readers over `core.getInput`; every error names the input and says what to write instead. */

/** Linux passes at most 128 KiB in one environment variable, so a runner cannot hand over more anyway. */
export const MAX_INPUT_LENGTH = 64 * 1024;
/** Items of one list or KEY=VALUE input. */
export const MAX_INPUT_ITEMS = 1000;
/** Node's timers hold at most 2^31-1 ms (24.8 days); a longer one fires at once. */
const MAX_DURATION_MS = 576 * 3_600_000;

/** A value as messages quote it: cut after 60 characters, so a huge value does not flood the log. */
export function quoted(value: string): string {
  return value.length <= 60
    ? JSON.stringify(value)
    : `${JSON.stringify(value.slice(0, 60))}… (${value.length} characters)`;
}

export function stringInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  if (value.length > MAX_INPUT_LENGTH) {
    throw new ConfigurationError(
      `Input "${name}" is ${value.length} characters long; an input holds at most ${MAX_INPUT_LENGTH}: ` +
        'put long content in a file of your repository and name that file instead.',
    );
  }
  return value === '' ? undefined : value;
}

export function requiredInput(name: string, example?: string): string {
  const value = stringInput(name);
  if (value === undefined) {
    throw new ConfigurationError(
      `Input "${name}" is required${example ? `, e.g. ${name}: ${example}` : ''}.`,
    );
  }
  return value;
}

/** A name or reference: at most `max` characters (checked before any other rule quotes the value). */
export function nameInput(name: string, max: number, example: string): string | undefined {
  const value = stringInput(name);
  if (value !== undefined && value.length > max) {
    throw new ConfigurationError(
      `Input "${name}" is ${value.length} characters long; write at most ${max}, e.g. ${name}: ${example}.`,
    );
  }
  return value;
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const value = stringInput(name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new ConfigurationError(`Input "${name}" is ${quoted(value)}; write true or false.`);
}

/** A deadline: more than 0 and short enough for a timer. */
export function durationInput(name: string, fallbackMs: number): number {
  const value = stringInput(name);
  if (value === undefined) return fallbackMs;
  const ms = parseDuration(value, `Input "${name}"`);
  if (ms <= 0 || ms > MAX_DURATION_MS) {
    throw new ConfigurationError(
      `Input "${name}" is ${quoted(value)}; write a duration above 0 and at most 576h, e.g. 90s, 10m or 1h.`,
    );
  }
  return ms;
}

export function integerInput(name: string, fallback: number, min = 0, max = 1_000_000): number {
  const value = stringInput(name);
  if (value === undefined) return fallback;
  const parsed = /^[-+]?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigurationError(
      `Input "${name}" is ${quoted(value)}; write a whole number from ${min} to ${max}, e.g. ${name}: ${Math.min(max, Math.max(min, fallback))}.`,
    );
  }
  return parsed;
}

/** One item a line, or a comma-separated line; blank lines and `#` comments dropped. */
export function listInput(name: string): string[] {
  const items = (stringInput(name) ?? '')
    .split(/\r?\n/)
    .flatMap((line) => (line.includes(',') ? line.split(',') : [line]))
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
  return atMostItems(items, name);
}

export function atMostItems<T>(items: T[], name: string): T[] {
  if (items.length > MAX_INPUT_ITEMS) {
    throw new ConfigurationError(
      `Input "${name}" has ${items.length} items; give at most ${MAX_INPUT_ITEMS}.`,
    );
  }
  return items;
}

/** YAML (and so also JSON) input; undefined when empty. */
export function yamlInput(name: string): unknown {
  const value = stringInput(name);
  if (value === undefined) return undefined;
  try {
    return parseYaml(value);
  } catch (error) {
    throw new ConfigurationError(`Input "${name}" is not valid YAML or JSON: ${errorMessage(error)}`);
  }
}

const KEY_VALUE_EXAMPLE =
  'write KEY=VALUE one a line (e.g. LOG_LEVEL=debug) or a YAML mapping (LOG_LEVEL: debug)';

/** KEY=VALUE lines (or a YAML mapping) into a record. */
export function keyValueInput(name: string): Record<string, string> {
  const raw = stringInput(name);
  if (raw === undefined) return {};
  const where = `Input "${name}"`;
  if (raw.startsWith('[') || /^-\s/.test(raw)) {
    throw new ConfigurationError(`${where} is a list; ${KEY_VALUE_EXAMPLE}.`);
  }
  let result: Record<string, string>;
  if (raw.startsWith('{') || /^[A-Za-z_][\w.-]*\s*:\s/m.test(raw)) {
    const parsed = yamlInput(name);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      result = Object.fromEntries(
        Object.entries(parsed).map(([key, value]) => [key, scalarText(value, key, where)]),
      );
    } else {
      result = keyValueLines(raw.split(/\r?\n/), where);
    }
  } else {
    result = keyValueLines(raw.split(/\r?\n/), where);
  }
  atMostItems(Object.keys(result), name);
  return result;
}

function scalarText(value: unknown, key: string, where: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    throw new ConfigurationError(
      `${where}: ${key} is ${Array.isArray(value) ? 'a list' : 'a mapping'}; give it one value, e.g. ${key}: value.`,
    );
  }
  return String(value);
}

/** `KEY=VALUE` lines into a record; blank lines and `#` comments dropped. `where` starts the error. */
export function keyValueLines(lines: Iterable<string>, where: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of lines) {
    const entry = line.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    const eq = entry.indexOf('=');
    if (eq <= 0 || entry.slice(0, eq).trim() === '') {
      throw new ConfigurationError(`${where}: ${quoted(entry)} is not KEY=VALUE; ${KEY_VALUE_EXAMPLE}.`);
    }
    result[entry.slice(0, eq).trim()] = entry.slice(eq + 1);
  }
  return result;
}

export type CollectPolicy = 'on-failure' | 'always' | 'never';

/** When a post step collects diagnostics: on-failure (also `true`), always, or never (also `false`). */
export function collectPolicyInput(name: string): CollectPolicy {
  const value = stringInput(name) ?? 'on-failure';
  if (value === 'true') return 'on-failure';
  if (value === 'false') return 'never';
  if (value === 'on-failure' || value === 'always' || value === 'never') return value;
  throw new ConfigurationError(`Input "${name}" is ${quoted(value)}; write on-failure, always or never.`);
}
