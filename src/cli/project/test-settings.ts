import { DEFAULT_TEST_REPORTS, DEFAULT_TEST_TIMEOUT_MS } from '../../config/inception/index.js';
import { parseDuration } from '../../config/values/index.js';
import { ConfigurationError } from '../../errors.js';
import type { ConfigTests } from '../../pipeline/index.js';
import type { CliOptions } from '../parse-args.js';
import type { Project } from './project.js';

/** `KEY=VALUE`, or `KEY` alone for this shell's value (as `docker run -e`). */
export function parseEnvFlags(flags: string[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const result: Record<string, string> = {};
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    const key = equals === -1 ? flag : flag.slice(0, equals);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new ConfigurationError(`--env "${flag}": write KEY=VALUE, e.g. --env API_URL=http://api:8080`);
    }
    const value = equals === -1 ? env[key] : flag.slice(equals + 1);
    if (value === undefined) {
      throw new ConfigurationError(`--env ${key}: it has no value here; write --env ${key}=VALUE`);
    }
    result[key] = value;
  }
  return result;
}

/** inception.yml's `tests:` with the command line's --image, --env, --reports, --timeout and `-- command`
 * over it; a test image is all a compose file alone needs. */
export function testSettings(project: Project, options: CliOptions): ConfigTests {
  const base = project.config.tests;
  const image = options.image ?? base?.image;
  if (!image) {
    const where = project.fromInceptionYml
      ? `or add a "tests:" section to ${project.config.file}`
      : 'or write an inception.yml with a "tests:" section (`inception init` writes one)';
    throw new ConfigurationError(
      `no test image: give one, e.g. \`inception test --image my-tests -- pytest -x\`, ${where}.`,
    );
  }
  const command = options.testCommand.length > 0 ? options.testCommand : base?.command;
  return {
    image,
    ...(command ? { command } : {}),
    env: { ...base?.env, ...parseEnvFlags(options.env) },
    reports: options.reports ?? base?.reports ?? DEFAULT_TEST_REPORTS,
    timeoutMs:
      options.timeout !== undefined
        ? parseDuration(options.timeout, '--timeout')
        : (base?.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS),
  };
}
