import { ConfigurationError } from '../../errors.js';

/**
 * Splits a command line into words like a POSIX shell would, without expanding anything: '…' and "…"
 * quoting, \ escapes, and \ before a line break continues the line.
 */
export function splitShellWords(text: string, where: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && text[i + 1] === '\n') i++;
      else if (char === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1] as string))
        word += text[++i];
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === '\\' && text[i + 1] === '\n') {
      i++;
    } else if (char === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote) {
    const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
    throw new ConfigurationError(
      `${where}: unterminated ${quote} quote in ${shown}; close it, or escape a literal one as \\${quote}`,
    );
  }
  if (inWord) words.push(word);
  return words;
}
