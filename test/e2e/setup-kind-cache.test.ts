// setup-kind under act keeps kind in the Actions cache between runs, on the cache protocol GitHub's hosted
// runners use (v2, our results server). act gives each run a new, empty tool cache, as a hosted runner does:
// the first run downloads kind (from a loopback server serving the real binary and its .sha256sum) and saves
// it, the next run restores it and downloads nothing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { actionsCacheKey } from '../../src/kube/tools/actions-cache.js';
import { lastBuild } from '../support/kind-cluster.js';
import { startResultsServer, type ResultsServer } from './results-server/server.js';
import { runWorkflow, type WorkflowRun } from './support/act.js';

const workflow = 'test/e2e/workflows/setup-kind-cache.yml';
const key = actionsCacheKey({
  tool: 'kind',
  version: 'v0.29.0',
  fileName: 'kind',
  platform: 'linux',
  arch: 'x64',
});

/** kind from build.sh: KIND, else its last build, else where it installs kind first (INCEPTION_BIN_DIR). */
async function kindBinary(): Promise<string> {
  const binDir = process.env.INCEPTION_BIN_DIR || path.join(os.homedir(), '.cache/inception/bin');
  return process.env.KIND ?? (await lastBuild())?.kind ?? path.join(binDir, 'kind');
}

describe(
  'setup-kind keeps kind in the Actions cache between runs (act, cache v2)',
  { timeout: 10 * 60_000 },
  () => {
    let scratch: string;
    let results: ResultsServer;
    let downloads: Server;
    let base: string;
    const requests: string[] = [];

    before(async () => {
      const kind = await readFile(await kindBinary()).catch(() => {
        throw new Error('no kind binary: run `bash test/kind/build.sh` (or set KIND)');
      });
      const digest = createHash('sha256').update(kind).digest('hex');
      downloads = createServer((request, response) => {
        requests.push(request.url ?? '');
        if (request.url === '/v0.29.0/kind-linux-amd64') response.end(kind);
        else if (request.url === '/v0.29.0/kind-linux-amd64.sha256sum')
          response.end(`${digest}  kind-linux-amd64\n`);
        else response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => downloads.listen(0, '127.0.0.1', resolve));
      const address = downloads.address();
      base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      scratch = await mkdtemp(path.join(os.tmpdir(), 'inception-e2e-setup-kind-cache-'));
      results = await startResultsServer({ dir: path.join(scratch, 'results') });
    });

    after(async () => {
      downloads?.close();
      await results?.close();
      await rm(scratch, { recursive: true, force: true });
    });

    async function run(
      env: Record<string, string> = {},
      server: ResultsServer = results,
    ): Promise<{ run: WorkflowRun; requests: string[] }> {
      requests.length = 0;
      const run = await runWorkflow({
        workflow,
        server,
        env: { INCEPTION_KIND_DOWNLOAD_BASE: base, ...env },
      });
      const context = `act exited ${run.exitCode}\n${run.log}\n${run.stderr}`;
      assert.equal(run.exitCode, 0, context);
      assert.deepEqual(
        run.steps.filter((step) => step.id === 'kind').map((step) => [step.stage, step.result]),
        [
          ['Main', 'success'],
          ['Post', 'success'],
        ],
        context,
      );
      assert.match(run.log, /kind-version=v0\.29\.0/, context);
      assert.match(run.log, /kind v0\.29\.0 go\S+ linux\/amd64/, context);
      assert.doesNotMatch(run.log, /::warning::|could not (save|restore)/i, context);
      return { run, requests: [...requests] };
    }

    /** Where the job found kind: the folder setup-kind put on PATH. */
    const kindPath = (run: WorkflowRun) => /kind-path=(\S+)/.exec(run.log)?.[1];

    let first: WorkflowRun;

    test('the first run downloads kind, verifies it and saves it under its key', async () => {
      const result = await run();
      first = result.run;
      const context = first.log;
      assert.deepEqual(result.requests, ['/v0.29.0/kind-linux-amd64.sha256sum', '/v0.29.0/kind-linux-amd64']);
      assert.match(
        context,
        /kind v0\.29\.0: \S+ \(download\)/,
        'kind came through a download (a kind v0.29.0 on PATH would be preinstalled)',
      );
      assert.match(context, new RegExp(`saved kind v0\\.29\\.0 to the Actions cache \\(key ${key}\\)`));
      const entries = results.caches.list();
      assert.deepEqual(
        entries.map((entry) => [entry.key, entry.scope, entry.finalized]),
        [[key, 'refs/heads/main', true]],
      );
    });

    test('the next run, on an empty tool cache, restores it from the Actions cache and downloads nothing', async () => {
      assert.ok(first, 'the first run ran');
      const { run: second, requests: asked } = await run();
      assert.deepEqual(asked, [], 'no request to the download server');
      // Through the v2 (twirp) service hosted runners use, not act's v1 server.
      assert.ok(
        results.requests.includes(
          'POST /twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL 200',
        ),
        results.requests.join('\n'),
      );
      assert.match(
        second.log,
        new RegExp(`restored kind v0\\.29\\.0 from the Actions cache \\(key ${key}\\)`),
      );
      assert.match(second.log, /kind v0\.29\.0: \S+ \(actions-cache\)/);
      assert.notEqual(kindPath(second), kindPath(first), 'each run has its own tool cache');
      assert.match(kindPath(second) ?? '', /\/tool_cache\/kind\/0\.29\.0\/x64\/kind$/);
      // The key exists: nothing is saved again, and the entry is still the first one.
      assert.doesNotMatch(second.log, /saved kind/);
      assert.equal(results.caches.list().length, 1);
    });

    test('cache: false downloads even though the cache holds kind', async () => {
      const { run: third, requests: asked } = await run({ SETUP_KIND_CACHE: 'false' });
      assert.equal(asked.length, 2, asked.join('\n'));
      assert.match(third.log, /kind v0\.29\.0: \S+ \(download\)/);
      assert.doesNotMatch(third.log, /Actions cache/);
    });

    test('a key another job is saving (409) is not an error: the step goes on with its download', async () => {
      const racing = await startResultsServer({ dir: path.join(scratch, 'racing') });
      try {
        // Another job reserves the key just before this one: the service's own rule then answers 409.
        const reserve = racing.caches.reserve.bind(racing.caches);
        racing.caches.reserve = (...args) => {
          reserve(...args);
          return reserve(...args);
        };
        const { run: raced, requests: asked } = await run({}, racing);
        assert.equal(asked.length, 2, asked.join('\n'));
        assert.ok(
          racing.requests.includes(
            'POST /twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry 409',
          ),
          racing.requests.join('\n'),
        );
        assert.match(raced.log, /kind v0\.29\.0 was not saved to the Actions cache/);
        assert.match(raced.log, /kind v0\.29\.0: \S+ \(download\)/);
      } finally {
        await racing.close();
      }
    });
  },
);
