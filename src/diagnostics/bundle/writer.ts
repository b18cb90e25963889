import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable, Transform } from 'node:stream';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { Redactor } from '../../shared/redaction/redactor.js';
import { RedactLines } from '../../shared/redaction/redact-lines.js';

export type ReportFailure = (what: string, error: unknown) => void;

/**
 * A diagnostics folder being filled: the files written (relative to it) and every problem met, each also
 * a warning. Every byte goes through `redactor` on its way in, so no collector can forget a secret (the
 * folder becomes an artifact that anyone with read access downloads, and the runner masks only its logs).
 * Nothing here throws: collecting goes on past whatever fails, and the index lists it.
 */
export class BundleWriter {
  readonly files: string[] = [];
  readonly errors: string[] = [];

  constructor(
    readonly outDir: string,
    private readonly logger: Logger,
    readonly redactor: Redactor = new Redactor(),
  ) {}

  readonly fail: ReportFailure = (what, error) => {
    const message = this.redactor.redact(`${what}: ${errorMessage(error)}`);
    this.errors.push(message);
    this.logger.warn(`diagnostics: ${message}`);
  };

  /**
   * Writes `relative` (making its folders) and lists it in `files` unless `listed` is false; a failure
   * is reported and gives false.
   */
  async write(relative: string, content: string, listed = true): Promise<boolean> {
    try {
      const file = await this.prepare(relative);
      await writeFile(file, this.redactor.redact(content));
    } catch (error) {
      this.fail(relative, error);
      return false;
    }
    if (listed) this.files.push(relative);
    return true;
  }

  /**
   * Streams what `open` gives, through `transform` when given, into `relative` line by line, redacted.
   * The stream is opened once the folder exists, so none of its errors goes unheard. Throws: the caller
   * knows what it was.
   */
  async writeStream(
    relative: string,
    open: () => Readable | NodeJS.ReadableStream | Promise<Readable | NodeJS.ReadableStream>,
    transform?: Transform,
  ): Promise<void> {
    const file = await this.prepare(relative);
    const source = await open();
    const redact = new RedactLines(this.redactor);
    await (transform
      ? pipeline(source, transform, redact, createWriteStream(file))
      : pipeline(source, redact, createWriteStream(file)));
  }

  /** Copies a file from outside the bundle (a test log, a JUnit report) into `relative`, redacted. */
  async copy(source: string, relative: string): Promise<void> {
    await this.writeStream(relative, () => createReadStream(source));
  }

  /** Rewrites `relative` from what it holds now (undefined when it does not exist yet). */
  async rewrite(relative: string, change: (current: string | undefined) => string): Promise<void> {
    const file = await this.prepare(relative);
    const current = await readFile(file, 'utf8').catch(() => undefined);
    await writeFile(file, this.redactor.redact(change(current)));
  }

  /**
   * Redacts, in place, every file under `relative` (the whole bundle for ''): for what a program wrote
   * there (kind's node logs), and for secrets learned after a file was written. Gives the files changed.
   */
  async redactTree(relative = ''): Promise<number> {
    let changed = 0;
    let entries: string[];
    try {
      entries = await readdir(path.join(this.outDir, relative), { recursive: true });
    } catch (error) {
      this.fail(`redacting ${relative || 'the bundle'}`, error);
      return 0;
    }
    for (const entry of entries) {
      const file = path.join(this.outDir, relative, entry);
      try {
        const text = await readFile(file, 'utf8');
        const redacted = this.redactor.redact(text);
        if (redacted === text) continue;
        await writeFile(file, redacted);
        changed++;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EISDIR') continue;
        this.fail(`redacting ${path.join(relative, entry)}`, error);
      }
    }
    return changed;
  }

  /**
   * `<dir>/index.md` and `<dir>/index.json`, listed first so that the JSON (whose `files` is this
   * writer's list) names both.
   */
  async writeIndexes(
    dir: string,
    markdown: string,
    diagnostics: { files: readonly string[] },
  ): Promise<void> {
    const prefix = dir === '' ? '' : `${dir}/`;
    this.files.push(`${prefix}index.md`, `${prefix}index.json`);
    await this.write(`${prefix}index.md`, markdown, false);
    await this.write(`${prefix}index.json`, JSON.stringify(diagnostics, null, 2) + '\n', false);
  }

  private async prepare(relative: string): Promise<string> {
    const file = path.join(this.outDir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    return file;
  }
}
