import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A value no file could hold by chance, new each run: `<what>-<16 hex>`. */
export function plantSecret(what: string): string {
  return `${what}-${randomBytes(8).toString('hex')}`;
}

export interface ScanHit {
  where: string;
  secret: string;
}

/** Every place a secret was found, and how many files and bytes were looked at (so a scan of nothing fails). */
export class SecretScan {
  readonly hits: ScanHit[] = [];
  /** What was scanned, by the names given. */
  readonly scanned: string[] = [];
  files = 0;
  bytes = 0;

  constructor(readonly secrets: Readonly<Record<string, string>>) {}

  /** Every byte of `content`, for every secret in the raw form and the JSON-escaped and URL-encoded ones. */
  scan(where: string, content: Buffer | string): void {
    const buffer = typeof content === 'string' ? Buffer.from(content) : content;
    this.files++;
    this.scanned.push(where);
    this.bytes += buffer.length;
    for (const [name, value] of Object.entries(this.secrets)) {
      const forms = new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)]);
      if ([...forms].some((form) => buffer.includes(form))) this.hits.push({ where, secret: name });
    }
  }

  /** Every file under `dir`, recursively. */
  async scanTree(dir: string, label = dir): Promise<void> {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      this.scan(path.join(label, path.relative(dir, file)), await readFile(file));
    }
  }

  report(): string {
    return this.hits.map((hit) => `${hit.secret} in ${hit.where}`).join('\n');
  }
}

/**
 * A step's stdout as the runner shows it: from each `::add-mask::<value>` on, that value is `***`. The
 * runner masks only what it was told, so a secret logged before its mask, or never masked, still shows.
 */
export function maskedLog(stdout: string): string {
  const masks: string[] = [];
  return stdout
    .split('\n')
    .map((line) => {
      const mask = /^::add-mask::(.*)$/.exec(line);
      if (mask) {
        masks.push(mask[1] ?? '');
        return '::add-mask::***';
      }
      return masks.reduce((text, value) => (value === '' ? text : text.split(value).join('***')), line);
    })
    .join('\n');
}
