import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { BlobTarget } from './blob-routes.js';
import type { BlobPermission } from './signed-url.js';
import { TwirpError } from './twirp.js';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** The ref the entry was saved from; only runs whose token can read that scope see it. */
  scope: string;
  createdAt: Date;
  finalized: boolean;
  size: number;
  path: string;
}

export interface CacheMatch {
  entry: CacheEntry;
  matchedKey: string;
}

/**
 * Cache entries with GitHub's rules: an entry, once reserved, is never replaced (the first writer wins);
 * a restore looks in each readable scope in turn for the exact key, then the newest entry whose key starts
 * with the key, then with each restore key in order; the version (paths + compression) must match.
 */
export class CacheStore {
  private readonly entries: CacheEntry[] = [];
  private nextId = 1;

  constructor(private readonly dir: string) {}

  reserve(key: string, version: string, scope: string): CacheEntry {
    if (this.entries.some((e) => e.key === key && e.version === version && e.scope === scope)) {
      throw new TwirpError(
        'already_exists',
        'cache entry with the same key, version, and scope already exists',
      );
    }
    const id = this.nextId++;
    const entry: CacheEntry = {
      id,
      key,
      version,
      scope,
      createdAt: new Date(),
      finalized: false,
      size: 0,
      path: path.join(this.dir, String(id)),
    };
    this.entries.push(entry);
    return entry;
  }

  async finalize(key: string, version: string, scope: string): Promise<CacheEntry> {
    const entry = this.entries.find((e) => e.key === key && e.version === version && e.scope === scope);
    if (!entry || entry.finalized)
      throw new TwirpError('not_found', `no cache entry "${key}" is being uploaded`);
    const size = await stat(entry.path).then(
      (info) => info.size,
      () => undefined,
    );
    if (size === undefined)
      throw new TwirpError('failed_precondition', `cache entry "${key}" has no uploaded content`);
    Object.assign(entry, { finalized: true, size });
    return entry;
  }

  match(key: string, restoreKeys: string[], version: string, scopes: string[]): CacheMatch | undefined {
    for (const scope of scopes) {
      const candidates = this.entries
        .filter((e) => e.finalized && e.version === version && e.scope === scope)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
      const exact = candidates.find((e) => e.key === key);
      if (exact) return { entry: exact, matchedKey: exact.key };
      for (const prefix of [key, ...restoreKeys]) {
        const partial = candidates.find((e) => e.key.startsWith(prefix));
        if (partial) return { entry: partial, matchedKey: partial.key };
      }
    }
    return undefined;
  }

  /** Finalized entries, oldest first. */
  list(): CacheEntry[] {
    return this.entries.filter((e) => e.finalized);
  }

  /** An entry's blob is written until it is finalized, and read after. */
  blobTarget(id: string, permission: BlobPermission): BlobTarget | undefined {
    const entry = this.entries.find((e) => String(e.id) === id);
    if (!entry || entry.finalized !== (permission === 'r')) return undefined;
    return { path: entry.path, contentType: 'application/octet-stream' };
  }
}
