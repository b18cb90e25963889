import { parse as parseYaml } from 'yaml';
import { ConfigurationError, errorMessage } from '../errors.js';

/**
 * The `command` input as an argument list: a YAML/JSON list (`["pytest", "-x"]` or `- pytest` lines), or a
 * shell-like line split on spaces with '…', "…" and \ quoting. No shell runs it; write
 * `sh -c '…'` for pipes, `&&` or variables.
 */
export function parseCommand(raw: string, input: string): string[] {
  const text = raw.trim();
  if (text.startsWith('[') || /^-\s/.test(text)) {
    let parsed: unknown;
    try {
      parsed = parseYaml(text);
    } catch (error) {
      throw new ConfigurationError(
        `Input "${input}" looks like a YAML list but does not parse: ${errorMessage(error)}`,
      );
    }
    if (!Array.isArray(parsed) || parsed.some((item) => typeof item === 'object' && item !== null)) {
      throw new ConfigurationError(`Input "${input}" must be a list of strings, e.g. ["pytest", "-x"].`);
    }
    return parsed.map((item) => String(item));
  }
  return splitShellWords(text, input);
}

export function splitShellWords(text: string, input: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word = (word ?? '') + ch;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && /["\\$`]/.test(text[i + 1] ?? '')) word = (word ?? '') + text[++i];
      else word = (word ?? '') + ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= '';
    } else if (ch === '\\' && i + 1 < text.length) {
      const next = text[++i] as string;
      if (next !== '\n') word = (word ?? '') + next;
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + ch;
  }
  if (quote) throw new ConfigurationError(`Input "${input}" has an unclosed ${quote} quote: ${text}`);
  if (word !== undefined) words.push(word);
  return words;
}
