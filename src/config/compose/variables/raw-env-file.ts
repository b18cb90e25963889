import { ConfigurationError } from '../../../errors.js';
import { envFileLines, type EnvFileEntries } from './env-file.js';

/**
 * `env_file: { format: raw }`, read as `docker run --env-file` reads a file: everything after the first
 * `=` is the value, verbatim (quotes, `$`, trailing spaces); a bare `KEY` takes its value from the
 * environment (`undefined` here).
 */
export function parseRawEnvText(text: string, file: string): EnvFileEntries {
  const entries: EnvFileEntries = {};
  envFileLines(text).forEach((raw, index) => {
    const line = raw.replace(/^\s+/, '');
    if (!line || line.startsWith('#')) return;
    const equals = line.indexOf('=');
    const key = equals < 0 ? line : line.slice(0, equals);
    if (!key || /[ \t]/.test(key))
      throw new ConfigurationError(
        `${file}:${index + 1}: ${JSON.stringify(key)} is not a variable name (format: raw takes KEY=value lines)`,
      );
    entries[key] = equals < 0 ? undefined : line.slice(equals + 1);
  });
  return entries;
}
