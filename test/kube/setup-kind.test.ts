// setup-kind's library against a real kind cluster (the offline node image from test/kind/build.sh):
// create with one labelled worker, check readiness through the API, resolve a name through CoreDNS from a
// pod, delete and check nothing is left.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import Docker from 'dockerode';
import { loadKubeClients, type KubeClients } from '../../src/kube/client.js';
import { readClusterReadiness } from '../../src/kube/kind/ready.js';
import { loadImages } from '../../src/kube/kind/image-load/load.js';
import { createKindCluster, deleteKindCluster, type KindClusterInfo } from '../../src/kube/kind/cluster.js';
import { listKindNodes } from '../../src/kube/kind/nodes.js';
import { execInNode } from '../../src/kube/kind/node-exec.js';
import { nodeImages } from '../../src/kube/kind/image-load/node-images.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { findKindTools, run, type KindTools } from '../support/kind-cluster.js';

const docker = new Docker();
const name = `sk-${randomBytes(3).toString('hex')}`;
const logger = new MemoryLogger();

describe('createKindCluster / deleteKindCluster (real kind)', { timeout: 15 * 60_000 }, () => {
  let tools: KindTools;
  let dir: string;
  let cluster: KindClusterInfo;
  let clients: KubeClients;

  before(async () => {
    tools = await findKindTools();
    dir = await mkdtemp(join(tmpdir(), 'sk-test-'));
    cluster = await createKindCluster({
      docker,
      kind: tools.kind,
      name,
      nodeImage: tools.nodeImage,
      config: {
        generate: { workers: 1, nodeLabels: { worker: { 'node.type': 'services' } }, extraPortMappings: [] },
      },
      kubeconfig: join(dir, 'kubeconfig'),
      waitMs: 5 * 60_000,
      logger,
    });
    clients = loadKubeClients({ kubeconfig: cluster.kubeconfig });
  });

  after(async () => {
    await deleteKindCluster({ docker, kind: tools.kind, name, logger }).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('reports the cluster it made', () => {
    assert.equal(cluster.name, name);
    assert.equal(cluster.context, `kind-${name}`);
    assert.match(cluster.kubernetesVersion, /^v1\.33\.\d+/);
    assert.ok(existsSync(cluster.kubeconfig));
    assert.deepEqual(
      cluster.phases.map((phase) => phase.name),
      [`Create kind cluster ${name}`, `Wait for nodes and CoreDNS of ${name}`],
    );
    assert.match(logger.text(), /group: Create kind cluster/);
    assert.match(logger.text(), /Wait for nodes and CoreDNS of .*: done in/);
  });

  it('has every node Ready, the worker labelled, and CoreDNS available', async () => {
    const state = await readClusterReadiness(clients);
    assert.equal(state.ready, true);
    assert.deepEqual(state.nodes.map((node) => node.name).sort(), [
      `${name}-control-plane`,
      `${name}-worker`,
    ]);
    assert.ok(state.nodes.every((node) => node.ready));
    assert.ok(state.coreDns.available >= 1 && state.coreDns.available === state.coreDns.desired);
    const workers = await clients.core.listNode({ labelSelector: 'node.type=services' });
    assert.deepEqual(
      workers.items.map((node) => node.metadata?.name),
      [`${name}-worker`],
    );
  });

  it('resolves a Service name through CoreDNS from a pod', async () => {
    await loadImages({ docker, cluster: name, images: ['debian:bookworm-slim'], logger });
    const pod = `dns-${randomBytes(2).toString('hex')}`;
    await clients.core.createNamespacedPod({
      namespace: 'default',
      body: {
        metadata: { name: pod },
        spec: {
          restartPolicy: 'Never',
          containers: [
            {
              name: 'dns',
              image: 'debian:bookworm-slim',
              imagePullPolicy: 'Never',
              command: ['getent', 'hosts', 'kubernetes.default.svc.cluster.local'],
            },
          ],
        },
      },
    });
    const phase = await podPhase(clients, pod);
    const log = await clients.core.readNamespacedPodLog({ name: pod, namespace: 'default' });
    assert.equal(phase, 'Succeeded', log);
    assert.match(log, /^10\.96\.0\.1\s+kubernetes\.default\.svc\.cluster\.local/);
  });

  it('retries a node whose import failed, while the other node loads undisturbed', async () => {
    const worker = `${name}-worker`;
    // A ctr that fails its first call without reading stdin, as a node that drops the stream would.
    const wrapper =
      '#!/bin/sh\nif [ ! -e /tmp/ctr-failed ]; then touch /tmp/ctr-failed; echo transient failure >&2; exit 1; fi\n' +
      'exec /usr/bin/ctr.real "$@"\n';
    const install = await execInNode(
      docker,
      worker,
      ['sh', '-c', 'mv /usr/bin/ctr /usr/bin/ctr.real && cat > /usr/bin/ctr && chmod +x /usr/bin/ctr'],
      Readable.from([wrapper]),
    );
    assert.equal(install.exitCode, 0, install.stderr);
    const ref = `sk-retry:t-${randomBytes(3).toString('hex')}`;
    await run('docker', ['build', '-q', '-t', ref, '-'], {
      input: 'FROM debian:bookworm-slim\nRUN echo retry > /id\n',
    });
    try {
      const retryLogger = new MemoryLogger();
      const result = await loadImages({
        docker,
        cluster: name,
        images: [ref],
        logger: retryLogger,
        backoffMs: 200,
      });
      const attempts = Object.fromEntries(result.nodes.map((node) => [node.node, node.attempts]));
      assert.deepEqual(attempts, { [`${name}-control-plane`]: 1, [worker]: 2 }, retryLogger.text());
      assert.match(
        retryLogger.text(),
        new RegExp(
          `loading images into ${worker} failed \\(attempt 1 of 3\\): ctr images import exited with 1: transient failure; retrying in 200ms`,
        ),
      );
      const id = (await docker.getImage(ref).inspect()).Id;
      for (const node of [worker, `${name}-control-plane`])
        assert.ok((await nodeImages(docker, node)).has(id), node);
    } finally {
      await execInNode(docker, worker, ['mv', '/usr/bin/ctr.real', '/usr/bin/ctr']);
      await docker
        .getImage(ref)
        .remove({ force: true })
        .catch(() => undefined);
    }
  });

  it('deletes every node container and its kubeconfig entry', async () => {
    await deleteKindCluster({ docker, kind: tools.kind, name, kubeconfig: cluster.kubeconfig, logger });
    assert.deepEqual(await listKindNodes(docker, name), []);
    const left = await docker.listContainers({ all: true, filters: { name: [name] } });
    assert.deepEqual(left, []);
    assert.doesNotMatch(await readFile(cluster.kubeconfig, 'utf8'), new RegExp(`kind-${name}`));
  });
});

async function podPhase(clients: KubeClients, pod: string): Promise<string> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const phase =
      (await clients.core.readNamespacedPod({ name: pod, namespace: 'default' })).status?.phase ?? '';
    if (phase === 'Succeeded' || phase === 'Failed' || Date.now() > deadline) return phase;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
