import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import {
  describeValue,
  fail,
  isRecord,
  lineOfPath,
  parseDuration,
  readStringOrList,
  readYamlTree,
  type Locator,
} from '../values/index.js';
import { parseClusterConfig, type ClusterConfig } from './cluster-config.js';
import { parseSuites, type ConfigSuite } from './suites-config.js';
import {
  checkKeys,
  command,
  mapping,
  optionalText,
  readImage,
  stringMap,
  text,
  type ConfigImage,
} from './readers.js';

/** The compose files of a config in the order they are merged. */
export function composeFilesOf(config: Pick<InceptionConfig, 'compose' | 'composeOverrides'>): string[] {
  return [config.compose, ...config.composeOverrides];
}

/** inception.yml: what the `inception` command brings up, builds and runs. */
export interface InceptionConfig {
  file: string;
  /** The compose file; its folder is the project's. */
  compose: string;
  /** Read on top of `compose`, in order, as `docker compose -f compose -f override...` reads them. */
  composeOverrides: string[];
  profiles: string[];
  images: ConfigImage[];
  tests?: {
    image: string;
    command?: string[];
    env: Record<string, string>;
    reports: string;
    timeoutMs: number;
  };
  /** Named variants of `tests:` that `inception test --parallel` runs side by side. */
  suites: ConfigSuite[];
  /** The in-cluster path; absent: the Docker pipeline alone. */
  cluster?: ClusterConfig;
}

export const DEFAULT_TEST_TIMEOUT_MS = 30 * 60_000;
export const DEFAULT_TEST_REPORTS = '/reports/*.xml';
const TOP_KEYS = ['compose', 'profiles', 'images', 'tests', 'suites', 'cluster'];
const TEST_KEYS = ['image', 'command', 'env', 'reports', 'timeout'];
const EXAMPLE =
  'e.g.\ncompose: compose.yml\nimages:\n  - { name: my-tests, context: tests }\ntests:\n  image: my-tests\n  command: pytest -x\n  timeout: 10m';

function timeout(value: unknown, at: Locator): number {
  if (value === undefined || value === null) return DEFAULT_TEST_TIMEOUT_MS;
  const ms = parseDuration(value, at('tests.timeout'));
  if (ms <= 0) fail(at, 'tests.timeout', 'must be more than 0; write e.g. timeout: 10m');
  return ms;
}

/** `compose:` a file, or a list of files: the first and its overrides. */
function composeFiles(value: unknown, at: Locator): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [text(value, 'compose', at, 'compose.yml')];
  if (value.length === 0)
    fail(at, 'compose', 'an empty list; write e.g. compose: [compose.yml, compose.dev.yml]');
  return value.map((file: unknown, index) => text(file, `compose[${index}]`, at, 'compose.yml'));
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
  const images = imageList.map(
    (entry: unknown, index: number) => readImage(entry, `images[${index}]`, folder, at).image,
  );
  const testsRaw =
    raw.tests === undefined || raw.tests === null
      ? undefined
      : mapping(raw.tests, 'tests', at, '{ image: my-tests, command: pytest -x }');
  if (testsRaw) checkKeys(testsRaw, TEST_KEYS, 'tests', at);
  const testCommand = testsRaw && command(testsRaw.command, at);
  const cluster = raw.cluster == null ? undefined : parseClusterConfig(raw.cluster, folder, at);
  const [compose = 'compose.yml', ...overrides] = composeFiles(raw.compose, at);
  return {
    file,
    ...(cluster ? { cluster } : {}),
    compose: path.resolve(folder, compose),
    composeOverrides: overrides.map((override) => path.resolve(folder, override)),
    profiles: raw.profiles == null ? [] : readStringOrList(raw.profiles, 'profiles', at),
    images,
    suites: parseSuites(raw.suites, at),
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
