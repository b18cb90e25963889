import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Puts `lines` right under the title of the bundle's index.md (or starts one): what a person reads first
 * goes first, whichever collector wrote the rest.
 */
export async function insertUnderTitle(outDir: string, lines: readonly string[]): Promise<void> {
  const file = path.join(outDir, 'index.md');
  let current = '# Diagnostics\n';
  try {
    current = await readFile(file, 'utf8');
  } catch {
    // No collector wrote an index: these lines start it.
  }
  const titleEnd = current.startsWith('# ') ? current.indexOf('\n') + 1 || current.length : 0;
  const title = current.slice(0, titleEnd).trimEnd();
  const rest = current.slice(titleEnd).trimStart();
  await writeFile(file, [title, '', ...lines, rest].join('\n').replace(/\n*$/, '\n'));
}
