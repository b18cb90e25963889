import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';

export type ReportFailure = (what: string, error: unknown) => void;

/**
 * A diagnostics folder being filled: the files written (relative to it) and every problem met, each also
 * a warning. Nothing here throws: collecting goes on past whatever fails, and the index lists it.
 */
export class BundleWriter {
  readonly files: string[] = [];
  readonly errors: string[] = [];

  constructor(
    readonly outDir: string,
    private readonly logger: Logger,
  ) {}

  readonly fail: ReportFailure = (what, error) => {
    const message = `${what}: ${errorMessage(error)}`;
    this.errors.push(message);
    this.logger.warn(`diagnostics: ${message}`);
  };

  /**
   * Writes `relative` (making its folders) and lists it in `files` unless `listed` is false; a failure
   * is reported and gives false.
   */
  async write(relative: string, content: string, listed = true): Promise<boolean> {
    try {
      const file = path.join(this.outDir, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    } catch (error) {
      this.fail(relative, error);
      return false;
    }
    if (listed) this.files.push(relative);
    return true;
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
}
