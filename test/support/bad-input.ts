import assert from 'node:assert/strict';
import type { ActionEntry } from '../../src/actions/runner/index.js';
import { runEntryInProcess } from './in-process-action.js';

/** One bad value: the inputs of the step, the input its error must name, and what it must tell to write. */
export interface BadInputCase {
  inputs: Record<string, string>;
  /** The action.yml name the message names, e.g. `timeout`; or a config file's key path, `tests.timeout`. */
  names: string;
  /** The accepted form or an example, as the message says it. */
  says: RegExp;
}

/** A 1 MiB value and 10 000 items (short enough to stay under an input's length limit): what a runaway
 * template or a mistaken file expression passes. */
export const HUGE = 'x'.repeat(1024 * 1024);
export const TEN_THOUSAND_LINES = Array.from({ length: 10_000 }, (_, index) => `i${index.toString(36)}`).join(
  '\n',
);
export const TEN_THOUSAND_PAIRS = Array.from(
  { length: 10_000 },
  (_, index) => `K${index.toString(36)}=`,
).join('\n');

/** Nine levels of ten aliases each: 10^9 values from a few hundred bytes of YAML ("billion laughs"). */
export function aliasBomb(indent = ''): string {
  const lines = [`${indent}l0: &l0 [x, x, x, x, x, x, x, x, x, x]`];
  for (let level = 1; level < 9; level++) {
    lines.push(
      `${indent}l${level}: &l${level} [${Array(10)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  }
  return lines.join('\n');
}

/** Short enough for a test name. */
export function caseTitle({ inputs }: BadInputCase): string {
  return (
    Object.entries(inputs)
      .map(
        ([name, value]) =>
          `${name}: ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value)}`,
      )
      .join(', ') || '(no inputs)'
  );
}

/**
 * Runs `read` (an action's input reader) as the action's main step under the real top-level catch, with
 * `inputs` set as the runner sets them, and asserts what the user sees: the step failed with one
 * `::error::` line naming the input and saying what to write, and nothing else, no stack trace.
 */
export async function assertRefused(
  read: () => unknown,
  badCase: BadInputCase,
  env: Record<string, string> = {},
): Promise<void> {
  const entry: ActionEntry = { main: async () => void (await read()) };
  const run = await runEntryInProcess(entry, badCase.inputs, env, { echo: false });
  assert.equal(run.failed, true, `the step fails; it printed: ${run.log}`);
  const lines = run.log.split('\n').filter((line) => line.trim() !== '');
  assert.equal(lines.length, 1, `one line, the error, and nothing else: ${run.log.slice(0, 2000)}`);
  const line = lines[0] as string;
  assert.match(line, /^::error::/);
  assert.doesNotMatch(run.log, /\bat .*\(.*:\d+:\d+\)|^\s+at /m, 'no stack trace');
  const message = line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%25/g, '%');
  // An input is named in quotes ("timeout"); a key of a config file as its path before a colon (tests.timeout:).
  const named = [`"${badCase.names}"`, `${badCase.names}:`].some((form) => message.includes(form));
  assert.ok(named, `names "${badCase.names}": ${message.slice(0, 500)}`);
  assert.match(message, badCase.says);
  assert.ok(message.length < 2000, `a short message, not the value: ${message.length} characters`);
}
