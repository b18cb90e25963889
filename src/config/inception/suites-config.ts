import { fail, parseDuration, type Locator } from '../values/index.js';
import { checkKeys, command, mapping, optionalText, stringMap } from './readers.js';

/** One of `suites:`: what it changes of `tests:` when `inception test --parallel` runs it. */
export interface ConfigSuite {
  name: string;
  /** Absent: `tests.image`. */
  image?: string;
  command?: string[];
  /** Over `tests.env`. */
  env: Record<string, string>;
  reports?: string;
  timeoutMs?: number;
}

const SUITE_KEYS = ['image', 'command', 'env', 'reports', 'timeout'];
const EXAMPLE =
  'e.g.\nsuites:\n  api: { command: pytest tests/api }\n  ui: { image: ui-tests, command: npm test }';

/** `suites:`, a mapping from each suite's name to its settings (in the file's order). */
export function parseSuites(value: unknown, at: Locator): ConfigSuite[] {
  if (value === undefined || value === null) return [];
  const suites = mapping(value, 'suites', at, EXAMPLE);
  return Object.entries(suites).map(([name, raw]) => {
    const key = `suites.${name}`;
    if (!/^[a-z0-9][a-z0-9_.-]*$/i.test(name))
      fail(at, key, 'a suite name is letters, digits, ".", "_" or "-" (it names its environment)');
    const settings = raw === null ? {} : mapping(raw, key, at, EXAMPLE);
    checkKeys(settings, SUITE_KEYS, key, at);
    const image = optionalText(settings.image, `${key}.image`, at, 'my-tests');
    const words = command(settings.command, at, `${key}.command`);
    const reports = optionalText(settings.reports, `${key}.reports`, at, '/reports/*.xml');
    const timeoutMs =
      settings.timeout == null ? undefined : parseDuration(settings.timeout, at(`${key}.timeout`));
    if (timeoutMs !== undefined && timeoutMs <= 0)
      fail(at, `${key}.timeout`, 'must be more than 0; write e.g. timeout: 10m');
    return {
      name,
      ...(image === undefined ? {} : { image }),
      ...(words === undefined ? {} : { command: words }),
      env: stringMap(settings.env, `${key}.env`, at),
      ...(reports === undefined ? {} : { reports }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    };
  });
}
