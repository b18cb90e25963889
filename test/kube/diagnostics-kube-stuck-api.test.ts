// Kubernetes diagnostics against an API server that is stuck: the test cluster's API server behind a TCP
// proxy of ours that accepts connections and then never answers. Only this file's kubeconfig points at the
// proxy, so the shared cluster stays healthy for every other test.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { KubeConfig } from '@kubernetes/client-node';
import { collectKubernetes } from '../../src/diagnostics/kube/request.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { testCluster } from '../support/kube.js';
import { StallingProxy } from '../support/stalling-proxy.js';

const cluster = testCluster();

describe('Kubernetes diagnostics when the API server is stuck', { timeout: 5 * 60 * 1000 }, () => {
  let dir: string;
  let kubeconfig: string;
  let proxy: StallingProxy;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'diag-stuck-'));
    const config = new KubeConfig();
    config.loadFromFile(cluster.kubeconfig);
    const server = new URL(config.getCurrentCluster()!.server);
    proxy = new StallingProxy({ host: server.hostname, port: Number(server.port) });
    const port = await proxy.start();
    // The API server's certificate names 127.0.0.1; only the port changes.
    const proxied = JSON.parse(config.exportConfig()) as { clusters: Array<{ cluster: { server: string } }> };
    for (const entry of proxied.clusters) entry.cluster.server = `https://127.0.0.1:${port}`;
    kubeconfig = path.join(dir, 'kubeconfig');
    await writeFile(kubeconfig, JSON.stringify(proxied));
  });

  after(async () => {
    await proxy.close();
    await rm(dir, { recursive: true, force: true });
  });

  const collect = async (name: string, limits: { requestTimeoutMs: number; timeoutMs: number }) => {
    const outDir = path.join(dir, name);
    const logger = new MemoryLogger();
    const started = Date.now();
    const diagnostics = await collectKubernetes(
      { kubeconfig, namespaces: ['kube-system'], run: `stuck-${name}`, ...limits },
      outDir,
      logger,
    );
    assert.ok(diagnostics, 'the collection ran');
    const index = await readFile(path.join(outDir, 'kubernetes', 'index.md'), 'utf8');
    return { diagnostics, logger, index, elapsed: Date.now() - started };
  };

  // First, so that the stuck cases below cannot be a proxy that never worked.
  test('through the proxy while it forwards, everything is collected, logs included', async () => {
    const { diagnostics, elapsed } = await collect('forwarding', {
      requestTimeoutMs: 10_000,
      timeoutMs: 60_000,
    });
    assert.deepEqual(diagnostics.errors, []);
    assert.ok(diagnostics.pods.length > 0, 'kube-system pods were read');
    assert.ok(
      diagnostics.files.some((file) => file.endsWith('.log')),
      'container logs were read through the proxy',
    );
    assert.ok(elapsed < 60_000);
  });

  test('each call times out on its own: the collection ends in a few timeouts, naming each call', async () => {
    proxy.stall();
    const { diagnostics, logger, index, elapsed } = await collect('per-call', {
      requestTimeoutMs: 2000,
      timeoutMs: 120_000,
    });
    // Three rounds at most: namespace listing, then nodes and the namespace's lists side by side.
    assert.ok(elapsed < 10_000, `ended after ${elapsed}ms`);
    assert.ok(proxy.heldConnections > 0, 'the calls really reached the stuck proxy');
    const timedOut = 'timed out: the API server did not answer within 2s';
    for (const what of [
      'listing namespaces labelled io.inception.managed=true,io.inception.run=stuck-per-call',
      'nodes',
      'pods of kube-system',
      'events of kube-system',
    ]) {
      const line = `${what}: ${timedOut}`;
      assert.ok(
        diagnostics.errors.includes(line),
        `errors hold "${line}": ${diagnostics.errors.join(' | ')}`,
      );
      assert.ok(index.includes(line), `kubernetes/index.md lists "${line}"`);
      assert.ok(
        logger.lines.some((entry) => entry.startsWith('warning:') && entry.includes(line)),
        `a warning says "${line}"`,
      );
    }
  });

  test('the whole collection has its own bound, however long each call may take', async () => {
    proxy.stall();
    const { diagnostics, index, elapsed } = await collect('whole', {
      requestTimeoutMs: 600_000,
      timeoutMs: 4000,
    });
    assert.ok(elapsed >= 3500 && elapsed < 9000, `ended after ${elapsed}ms, at its 4 s bound`);
    const line = "nodes: not read: the collection's 4s were up";
    assert.ok(
      diagnostics.errors.some((error) => error.startsWith(line)),
      `errors say the time was up: ${diagnostics.errors.join(' | ')}`,
    );
    assert.ok(index.includes(line));
  });
});
