import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Redactor } from '../../shared/redaction/redactor.js';
import { chunkElementId, type PageFile } from './data.js';
import { pageFileKind } from './file-kind.js';

export interface EmbedLimits {
  /** Lines per embedded chunk, parsed only when the page shows them. Default 2000. */
  chunkLines?: number;
  /** Bytes of file text embedded at most; later files are listed, to be opened from the folder. Default 48 MiB. */
  maxBytes?: number;
}

export interface EmbeddedFiles {
  files: PageFile[];
  /** `<script type="application/json">` elements, one per chunk. */
  elements: string[];
}

/** JSON that cannot end the script element it sits in. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Every text file of the bundle folder (index.html aside), redacted, split into chunks of lines: what
 * the page shows is what the folder holds, and a large log costs nothing until it is opened.
 */
export async function embedBundleFiles(
  outDir: string,
  redactor: Redactor,
  limits: EmbedLimits = {},
): Promise<EmbeddedFiles> {
  const chunkLines = limits.chunkLines ?? 2000;
  let budget = limits.maxBytes ?? 48 * 1024 * 1024;
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const relatives = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => relative !== 'index.html')
    .sort(byReadingOrder);
  const files: PageFile[] = [];
  const elements: string[] = [];
  for (const relative of relatives) {
    const content = await readFile(path.join(outDir, relative));
    const file: PageFile = {
      path: relative,
      kind: pageFileKind(relative),
      bytes: content.length,
      lines: 0,
      chunkLines,
      chunks: 0,
    };
    files.push(file);
    if (content.includes(0)) {
      file.omitted = 'not text';
      continue;
    }
    if (content.length > budget) {
      file.omitted = 'too large to embed';
      continue;
    }
    budget -= content.length;
    const lines = redactor
      .redact(content.toString('utf8'))
      .replace(/\r?\n$/, '')
      .split(/\r?\n/);
    file.lines = content.length === 0 ? 0 : lines.length;
    const index = files.length - 1;
    for (let start = 0; start < file.lines; start += chunkLines) {
      elements.push(
        `<script type="application/json" id="${chunkElementId(index, file.chunks)}">${scriptSafeJson(lines.slice(start, start + chunkLines))}</script>`,
      );
      file.chunks++;
    }
  }
  return { files, elements };
}

/** Tests first, then the services' and pods' folders, kind's node logs last. */
function byReadingOrder(a: string, b: string): number {
  return weight(a) - weight(b) || a.localeCompare(b);
}

function weight(relative: string): number {
  if (relative.startsWith('tests/')) return 0;
  if (relative.includes('/kind-logs/')) return 3;
  if (relative.includes('/')) return 1;
  return 2;
}
