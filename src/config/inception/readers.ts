import path from 'node:path';
import {
  describeValue,
  fail,
  isRecord,
  readKeyValues,
  splitShellWords,
  unknownKeyMessage,
  type Locator,
} from '../values/index.js';

// Typed readers of inception.yml's values: each error names the key and what to write.

/** Every key of `value` is one of `known` (or an `x-` extension). */
export function checkKeys(
  value: Record<string, unknown>,
  known: string[],
  parent: string,
  at: Locator,
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key) && !key.startsWith('x-'))
      fail(at, join(parent, key), unknownKeyMessage(key, known));
  }
}

export function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

export function mapping(value: unknown, key: string, at: Locator, example: string): Record<string, unknown> {
  if (isRecord(value)) return value;
  return fail(at, key, `expected a mapping, got ${describeValue(value)}; write ${example}`);
}

export function text(value: unknown, key: string, at: Locator, example: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number') return String(value);
  return fail(
    at,
    key,
    `expected a non-empty string, got ${describeValue(value)}; write e.g. ${key
      .split('.')
      .pop()}: ${example}`,
  );
}

export function optionalText(value: unknown, key: string, at: Locator, example: string): string | undefined {
  return value === undefined || value === null ? undefined : text(value, key, at, example);
}

export function stringMap(value: unknown, key: string, at: Locator): Record<string, string> {
  return value === undefined || value === null ? {} : readKeyValues(value, key, at);
}

export function command(value: unknown, at: Locator, key = 'tests.command'): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    return value.map((word, index) => {
      if (typeof word === 'string' || typeof word === 'number' || typeof word === 'boolean')
        return String(word);
      return fail(
        at,
        `${key}[${index}]`,
        `expected a string, got ${describeValue(word)}; write e.g. command: [pytest, -x]`,
      );
    });
  }
  if (typeof value !== 'string') {
    return fail(
      at,
      key,
      `expected a command line or a list, got ${describeValue(value)}; write e.g. command: pytest -x or command: [pytest, -x]`,
    );
  }
  return splitShellWords(value, at(key));
}

/** An image to build, as `images:` and `cluster.images:` list them. */
export interface ConfigImage {
  name: string;
  context: string;
  dockerfile?: string;
  target?: string;
  args: Record<string, string>;
}

/** One entry of an image list; `known` may add keys the caller reads itself. */
export function readImage(
  entry: unknown,
  key: string,
  folder: string,
  at: Locator,
  known: string[] = [],
): { image: ConfigImage; raw: Record<string, unknown> } {
  const image = mapping(entry, key, at, '{ name: my-tests, context: tests }');
  checkKeys(image, ['name', 'context', 'dockerfile', 'target', 'args', ...known], key, at);
  return {
    raw: image,
    image: {
      name: text(image.name, `${key}.name`, at, 'my-tests'),
      context: path.resolve(folder, optionalText(image.context, `${key}.context`, at, 'tests') ?? '.'),
      dockerfile: optionalText(image.dockerfile, `${key}.dockerfile`, at, 'Dockerfile.test'),
      target: optionalText(image.target, `${key}.target`, at, 'test'),
      args: stringMap(image.args, `${key}.args`, at),
    },
  };
}
