import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { ConfigurationError } from '../../../errors.js';
import { parseEnvFileText } from '../variables/env-file.js';

const DEFAULT_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** The files `docker compose` reads in `dir` without `-f`: COMPOSE_FILE (from the variables or `.env`,
 * separated by COMPOSE_PATH_SEPARATOR or the OS's path separator), else the first default name there. */
export function discoverComposeFiles(
  dir: string,
  env: Record<string, string | undefined> = process.env,
): string[] {
  const dotEnvPath = join(dir, '.env');
  const dotEnv = existsSync(dotEnvPath)
    ? parseEnvFileText(readFileSync(dotEnvPath, 'utf8'), dotEnvPath, (name) => env[name])
    : {};
  const lookup = (name: string) => env[name] ?? dotEnv[name];
  const listed = lookup('COMPOSE_FILE');
  if (listed) {
    const separator = lookup('COMPOSE_PATH_SEPARATOR') || delimiter;
    return listed
      .split(separator)
      .filter(Boolean)
      .map((file) => resolve(dir, file));
  }
  const found = DEFAULT_NAMES.find((name) => existsSync(join(dir, name)));
  if (!found)
    throw new ConfigurationError(
      `no compose file in ${dir}: write ${DEFAULT_NAMES.join(', ')}, set COMPOSE_FILE, or give -f`,
    );
  return [join(dir, found)];
}
