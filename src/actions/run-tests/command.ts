import { parse as parseYaml } from 'yaml';
import { splitShellWords } from '../../config/values/index.js';
import { ConfigurationError, errorMessage } from '../../errors.js';

/**
 * The `command` input as an argument list: a YAML/JSON list (`["pytest", "-x"]` or `- pytest` lines), or a
 * shell-like line split as a POSIX shell would (`splitShellWords`). No shell runs it; write
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
  return splitShellWords(text, `Input "${input}"`);
}
