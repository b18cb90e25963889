import { existsSync } from 'node:fs';
import path from 'node:path';
import { COMPOSE_FILE_NAMES, findComposeFiles } from '../../config/compose/index.js';
import { loadInceptionConfig, type InceptionConfig } from '../../config/inception/index.js';
import { ConfigurationError } from '../../errors.js';

/** What the commands work on: the inception.yml, or a compose file standing in for one. */
export interface Project {
  config: InceptionConfig;
  /** False when there is no inception.yml: the compose file alone, the tests from the command line. */
  fromInceptionYml: boolean;
}

/** A config of compose files alone (the first and its overrides); its work folder (.inception/) sits beside
 * the first. */
export function composeOnlyConfig(files: string[]): InceptionConfig {
  const [compose, ...composeOverrides] = files as [string, ...string[]];
  return {
    file: path.join(path.dirname(compose), 'inception.yml'),
    compose,
    composeOverrides,
    profiles: [],
    images: [],
    suites: [],
  };
}

/**
 * --config, else ./inception.yml, else the compose files `docker compose` would read here: --file alone, or
 * COMPOSE_FILE, or the picked file with its compose.override.yml. --file also overrides an inception.yml's
 * `compose:` (and then alone, as `docker compose -f` reads no override file).
 */
export async function resolveProject(
  options: { config?: string; file?: string },
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<Project> {
  const file = options.file ? path.resolve(cwd, options.file) : undefined;
  if (file && !existsSync(file)) {
    throw new ConfigurationError(`compose file ${file} (--file) not found: check the path.`);
  }
  const configFile = path.resolve(cwd, options.config ?? 'inception.yml');
  if (options.config !== undefined || existsSync(configFile)) {
    const config = await loadInceptionConfig(configFile);
    return {
      config: file ? { ...config, compose: file, composeOverrides: [] } : config,
      fromInceptionYml: true,
    };
  }
  const files = file ? [file] : findComposeFiles(cwd, env);
  if (!files?.length) {
    throw new ConfigurationError(
      `no inception.yml and no compose file (${COMPOSE_FILE_NAMES.join(', ')}) in ${cwd} or above: ` +
        'run inception in your project folder, or pass --config <inception.yml> or --file <compose file>.',
    );
  }
  return { config: composeOnlyConfig(files), fromInceptionYml: false };
}
