import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { globToRegExp, hasGlob } from './glob.js';

/** Folders a walk never enters unless a pattern names them literally: they hold other people's files. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * The files under `root` that the patterns match, relative to `root` with `/`, sorted and without
 * duplicates. A pattern starting with `!` removes what it matches; a pattern without glob characters
 * names a file, or a folder meaning every file below it. Symbolic links to folders are not followed.
 */
export async function findFiles(root: string, patterns: readonly string[]): Promise<string[]> {
  const included = new Set<string>();
  const relative = (pattern: string) => clean(root, pattern);
  const exclusions = patterns.filter((p) => p.startsWith('!')).map((p) => matcher(relative(p.slice(1))));
  for (const pattern of patterns.filter((p) => !p.startsWith('!')).map(relative)) {
    for (const file of await filesOf(root, pattern)) included.add(file);
  }
  return [...included].filter((file) => !exclusions.some((excluded) => excluded(file))).sort(byPath);
}

/** Plain code-unit order, the same on every machine whatever its locale. */
export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Relative to `root`, without `./`; an absolute pattern must lie below `root`. */
function clean(root: string, pattern: string): string {
  if (path.isAbsolute(pattern)) {
    const inside = path.relative(root, pattern);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      throw new ConfigurationError(`"${pattern}" is outside ${root}: write it relative to that folder.`);
    }
    return inside.split(path.sep).join('/');
  }
  return pattern.replace(/^(\.\/)+/, '');
}

function matcher(pattern: string): (file: string) => boolean {
  if (hasGlob(pattern)) {
    const expression = globToRegExp(pattern);
    return (file) => expression.test(file);
  }
  const folder = `${pattern.replace(/\/$/, '')}/`;
  return (file) => file === pattern || file.startsWith(folder);
}

async function filesOf(root: string, pattern: string): Promise<string[]> {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex(hasGlob);
  if (firstGlob === -1) {
    const info = await stat(path.join(root, pattern)).catch(() => undefined);
    if (info?.isFile()) return [pattern];
    if (info?.isDirectory()) return walk(root, pattern.replace(/\/$/, ''), () => true);
    return [];
  }
  const base = segments.slice(0, firstGlob).join('/');
  const expression = globToRegExp(pattern);
  return walk(root, base, (file) => expression.test(file));
}

async function walk(root: string, folder: string, keep: (file: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(path.join(root, folder), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const relative = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) found.push(...(await walk(root, relative, keep)));
    } else if (entry.isFile() && keep(relative)) found.push(relative);
  }
  return found;
}
