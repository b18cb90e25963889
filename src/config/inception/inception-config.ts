import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import {
  describeValue,
  fail,
  isRecord,
  lineOfPath,
  parseDuration,
  readKeyValues,
  readStringOrList,
  readYamlTree,
  splitShellWords,
  unknownKeyMessage,
  type Locator,
} from '../values/index.js';

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

export const DEFAULT_TEST_TIMEOUT_MS = 30 * 60_000;
export const DEFAULT_TEST_REPORTS = '/reports/*.xml';
const TOP_KEYS = ['compose', 'profiles', 'images', 'tests'];
const IMAGE_KEYS = ['name', 'context', 'dockerfile', 'target', 'args'];
const TEST_KEYS = ['image', 'command', 'env', 'reports', 'timeout'];
const EXAMPLE =
  'e.g.\ncompose: compose.yml\nimages:\n  - { name: my-tests, context: tests }\ntests:\n  image: my-tests\n  command: pytest -x\n  timeout: 10m';

/** Every key of `value` is one of `known` (or an `x-` extension). */
function checkKeys(value: Record<string, unknown>, known: string[], parent: string, at: Locator): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key) && !key.startsWith('x-'))
      fail(at, join(parent, key), unknownKeyMessage(key, known));
  }
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

function mapping(value: unknown, key: string, at: Locator, example: string): Record<string, unknown> {
  if (isRecord(value)) return value;
  return fail(at, key, `expected a mapping, got ${describeValue(value)}; write ${example}`);
}

function text(value: unknown, key: string, at: Locator, example: string): string {
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

function optionalText(value: unknown, key: string, at: Locator, example: string): string | undefined {
  return value === undefined || value === null ? undefined : text(value, key, at, example);
}

function stringMap(value: unknown, key: string, at: Locator): Record<string, string> {
  return value === undefined || value === null ? {} : readKeyValues(value, key, at);
}

function command(value: unknown, at: Locator): string[] | undefined {
  const key = 'tests.command';
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

function timeout(value: unknown, at: Locator): number {
  if (value === undefined || value === null) return DEFAULT_TEST_TIMEOUT_MS;
  const ms = parseDuration(value, at('tests.timeout'));
  if (ms <= 0) fail(at, 'tests.timeout', 'must be more than 0; write e.g. timeout: 10m');
  return ms;
}

export function parseInceptionConfig(source: string, file: string): InceptionConfig {
  const tree = readYamlTree(source, file);
  const at: Locator = (key) =>
    `${file}:${lineOfPath(tree.lines, key)}: ${key.length > 100 ? `${key.slice(0, 60)}…` : key}`;
  const raw = tree.value ?? {};
  if (!isRecord(raw)) {
    throw new ConfigurationError(
      `${file}: expected a mapping of ${TOP_KEYS.join(', ')}, got ${describeValue(raw)}; write ${EXAMPLE}`,
    );
  }
  checkKeys(raw, TOP_KEYS, '', at);
  const folder = path.dirname(file);
  const imageList =
    raw.images === undefined || raw.images === null
      ? []
      : Array.isArray(raw.images)
        ? raw.images
        : fail(
            at,
            'images',
            `expected a list, got ${describeValue(raw.images)}; write e.g.\nimages:\n  - { name: my-tests, context: tests }`,
          );
  const images = imageList.map((entry: unknown, index: number) => {
    const key = `images[${index}]`;
    const image = mapping(entry, key, at, '{ name: my-tests, context: tests }');
    checkKeys(image, IMAGE_KEYS, key, at);
    const dockerfile = optionalText(image.dockerfile, `${key}.dockerfile`, at, 'Dockerfile.test');
    const target = optionalText(image.target, `${key}.target`, at, 'test');
    return {
      name: text(image.name, `${key}.name`, at, 'my-tests'),
      context: path.resolve(folder, optionalText(image.context, `${key}.context`, at, 'tests') ?? '.'),
      dockerfile,
      target,
      args: stringMap(image.args, `${key}.args`, at),
    };
  });
  const testsRaw =
    raw.tests === undefined || raw.tests === null
      ? undefined
      : mapping(raw.tests, 'tests', at, '{ image: my-tests, command: pytest -x }');
  if (testsRaw) checkKeys(testsRaw, TEST_KEYS, 'tests', at);
  const testCommand = testsRaw && command(testsRaw.command, at);
  return {
    file,
    compose: path.resolve(folder, optionalText(raw.compose, 'compose', at, 'compose.yml') ?? 'compose.yml'),
    profiles: raw.profiles == null ? [] : readStringOrList(raw.profiles, 'profiles', at),
    images,
    tests: testsRaw && {
      image: text(testsRaw.image, 'tests.image', at, 'my-tests'),
      ...(testCommand === undefined ? {} : { command: testCommand }),
      env: stringMap(testsRaw.env, 'tests.env', at),
      reports:
        optionalText(testsRaw.reports, 'tests.reports', at, DEFAULT_TEST_REPORTS) ?? DEFAULT_TEST_REPORTS,
      timeoutMs: timeout(testsRaw.timeout, at),
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
