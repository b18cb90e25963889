import type { BundleWriter } from './writer.js';

/**
 * Puts `lines` right under the title of the bundle's index.md (or starts one): what a person reads first
 * goes first, whichever collector wrote the rest.
 */
export async function insertUnderTitle(bundle: BundleWriter, lines: readonly string[]): Promise<void> {
  await bundle.rewrite('index.md', (current = '# Diagnostics\n') => {
    const titleEnd = current.startsWith('# ') ? current.indexOf('\n') + 1 || current.length : 0;
    const title = current.slice(0, titleEnd).trimEnd();
    const rest = current.slice(titleEnd).trimStart();
    return [title, '', ...lines, rest].join('\n').replace(/\n*$/, '\n');
  });
}
