import type { CacheStore } from './cache-store.js';
import { text, texts } from './request-fields.js';
import { CACHE_READ, CACHE_WRITE, type RuntimeClaims } from './runtime-token.js';
import type { BlobSigner } from './signed-url.js';
import { TwirpError, type TwirpMethod } from './twirp.js';

const MAX_KEY_LENGTH = 512;

/** github.actions.results.api.v1.CacheService, as @actions/cache calls it when ACTIONS_CACHE_SERVICE_V2 is set. */
export function cacheService(store: CacheStore, signer: BlobSigner): Record<string, TwirpMethod> {
  return {
    async CreateCacheEntry(body, claims) {
      const scope = writeScope(claims);
      // GitHub answers a token that may not write with ok=false rather than an error.
      if (scope === undefined)
        return { ok: false, message: 'cache write denied: token has no writable scopes' };
      const entry = store.reserve(cacheKey(body, 'key'), text(body, 'version'), scope);
      return { ok: true, signed_upload_url: signer.url('cache', String(entry.id), 'w') };
    },
    async FinalizeCacheEntryUpload(body, claims) {
      const scope = writeScope(claims);
      if (scope === undefined)
        return { ok: false, message: 'cache write denied: token has no writable scopes' };
      const entry = await store.finalize(cacheKey(body, 'key'), text(body, 'version'), scope);
      return { ok: true, entry_id: String(entry.id) };
    },
    async GetCacheEntryDownloadURL(body, claims) {
      const readable = claims.cacheScopes.filter((s) => s.permission & CACHE_READ).map((s) => s.scope);
      const restoreKeys = texts(body, 'restore_keys');
      for (const key of restoreKeys) checkKey(key);
      const match = store.match(cacheKey(body, 'key'), restoreKeys, text(body, 'version'), readable);
      // A miss is not an error: the client reads ok=false as "no cache".
      if (!match) return { ok: false };
      return {
        ok: true,
        signed_download_url: signer.url('cache', String(match.entry.id), 'r'),
        matched_key: match.matchedKey,
      };
    },
  };
}

/** Saves go to the first scope the token may write: the run's own ref. */
function writeScope(claims: RuntimeClaims): string | undefined {
  return claims.cacheScopes.find((s) => s.permission & CACHE_WRITE)?.scope;
}

function cacheKey(body: Record<string, unknown>, field: string): string {
  return checkKey(text(body, field));
}

function checkKey(key: string): string {
  if (key.length > MAX_KEY_LENGTH) {
    throw new TwirpError('invalid_argument', `cache key is longer than ${MAX_KEY_LENGTH} characters`);
  }
  return key;
}
