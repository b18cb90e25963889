// Tool installation with the real @actions/tool-cache against a local HTTP server that serves a real kind
// binary and kubectl with their checksums (nothing is fetched from the internet).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import * as tc from '@actions/tool-cache';
import { MemoryLogger } from '../support/memory-logger.js';
import { ChecksumMismatchError } from '../../src/kube/tools/checksum.js';
import { installKind, installKubectl } from '../../src/kube/tools/install.js';
import { runProgramChecked } from '../../src/shared/process/run-command.js';
import { lastBuild } from '../support/kind-cluster.js';

describe('installKind / installKubectl with the tool cache', { timeout: 120_000 }, () => {
  let dir: string;
  let server: Server;
  let base: string;
  const requests: string[] = [];
  const files = new Map<string, Buffer>();
  let kindSource: string;
  let kubectlSource: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sk-tools-'));
    const built = await lastBuild();
    kindSource = process.env.KIND ?? built?.kind ?? '';
    kubectlSource = process.env.KUBECTL ?? built?.kubectl ?? '';
    assert.ok(
      kindSource && kubectlSource,
      'no kind/kubectl binaries: run test/kind/build.sh (or set KIND and KUBECTL)',
    );
    const kind = await readFile(kindSource);
    const kubectl = await readFile(kubectlSource);
    const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
    files.set('/good/v0.29.0/kind-linux-amd64', kind);
    files.set('/good/v0.29.0/kind-linux-amd64.sha256sum', Buffer.from(`${sha(kind)}  kind-linux-amd64\n`));
    files.set('/bad/v0.29.0/kind-linux-amd64', kind);
    files.set(
      '/bad/v0.29.0/kind-linux-amd64.sha256sum',
      Buffer.from(`${'0'.repeat(64)}  kind-linux-amd64\n`),
    );
    files.set('/k8s/v1.33.1/bin/linux/amd64/kubectl', kubectl);
    files.set('/k8s/v1.33.1/bin/linux/amd64/kubectl.sha256', Buffer.from(sha(kubectl)));
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      const body = files.get(request.url ?? '');
      response.writeHead(body ? 200 : 404).end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  after(async () => {
    server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  let caseDir: string;
  beforeEach(async () => {
    caseDir = await mkdtemp(join(dir, 'case-'));
    process.env.RUNNER_TOOL_CACHE = join(caseDir, 'tool-cache');
    process.env.RUNNER_TEMP = join(caseDir, 'temp');
    await mkdir(process.env.RUNNER_TEMP, { recursive: true });
    requests.length = 0;
  });

  /** A PATH holding only a fake tool that prints `output` (or nothing at all). */
  async function pathWith(tool?: string, output?: string): Promise<string> {
    const bin = join(caseDir, 'bin');
    await mkdir(bin, { recursive: true });
    if (tool) {
      await writeFile(join(bin, tool), `#!/bin/sh\necho '${output}'\n`);
      await chmod(join(bin, tool), 0o755);
    }
    return bin;
  }

  it('downloads kind, checks its sha256, caches it, and finds it in the cache the next time', async () => {
    const env = { PATH: await pathWith(), INCEPTION_KIND_DOWNLOAD_BASE: `${base}/good` };
    const first = await installKind('v0.29.0', { logger: new MemoryLogger(), env });
    assert.equal(first.source, 'download');
    assert.equal(first.dir, join(process.env.RUNNER_TOOL_CACHE!, 'kind', '0.29.0', 'x64'));
    assert.deepEqual(requests, [
      '/good/v0.29.0/kind-linux-amd64.sha256sum',
      '/good/v0.29.0/kind-linux-amd64',
    ]);
    assert.match((await runProgramChecked(first.path, ['version'])).stdout, /^kind v0\.29\.0 /);
    assert.equal(tc.find('kind', '0.29.0'), first.dir);

    requests.length = 0;
    const second = await installKind('v0.29.0', { logger: new MemoryLogger(), env });
    assert.equal(second.source, 'tool-cache');
    assert.equal(second.path, first.path);
    assert.deepEqual(requests, []);
  });

  it('refuses a download whose sha256 differs from the published one, and caches nothing', async () => {
    const env = { PATH: await pathWith(), INCEPTION_KIND_DOWNLOAD_BASE: `${base}/bad` };
    await assert.rejects(installKind('v0.29.0', { logger: new MemoryLogger(), env }), (error: unknown) => {
      assert.ok(error instanceof ChecksumMismatchError);
      assert.equal(error.expected, '0'.repeat(64));
      assert.equal(error.url, `${base}/bad/v0.29.0/kind-linux-amd64`);
      assert.match(
        error.message,
        new RegExp(`sha256 of ${error.url} is ${error.actual}, but its published checksum is 0{64}`),
      );
      return true;
    });
    assert.equal(tc.find('kind', '0.29.0'), '');
  });

  it('uses a kind on PATH that reports the version, and downloads when it reports another', async () => {
    const bin = await pathWith();
    await copyFile(kindSource, join(bin, 'kind'));
    await chmod(join(bin, 'kind'), 0o755);
    const env = { PATH: bin, INCEPTION_KIND_DOWNLOAD_BASE: `${base}/good` };
    const found = await installKind('v0.29.0', { logger: new MemoryLogger(), env });
    assert.deepEqual(
      [found.source, found.path, found.version],
      ['preinstalled', join(bin, 'kind'), 'v0.29.0'],
    );
    assert.deepEqual(requests, []);

    const older = await pathWith('kind', 'kind v0.20.0 go1.20 linux/amd64');
    const logger = new MemoryLogger();
    const installed = await installKind('v0.29.0', { logger, env: { ...env, PATH: older } });
    assert.equal(installed.source, 'download');
    assert.match(logger.text(), /kind on PATH \(.*\) reports v0\.20\.0, not v0\.29\.0/);
  });

  it('keeps a kubectl within one minor of the server, and downloads the server release otherwise', async () => {
    const env = { INCEPTION_KUBECTL_DOWNLOAD_BASE: `${base}/k8s` };
    const near = await pathWith('kubectl', '{"clientVersion":{"gitVersion":"v1.32.4-dispatcher"}}');
    const kept = await installKubectl(
      { serverVersion: 'v1.33.1' },
      { logger: new MemoryLogger(), env: { ...env, PATH: near } },
    );
    assert.deepEqual([kept.source, kept.version], ['preinstalled', 'v1.32.4-dispatcher']);

    const exact = await installKubectl(
      { version: 'v1.33.1', serverVersion: 'v1.33.1' },
      { logger: new MemoryLogger(), env: { ...env, PATH: near } },
    );
    assert.equal(exact.source, 'download');
    assert.deepEqual(requests, [
      '/k8s/v1.33.1/bin/linux/amd64/kubectl.sha256',
      '/k8s/v1.33.1/bin/linux/amd64/kubectl',
    ]);
    const version = await runProgramChecked(exact.path, ['version', '--client', '-o', 'json']);
    assert.match(version.stdout, /"gitVersion": "v1\.33\.1"/);

    await rm(join(near, 'kubectl'));
    const far = await pathWith('kubectl', '{"clientVersion":{"gitVersion":"v1.30.0"}}');
    const cached = await installKubectl(
      { serverVersion: 'v1.33.1+k3s1' },
      { logger: new MemoryLogger(), env: { ...env, PATH: far } },
    );
    assert.deepEqual([cached.source, cached.path], ['tool-cache', exact.path]);
  });
});
