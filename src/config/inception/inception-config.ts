import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { parseDuration } from '../values/index.js';
import { splitShellWords } from '../values/index.js';
import { readKeyValues, readStringOrList, type Locator } from '../values/index.js';

/** inception.yml: what the `inception` command brings up, builds and runs. */
export interface InceptionConfig {
  file: string;
  compose: string;
  profiles: string[];
  images: {
    name: string;
    context: string;
    dockerfile?: string;
    target?: string;
    args: Record<string, string>;
  }[];
  tests?: {
    image: string;
    command?: string[];
    env: Record<string, string>;
    reports: string;
    timeoutMs: number;
  };
}

const DEFAULT_TEST_TIMEOUT_MS = 30 * 60_000;

function fail(file: string, key: string, message: string): never {
  throw new ConfigurationError(`${file}: ${key}: ${message}`);
}

function record(value: unknown, file: string, key: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) fail(file, key, 'must be a mapping');
  return value as Record<string, unknown>;
}

function text(value: unknown, file: string, key: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number') return String(value);
  return fail(file, key, 'must be a non-empty string');
}

function stringMap(value: unknown, file: string, key: string): Record<string, string> {
  return value === undefined || value === null ? {} : readKeyValues(value, key, locator(file));
}

/** Names the file and the key in messages of the shared value readers, as `fail` does. */
function locator(file: string): Locator {
  return (key) => `${file}: ${key}`;
}

export function parseInceptionConfig(source: string, file: string): InceptionConfig {
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid YAML: ${errorMessage(error)}`);
  }
  const top = record(raw, file, '(top level)');
  const known = new Set(['compose', 'profiles', 'images', 'tests']);
  for (const key of Object.keys(top)) {
    if (!known.has(key) && !key.startsWith('x-'))
      fail(file, key, `unknown key; known keys: ${[...known].join(', ')}`);
  }
  const folder = path.dirname(file);
  const images = (
    Array.isArray(top.images) ? top.images : top.images == null ? [] : fail(file, 'images', 'must be a list')
  ).map((entry: unknown, index: number) => {
    const image = record(entry, file, `images[${index}]`);
    return {
      name: text(image.name, file, `images[${index}].name`),
      context: path.resolve(folder, text(image.context ?? '.', file, `images[${index}].context`)),
      dockerfile:
        image.dockerfile === undefined
          ? undefined
          : text(image.dockerfile, file, `images[${index}].dockerfile`),
      target: image.target === undefined ? undefined : text(image.target, file, `images[${index}].target`),
      args: stringMap(image.args, file, `images[${index}].args`),
    };
  });
  const testsRaw = top.tests === undefined ? undefined : record(top.tests, file, 'tests');
  const command = testsRaw?.command;
  return {
    file,
    compose: path.resolve(folder, text(top.compose ?? 'compose.yml', file, 'compose')),
    profiles: top.profiles == null ? [] : readStringOrList(top.profiles, 'profiles', locator(file)),
    images,
    tests: testsRaw && {
      image: text(testsRaw.image, file, 'tests.image'),
      command:
        command === undefined || (Array.isArray(command) && command.length === 0)
          ? undefined
          : Array.isArray(command)
            ? command.map(String)
            : splitShellWords(text(command, file, 'tests.command'), `${file}: tests.command`),
      env: stringMap(testsRaw.env, file, 'tests.env'),
      reports:
        testsRaw.reports === undefined ? '/reports/*.xml' : text(testsRaw.reports, file, 'tests.reports'),
      timeoutMs:
        testsRaw.timeout === undefined
          ? DEFAULT_TEST_TIMEOUT_MS
          : parseDuration(testsRaw.timeout, `${file}: tests.timeout`),
    },
  };
}

export async function loadInceptionConfig(file: string): Promise<InceptionConfig> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    throw new ConfigurationError(
      `${file} not found: run inception where your inception.yml is, or pass --config <file>.`,
    );
  }
  return parseInceptionConfig(source, path.resolve(file));
}
