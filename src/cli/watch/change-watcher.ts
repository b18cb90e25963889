import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { isInside } from './affected-services.js';

export interface ChangeWatcherOptions {
  /** Files or folders; a folder is watched with everything below it. */
  paths: string[];
  /** Changes under these folders are not changes (the work folder our own runs write to, .git). */
  ignore: string[];
  /** Quiet time after the last change before a batch is handed out: an editor's save is several events. */
  debounceMs: number;
}

/** Changes under the watched paths, handed out in batches once they have settled. */
export class ChangeWatcher {
  private readonly watchers: FSWatcher[] = [];
  private pending = new Set<string>();
  private timer?: NodeJS.Timeout;
  private waiting?: (files: string[]) => void;

  constructor(private readonly options: ChangeWatcherOptions) {
    for (const given of options.paths) {
      const target = path.resolve(given);
      try {
        // Linux's recursive watch reports a missing path only later, as an event on the watcher.
        if (!existsSync(target)) throw new Error('no such file or folder');
        // A file is watched through its folder: an editor's save writes a new file and renames it over the
        // old one, and a watch on the file itself follows the old one, hearing nothing after the first save.
        const watcher = statSync(target).isDirectory()
          ? watch(target, { recursive: true }, (_event, name) =>
              this.changed(name ? path.resolve(target, name.toString()) : target),
            )
          : watch(path.dirname(target), (_event, name) => {
              if (name?.toString() === path.basename(target)) this.changed(target);
            });
        // A watched folder that is removed ends its watcher: nothing to tell the loop.
        watcher.on('error', () => {});
        this.watchers.push(watcher);
      } catch (error) {
        this.close();
        throw new ConfigurationError(
          `--watch ${given}: cannot watch ${target} (${errorMessage(error)}); give a file or folder that exists.`,
        );
      }
    }
  }

  /** The next batch of changed files; resolves with [] when `signal` aborts. */
  next(signal: AbortSignal): Promise<string[]> {
    if (signal.aborted) return Promise.resolve([]);
    if (this.pending.size > 0 && !this.timer) return Promise.resolve(this.take());
    return new Promise((resolve) => {
      const onAbort = () => {
        this.waiting = undefined;
        resolve([]);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting = (files) => {
        signal.removeEventListener('abort', onAbort);
        resolve(files);
      };
    });
  }

  close(): void {
    clearTimeout(this.timer);
    for (const watcher of this.watchers) watcher.close();
  }

  private changed(file: string): void {
    if (this.options.ignore.some((folder) => isInside(folder, file))) return;
    this.pending.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.(this.take());
    }, this.options.debounceMs);
  }

  private take(): string[] {
    const files = [...this.pending].sort();
    this.pending = new Set();
    return files;
  }
}
