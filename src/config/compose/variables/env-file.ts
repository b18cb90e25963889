import { existsSync, readFileSync } from 'node:fs';
import { ConfigurationError } from '../../../errors.js';
import { interpolate, InterpolationError, type Lookup } from './interpolation.js';
import { parseRawEnvText } from './raw-env-file.js';

/** Entries of an env file; `undefined` means a bare `KEY` line, whose value comes from the environment. */
export type EnvFileEntries = Record<string, string | undefined>;

/** `env_file[].format`: compose's own (quotes, escapes, interpolation) or `raw` (docker run --env-file). */
export type EnvFileFormat = 'dotenv' | 'raw';

// `\$` stays a literal dollar through the interpolation that follows, as compose-go turns it into `$$`.
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', $: '$$' };

/**
 * `KEY=value` (or `KEY: value`) lines, optionally `export`ed, `# comments` and blank lines, as compose-go's
 * dotenv reads them: unquoted and double-quoted values are interpolated (`lookup` first, then the entries
 * above), single-quoted ones are kept as written.
 */
export function parseEnvFileText(
  text: string,
  file: string,
  lookup: Lookup = () => undefined,
): EnvFileEntries {
  const entries: EnvFileEntries = {};
  const resolve: Lookup = (name) => lookup(name) ?? entries[name];
  envFileLines(text).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `${file}:${index + 1}`;
    const match = /^(?:export\s+)?([^\s=:#]+)\s*(?:[=:](.*))?$/.exec(line);
    if (!match) throw new ConfigurationError(`${where}: ${JSON.stringify(raw)} is not KEY=value`);
    const key = match[1] as string;
    entries[key] = match[2] === undefined ? undefined : readEnvValue(match[2].trim(), where, resolve);
  });
  return entries;
}

/** The lines of an env file, without the byte-order mark an editor may have written first. */
export function envFileLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

function readEnvValue(text: string, where: string, lookup: Lookup): string {
  const quote = text[0];
  if (quote !== '"' && quote !== "'") return expand(text.replace(/\s+#.*$/, ''), where, lookup);
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const char = text[i] as string;
    if (char === quote) {
      const rest = text.slice(i + 1).trim();
      if (rest && !rest.startsWith('#'))
        throw new ConfigurationError(`${where}: unexpected text after the closing quote`);
      return quote === '"' ? expand(value, where, lookup) : value;
    }
    if (quote === '"' && char === '\\' && i + 1 < text.length)
      value += ESCAPES[text[++i] as string] ?? `\\${text[i]}`;
    else if (quote === '"' && char === '$' && text[i + 1] === '$') value += '$$';
    else value += char;
  }
  throw new ConfigurationError(`${where}: unterminated ${quote} quote`);
}

function expand(value: string, where: string, lookup: Lookup): string {
  try {
    return interpolate(value, lookup);
  } catch (error) {
    if (error instanceof InterpolationError) throw new ConfigurationError(`${where}: ${error.message}`);
    throw error;
  }
}

export interface EnvFileRead {
  /** The path as messages show it. */
  shownAs: string;
  /** Where the file is named in the compose file, for messages. */
  where: string;
  format: EnvFileFormat;
  /** Variables a value may refer to (dotenv format only). */
  lookup?: Lookup;
  /** What the file is, as messages name it (default "env file"). */
  kind?: string;
}

export function readEnvFile(path: string, read: EnvFileRead): EnvFileEntries {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      code === 'ENOENT'
        ? `${read.where}: ${read.kind ?? 'env file'} ${read.shownAs} does not exist`
        : `${read.where}: cannot read ${read.kind ?? 'env file'} ${read.shownAs} (${code})`,
    );
  }
  return read.format === 'raw'
    ? parseRawEnvText(text, read.shownAs)
    : parseEnvFileText(text, read.shownAs, read.lookup);
}

/** A dotenv-format file that may be missing (`.env`, an include's default env file): none is no entries. */
export function readOptionalEnvFile(path: string, lookup: Lookup): EnvFileEntries {
  return existsSync(path) ? parseEnvFileText(readFileSync(path, 'utf8'), path, lookup) : {};
}
