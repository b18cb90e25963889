import type { WaitStrategy } from '../../model.js';
import { parseDuration } from '../../../values/index.js';
import {
  describeValue,
  fail,
  isRecord,
  plainLocator,
  readInteger,
  readList,
  readPort,
  readString,
  closestName,
  type Locator,
} from '../../../values/index.js';

const STRATEGIES = ['http', 'tcp', 'log', 'exit', 'running', 'healthy', 'started'] as const;
type StrategyKey = (typeof STRATEGIES)[number];

/**
 * Our `wait:` extension (compose `x-inception.wait`, action input `wait`): exactly one of
 * `http`, `tcp`, `log`, `exit`, `running`, `healthy`, `started`. `where` names the value in error messages;
 * `at` lets the compose loader prefix `file:line:`.
 */
export function parseWaitStrategy(value: unknown, where: string, at: Locator = plainLocator): WaitStrategy {
  if (value === 'healthy' || value === 'started') return { kind: value };
  if (!isRecord(value)) {
    return fail(
      at,
      where,
      `expected a mapping with one of ${STRATEGIES.join(', ')}, got ${describeValue(value)}`,
    );
  }
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    const found = keys.length ? `found ${keys.join(', ')}` : 'found none';
    return fail(at, where, `give exactly one wait strategy (${STRATEGIES.join(', ')}); ${found}`);
  }
  const key = keys[0] as string;
  if (!(STRATEGIES as readonly string[]).includes(key)) {
    return fail(
      at,
      `${where}.${key}`,
      `unknown wait strategy "${key}";${didYouMean(key, STRATEGIES)} use one of ${STRATEGIES.join(', ')}`,
    );
  }
  return PARSERS[key as StrategyKey](value[key], `${where}.${key}`, at);
}

type Parser = (value: unknown, path: string, at: Locator) => WaitStrategy;

const PARSERS: Record<StrategyKey, Parser> = {
  http(value, path, at) {
    if (!isRecord(value))
      return { kind: 'http', port: readPort(value, path, at), path: '/', status: [200], scheme: 'http' };
    rejectUnknownKeys(value, ['port', 'path', 'status', 'body', 'scheme'], path, at);
    if (value.port === undefined) fail(at, path, 'needs a port, e.g. { port: 8080, path: /healthz }');
    const strategy: WaitStrategy = {
      kind: 'http',
      port: readPort(value.port, `${path}.port`, at),
      path: value.path === undefined ? '/' : readHttpPath(value.path, `${path}.path`, at),
      status: value.status === undefined ? [200] : readStatuses(value.status, `${path}.status`, at),
      scheme: value.scheme === undefined ? 'http' : readScheme(value.scheme, `${path}.scheme`, at),
    };
    if (value.body !== undefined) strategy.body = readRegex(value.body, `${path}.body`, at);
    return strategy;
  },
  tcp(value, path, at) {
    if (!isRecord(value)) return { kind: 'tcp', port: readPort(value, path, at) };
    rejectUnknownKeys(value, ['port'], path, at);
    return { kind: 'tcp', port: readPort(value.port, `${path}.port`, at) };
  },
  log(value, path, at) {
    if (!isRecord(value)) return { kind: 'log', pattern: readRegex(value, path, at), times: 1 };
    rejectUnknownKeys(value, ['pattern', 'times'], path, at);
    return {
      kind: 'log',
      pattern: readRegex(value.pattern, `${path}.pattern`, at),
      times: value.times === undefined ? 1 : readInteger(value.times, `${path}.times`, at, 1, 1_000_000),
    };
  },
  exit: (value, path, at) => ({ kind: 'exit', code: readInteger(value, path, at, 0, 255) }),
  running: (value, path, at) => ({ kind: 'running', forMs: parseDuration(value, at(path)) }),
  healthy: (value, path, at) => ({ kind: readEnabled(value, path, at, 'healthy') }),
  started: (value, path, at) => ({ kind: readEnabled(value, path, at, 'started') }),
};

function rejectUnknownKeys(value: Record<string, unknown>, known: string[], path: string, at: Locator): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      fail(at, `${path}.${key}`, `unknown key "${key}";${didYouMean(key, known)} use ${known.join(', ')}`);
  }
}

function didYouMean(key: string, known: readonly string[]): string {
  const guess = closestName(key, known);
  return guess ? ` did you mean "${guess}"?` : '';
}

function readEnabled<K extends 'healthy' | 'started'>(value: unknown, path: string, at: Locator, kind: K): K {
  if (value === true || value === null) return kind;
  return fail(
    at,
    path,
    `write "${kind}: true" (got ${describeValue(value)}); to wait another way, pick another strategy`,
  );
}

function readRegex(value: unknown, path: string, at: Locator): string {
  const pattern = readString(value, path, at);
  if (!pattern) fail(at, path, 'the pattern is empty');
  try {
    new RegExp(pattern);
  } catch (error) {
    fail(
      at,
      path,
      `${JSON.stringify(pattern)} is not a valid regular expression (${(error as Error).message})`,
    );
  }
  return pattern;
}

function readHttpPath(value: unknown, path: string, at: Locator): string {
  const text = readString(value, path, at);
  if (!text.startsWith('/')) fail(at, path, `${JSON.stringify(text)} must start with "/"`);
  return text;
}

function readStatuses(value: unknown, path: string, at: Locator): number[] {
  const list = Array.isArray(value) ? readList(value, path, at) : [value];
  if (!list.length) fail(at, path, 'give at least one status code');
  return list.map((item, index) =>
    readInteger(item, Array.isArray(value) ? `${path}[${index}]` : path, at, 100, 599),
  );
}

function readScheme(value: unknown, path: string, at: Locator): 'http' | 'https' {
  if (value === 'http' || value === 'https') return value;
  return fail(at, path, `expected "http" or "https", got ${describeValue(value)}`);
}
