import * as core from '@actions/core';
import { parse as parseYaml } from 'yaml';
import { parseDuration } from '../../config/values/index.js';
import { ConfigurationError, errorMessage } from '../../errors.js';

/** Typed readers over `core.getInput`; every error names the input and says what to write instead. */

export function stringInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function requiredInput(name: string): string {
  const value = stringInput(name);
  if (value === undefined) throw new ConfigurationError(`Input "${name}" is required.`);
  return value;
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const value = stringInput(name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new ConfigurationError(`Input "${name}" is "${value}"; write true or false.`);
}

export function durationInput(name: string, fallbackMs: number): number {
  const value = stringInput(name);
  return value === undefined ? fallbackMs : parseDuration(value, `input "${name}"`);
}

export function integerInput(name: string, fallback: number, min = 0): number {
  const value = stringInput(name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    throw new ConfigurationError(`Input "${name}" is "${value}"; write a whole number of at least ${min}.`);
  }
  return parsed;
}

/** One item a line, or a comma-separated line; blank lines and `#` comments dropped. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n/)
    .flatMap((line) => (line.includes(',') ? line.split(',') : [line]))
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
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

/** KEY=VALUE lines (or a YAML mapping) into a record. */
export function keyValueInput(name: string): Record<string, string> {
  const raw = stringInput(name);
  if (raw === undefined) return {};
  if (raw.startsWith('{') || /^[A-Za-z_][\w.-]*\s*:\s/m.test(raw)) {
    const parsed = yamlInput(name);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.fromEntries(
        Object.entries(parsed).map(([key, value]) => [key, value == null ? '' : String(value)]),
      );
    }
  }
  return keyValueLines(raw.split(/\r?\n/), `Input "${name}"`);
}

/** `KEY=VALUE` lines into a record; blank lines and `#` comments dropped. `where` starts the error. */
export function keyValueLines(lines: Iterable<string>, where: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of lines) {
    const entry = line.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new ConfigurationError(`${where}: "${entry}" is not KEY=VALUE.`);
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
  throw new ConfigurationError(`Input "${name}" is "${value}"; write on-failure, always or never.`);
}
