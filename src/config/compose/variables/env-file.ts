import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../../errors.js';

/** Entries of an env file; `undefined` means a bare `KEY` line, whose value comes from the environment. */
export type EnvFileEntries = Record<string, string | undefined>;

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', $: '$' };

/** `KEY=value` lines (optionally `export KEY=value`, quoted values), `# comments` and blank lines. */
export function parseEnvFileText(text: string, file: string): EnvFileEntries {
  const entries: EnvFileEntries = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `${file}:${index + 1}`;
    const match = /^(?:export\s+)?([^\s=#]+)\s*(?:=(.*))?$/.exec(line);
    if (!match) throw new ConfigurationError(`${where}: ${JSON.stringify(raw)} is not KEY=value`);
    const key = match[1] as string;
    entries[key] = match[2] === undefined ? undefined : readEnvValue(match[2].trim(), where);
  });
  return entries;
}

function readEnvValue(text: string, where: string): string {
  const quote = text[0];
  if (quote !== '"' && quote !== "'") return text.replace(/\s+#.*$/, '');
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const char = text[i] as string;
    if (char === quote) {
      const rest = text.slice(i + 1).trim();
      if (rest && !rest.startsWith('#'))
        throw new ConfigurationError(`${where}: unexpected text after the closing quote`);
      return value;
    }
    if (quote === '"' && char === '\\' && i + 1 < text.length)
      value += ESCAPES[text[++i] as string] ?? `\\${text[i]}`;
    else value += char;
  }
  throw new ConfigurationError(`${where}: unterminated ${quote} quote`);
}

export function readEnvFile(path: string, shownAs: string, where: string): EnvFileEntries {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      code === 'ENOENT'
        ? `${where}: env file ${shownAs} does not exist`
        : `${where}: cannot read env file ${shownAs} (${code})`,
    );
  }
  return parseEnvFileText(text, shownAs);
}
