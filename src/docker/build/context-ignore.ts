import { posix } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { globToRegExp } from '../../shared/files/glob.js';

interface IgnoreRule {
  regexp: RegExp;
  exclusion: boolean;
}

/**
 * The rules of a `.dockerignore` file, matched the way the Docker CLI does: the last matching line wins,
 * `!` re-includes, and a pattern that matches a directory also matches everything below it.
 */
export class DockerIgnore {
  private readonly rules: IgnoreRule[];

  constructor(text: string, where = '.dockerignore') {
    this.rules = [];
    for (const raw of text.split(/\r?\n/)) {
      let line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const exclusion = line.startsWith('!');
      if (exclusion) line = line.slice(1).trim();
      const cleaned = posix.normalize(line).replace(/^\/+/, '').replace(/\/+$/, '');
      if (cleaned === '' || cleaned === '.') {
        if (exclusion)
          throw new ConfigurationError(`${where}: "${raw.trim()}" re-includes nothing; remove the line.`);
        continue;
      }
      this.rules.push({ regexp: globToRegExp(cleaned), exclusion });
    }
  }

  /** Whether some rule re-includes paths, so an ignored directory may still hold files to send. */
  get hasExclusions(): boolean {
    return this.rules.some((rule) => rule.exclusion);
  }

  /** `path` is relative to the context, with `/` separators. */
  ignores(path: string): boolean {
    const segments = path.split('/');
    const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
    let ignored = false;
    for (const rule of this.rules) {
      if (candidates.some((candidate) => rule.regexp.test(candidate))) ignored = !rule.exclusion;
    }
    return ignored;
  }
}
