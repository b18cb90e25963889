import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startResultsServer, type ResultsServer } from './results-server/server.js';
import { runtimeEnv } from './support/runtime-env.js';

// @actions/cache is not a dependency of this repository, so these requests are the ones it sends in v2
// mode (ACTIONS_CACHE_SERVICE_V2): twirp JSON at ACTIONS_RESULTS_URL, then Azure blob calls on the signed URL.

let server: ResultsServer;
let scratch: string;
const VERSION = 'c3fcd3d76192e4007dfb496cca67e13b'; // the client's hash of paths + compression

before(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'inception-e2e-cache-'));
  server = await startResultsServer({ dir: scratch });
});

after(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

let lastRun = 0;
function tokenFor(ref: string): string {
  return runtimeEnv(server.url, { runId: `cache-test-${++lastRun}`, ref }).ACTIONS_RUNTIME_TOKEN;
}

interface Answer {
  status: number;
  body: Record<string, string | boolean | undefined>;
}

async function call(method: string, body: object, token: string | undefined): Promise<Answer> {
  const response = await fetch(`${server.url}/twirp/github.actions.results.api.v1.CacheService/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** Save as the client does: reserve, upload (one PUT, or blocks and a block list), finalize. */
async function save(key: string, content: string[], token: string, version = VERSION): Promise<Answer> {
  const reserved = await call('CreateCacheEntry', { key, version }, token);
  if (reserved.status !== 200) return reserved;
  const url = String(reserved.body.signed_upload_url);
  if (content.length === 1) {
    const put = await fetch(url, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: content[0],
    });
    assert.equal(put.status, 201);
  } else {
    const ids = content.map((_, index) =>
      Buffer.from(`block-${String(index).padStart(6, '0')}`).toString('base64'),
    );
    // Staged out of order: the block list alone decides the order.
    for (const index of [...content.keys()].reverse()) {
      const put = await fetch(`${url}&comp=block&blockid=${encodeURIComponent(ids[index]!)}`, {
        method: 'PUT',
        body: content[index],
      });
      assert.equal(put.status, 201);
    }
    const list = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join('')}</BlockList>`;
    assert.equal((await fetch(`${url}&comp=blocklist`, { method: 'PUT', body: list })).status, 201);
  }
  const size = Buffer.byteLength(content.join(''));
  return call('FinalizeCacheEntryUpload', { key, version, size_bytes: String(size) }, token);
}

async function restore(
  key: string,
  restoreKeys: string[],
  token: string,
  version = VERSION,
): Promise<{ matchedKey?: string; content?: string }> {
  const answer = await call('GetCacheEntryDownloadURL', { key, restore_keys: restoreKeys, version }, token);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  if (!answer.body.ok) return {};
  const download = await fetch(String(answer.body.signed_download_url));
  assert.equal(download.status, 200);
  return { matchedKey: String(answer.body.matched_key), content: await download.text() };
}

describe('the results server, as GitHub answers @actions/cache in v2 mode', () => {
  const main = () => tokenFor('refs/heads/main');

  test('saves an entry and restores it by its exact key', async () => {
    const saved = await save('exact-linux-abc', ['node_modules tarball'], main());
    assert.equal(saved.status, 200);
    assert.equal(saved.body.ok, true);
    assert.match(String(saved.body.entry_id), /^\d+$/);
    assert.deepEqual(await restore('exact-linux-abc', [], main()), {
      matchedKey: 'exact-linux-abc',
      content: 'node_modules tarball',
    });
  });

  test('joins an upload in blocks in the order of the block list', async () => {
    assert.equal((await save('blocks-linux', ['one-', 'two-', 'three'], main())).body.ok, true);
    assert.equal((await restore('blocks-linux', [], main())).content, 'one-two-three');
  });

  test('refuses a second save of an existing key with 409: the first writer wins', async () => {
    await save('first-writer', ['first'], main());
    const second = await save('first-writer', ['second'], main());
    assert.equal(second.status, 409);
    assert.equal(second.body.code, 'already_exists');
    assert.equal(second.body.msg, 'cache entry with the same key, version, and scope already exists');
    assert.equal((await restore('first-writer', [], main())).content, 'first');
  });

  test('a reservation not yet finalized already holds its key', async () => {
    assert.equal((await call('CreateCacheEntry', { key: 'racing', version: VERSION }, main())).status, 200);
    assert.equal((await call('CreateCacheEntry', { key: 'racing', version: VERSION }, main())).status, 409);
    assert.deepEqual(await restore('racing', [], main()), {});
  });

  test('restores by prefix: the key, then each restore key in order, the newest entry of a prefix', async () => {
    await save('deps-linux-old', ['old'], main());
    await save('deps-linux-new', ['new'], main());
    await save('deps-macos-1', ['macos'], main());
    assert.equal((await restore('deps-linux-', [], main())).matchedKey, 'deps-linux-new');
    assert.equal(
      (await restore('deps-linux-missing', ['deps-macos-', 'deps-'], main())).matchedKey,
      'deps-macos-1',
    );
    assert.equal(
      (await restore('deps-linux-missing', ['nothing-', 'deps-linux-'], main())).matchedKey,
      'deps-linux-new',
    );
    assert.deepEqual(await restore('deps-windows', ['deps-windows-'], main()), {});
  });

  test('an exact hit wins over a newer entry that only shares the prefix', async () => {
    await save('prefix-a', ['exact'], main());
    await save('prefix-a-later', ['newer'], main());
    assert.equal((await restore('prefix-a', [], main())).content, 'exact');
  });

  test('restores nothing when the version (paths or compression) differs', async () => {
    await save('versioned', ['gzip'], main(), 'version-gzip');
    assert.deepEqual(await restore('versioned', ['versioned'], main(), 'version-zstd'), {});
    assert.equal((await restore('versioned', [], main(), 'version-gzip')).content, 'gzip');
  });

  test("keeps a branch's caches from main, and lets the branch read main's", async () => {
    const feature = () => tokenFor('refs/heads/feature');
    await save('scoped-from-main', ['main'], main());
    await save('scoped-from-feature', ['feature'], feature());
    assert.equal((await restore('scoped-from-main', [], feature())).content, 'main');
    assert.deepEqual(await restore('scoped-from-feature', [], main()), {});
    // The same key saved on the branch is another entry, and the branch's own comes first.
    assert.equal((await save('scoped-from-main', ['branch copy'], feature())).status, 200);
    assert.equal((await restore('scoped-from-main', [], feature())).content, 'branch copy');
    assert.equal((await restore('scoped-from-main', [], main())).content, 'main');
  });

  test('refuses a request without a runtime token', async () => {
    const answer = await call('GetCacheEntryDownloadURL', { key: 'k', version: VERSION }, undefined);
    assert.equal(answer.status, 401);
    assert.equal(answer.body.code, 'unauthenticated');
  });

  test('refuses a blob URL whose signature was changed, and a read URL used to write', async () => {
    const reserved = await call('CreateCacheEntry', { key: 'signed', version: VERSION }, main());
    const url = new URL(String(reserved.body.signed_upload_url));
    url.searchParams.set('sig', '0'.repeat(64));
    assert.equal((await fetch(url, { method: 'PUT', body: 'x' })).status, 403);
    await save('readable', ['content'], main());
    const found = await call('GetCacheEntryDownloadURL', { key: 'readable', version: VERSION }, main());
    assert.equal(
      (await fetch(String(found.body.signed_download_url), { method: 'PUT', body: 'x' })).status,
      403,
    );
  });
});
