import type { ConfigSuite, InceptionConfig } from '../../config/inception/index.js';
import { DEFAULT_TEST_REPORTS, DEFAULT_TEST_TIMEOUT_MS } from '../../config/inception/index.js';
import { parseDuration } from '../../config/values/index.js';
import { ConfigurationError } from '../../errors.js';
import type { ConfigTests } from '../../pipeline/index.js';
import type { CliOptions } from '../parse-args.js';
import { parseEnvFlags } from '../project/test-settings.js';

/** A suite to run and the tests it runs: `tests:`, the suite's keys over it, the command line over both. */
export interface SuiteRun {
  name: string;
  tests: ConfigTests;
}

/** The suites named (none named: every suite), in the file's order; an unknown name lists the known ones. */
export function pickSuites(config: InceptionConfig, names: string[]): ConfigSuite[] {
  if (config.suites.length === 0) {
    throw new ConfigurationError(
      `--parallel runs the suites of inception.yml, and ${config.file} has no "suites:" section; add one, ` +
        'e.g.\nsuites:\n  api: { command: pytest tests/api }\n  ui: { command: pytest tests/ui }',
    );
  }
  const known = config.suites.map((suite) => suite.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `no suite ${unknown.map((name) => `"${name}"`).join(', ')} in ${config.file}: its suites are ${known.join(', ')}.`,
    );
  }
  return names.length === 0 ? config.suites : config.suites.filter((suite) => names.includes(suite.name));
}

/** --image and `-- command` would give every suite the same tests: each suite names its own instead. */
export function suiteRuns(config: InceptionConfig, options: CliOptions): SuiteRun[] {
  if (options.image !== undefined || options.testCommand.length > 0) {
    throw new ConfigurationError(
      '--parallel takes each suite\'s image and command from its "suites:" entry in inception.yml; ' +
        'leave out --image and `-- command` (or run `inception test` without --parallel).',
    );
  }
  const base = config.tests;
  const flags = parseEnvFlags(options.env);
  const timeout = options.timeout === undefined ? undefined : parseDuration(options.timeout, '--timeout');
  return pickSuites(config, options.positionals).map((suite) => {
    const image = suite.image ?? base?.image;
    if (!image) {
      throw new ConfigurationError(
        `suite ${suite.name} has no test image: give suites.${suite.name}.image, or tests.image for every suite, in ${config.file}.`,
      );
    }
    const command = suite.command ?? base?.command;
    return {
      name: suite.name,
      tests: {
        image,
        ...(command ? { command } : {}),
        env: { ...base?.env, ...suite.env, ...flags },
        reports: options.reports ?? suite.reports ?? base?.reports ?? DEFAULT_TEST_REPORTS,
        timeoutMs: timeout ?? suite.timeoutMs ?? base?.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS,
      },
    };
  });
}
