import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ComposeContext } from '../../context.js';
import { readEnvFile, type EnvFileFormat } from '../../variables/env-file.js';
import { isRecord, readBoolean, readKeyValues, readString } from '../../../values/index.js';

const FORMATS: Record<string, EnvFileFormat> = { '': 'dotenv', raw: 'raw' };

/**
 * `env_file` entries in order, `environment` over them; a bare key takes its value from the variables.
 * As compose: a value in an env file may refer to the project's variables, then to the service's
 * `environment`, then to what the env files above set.
 */
export function parseEnvironment(
  raw: Record<string, unknown>,
  path: string,
  ctx: ComposeContext,
): Record<string, string> {
  const own =
    raw.environment === undefined || raw.environment === null
      ? {}
      : readKeyValues(raw.environment, `${path}.environment`, ctx.at, ctx.env);
  const environment: Record<string, string> = {};
  if (raw.env_file !== undefined && raw.env_file !== null) {
    const lookup = (name: string) => ctx.env(name) ?? own[name] ?? environment[name];
    const files = Array.isArray(raw.env_file) ? raw.env_file : [raw.env_file];
    files.forEach((entry, index) => {
      const entryPath = Array.isArray(raw.env_file) ? `${path}.env_file[${index}]` : `${path}.env_file`;
      const record: Record<string, unknown> = isRecord(entry) ? entry : { path: entry };
      ctx.warnUnknownKeys(record, ['path', 'required', 'format'], entryPath);
      const file = readString(record.path, isRecord(entry) ? `${entryPath}.path` : entryPath, ctx.at);
      const required =
        record.required === undefined || readBoolean(record.required, `${entryPath}.required`, ctx.at);
      const written =
        record.format === undefined ? '' : readString(record.format, `${entryPath}.format`, ctx.at);
      const format = FORMATS[written];
      if (!format)
        ctx.fail(`${entryPath}.format`, `unsupported env_file format "${written}"; leave it out, or use raw`);
      const absolute = resolve(ctx.dir, file);
      if (!required && !existsSync(absolute)) return;
      const entries = readEnvFile(absolute, { shownAs: absolute, where: ctx.at(entryPath), format, lookup });
      for (const [key, fileValue] of Object.entries(entries)) {
        const value = fileValue ?? lookup(key);
        if (value !== undefined) environment[key] = value;
      }
    });
  }
  return Object.assign(environment, own);
}
