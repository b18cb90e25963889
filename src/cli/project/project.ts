import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadInceptionConfig, type InceptionConfig } from '../../config/inception/index.js';
import { ConfigurationError } from '../../errors.js';

/** The names `docker compose` looks for, in its order of preference. */
export const COMPOSE_FILE_NAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];

/** What the commands work on: the inception.yml, or a compose file standing in for one. */
export interface Project {
  config: InceptionConfig;
  /** False when there is no inception.yml: the compose file alone, the tests from the command line. */
  fromInceptionYml: boolean;
}

/** As `docker compose` finds its file: in `folder` or the nearest folder above that holds one. */
export function findComposeFile(folder: string): string | undefined {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const found = COMPOSE_FILE_NAMES.map((name) => path.join(dir, name)).find((file) => existsSync(file));
    if (found) return found;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A config of a compose file alone; its work folder (.inception/) sits beside the compose file. */
export function composeOnlyConfig(compose: string): InceptionConfig {
  return {
    file: path.join(path.dirname(compose), 'inception.yml'),
    compose,
    profiles: [],
    images: [],
  };
}

/**
 * --config, else ./inception.yml, else the compose file (--file, $COMPOSE_FILE's first, or the one
 * `docker compose` would pick). --file also overrides an inception.yml's `compose:`.
 */
export async function resolveProject(
  options: { config?: string; file?: string },
  cwd = process.cwd(),
): Promise<Project> {
  const file = options.file ? path.resolve(cwd, options.file) : undefined;
  if (file && !existsSync(file)) {
    throw new ConfigurationError(`compose file ${file} (--file) not found: check the path.`);
  }
  const configFile = path.resolve(cwd, options.config ?? 'inception.yml');
  if (options.config !== undefined || existsSync(configFile)) {
    const config = await loadInceptionConfig(configFile);
    return { config: file ? { ...config, compose: file } : config, fromInceptionYml: true };
  }
  const fromEnv = process.env.COMPOSE_FILE?.split(path.delimiter)[0];
  const compose = file ?? (fromEnv ? path.resolve(cwd, fromEnv) : findComposeFile(cwd));
  if (!compose) {
    throw new ConfigurationError(
      `no inception.yml and no compose file (${COMPOSE_FILE_NAMES.join(', ')}) in ${cwd} or above: ` +
        'run inception in your project folder, or pass --config <inception.yml> or --file <compose file>.',
    );
  }
  return { config: composeOnlyConfig(compose), fromInceptionYml: false };
}
