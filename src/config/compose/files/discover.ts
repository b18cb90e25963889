import { existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../../../errors.js';
import { readOptionalEnvFile } from '../variables/env-file.js';

/** The names `docker compose` looks for, in its order of preference (compose-go's DefaultFileNames). */
export const COMPOSE_FILE_NAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yml',
  'docker-compose.yaml',
];

/** Read on top of the picked file when no file is named (compose-go's DefaultOverrideFileNames). */
export const COMPOSE_OVERRIDE_NAMES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];

/** The files `docker compose` reads in `dir` without `-f`: COMPOSE_FILE (from the variables or `.env`,
 * separated by COMPOSE_PATH_SEPARATOR or the OS's path separator), else the first default name in `dir` or
 * the nearest folder above that has one, followed by the first override file beside it. Undefined: none. */
export function findComposeFiles(
  dir: string,
  env: Record<string, string | undefined> = process.env,
): string[] | undefined {
  const dotEnv = readOptionalEnvFile(join(dir, '.env'), (name) => env[name]);
  const lookup = (name: string) => env[name] ?? dotEnv[name];
  const listed = lookup('COMPOSE_FILE');
  if (listed) {
    const separator = lookup('COMPOSE_PATH_SEPARATOR') || delimiter;
    return listed
      .split(separator)
      .filter(Boolean)
      .map((file) => resolve(dir, file));
  }
  const firstIn = (folder: string, names: string[]) =>
    names.map((name) => join(folder, name)).find((file) => existsSync(file));
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    const picked = firstIn(folder, COMPOSE_FILE_NAMES);
    if (picked) {
      const override = firstIn(folder, COMPOSE_OVERRIDE_NAMES);
      return override ? [picked, override] : [picked];
    }
    if (dirname(folder) === folder) return undefined;
  }
}

/** findComposeFiles, or an error saying what to write. */
export function discoverComposeFiles(
  dir: string,
  env: Record<string, string | undefined> = process.env,
): string[] {
  const found = findComposeFiles(dir, env);
  if (!found)
    throw new ConfigurationError(
      `no compose file in ${dir} or above: write ${COMPOSE_FILE_NAMES.join(', ')}, set COMPOSE_FILE, or give -f`,
    );
  return found;
}
