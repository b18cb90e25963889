// loadImages against a real kind cluster (`npm run test:kube`'s, or any named by INCEPTION_TEST_KUBECONFIG and
// INCEPTION_TEST_CLUSTER): one batch into every node, pods run the loaded images without pulling, a second
// load skips nodes that hold the same image ID, and node targeting by name and by label selector.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import Docker from 'dockerode';
import { ConfigurationError } from '../../src/errors.js';
import { loadImages } from '../../src/kube/kind/image-load/load.js';
import { nodeImages } from '../../src/kube/kind/image-load/node-images.js';
import { removeImagesFromNode } from '../support/kind-image-remove.js';
import { listKindNodes, type KindNode } from '../../src/kube/kind/nodes.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { run } from '../support/kind-cluster.js';
import { testCluster, type TestCluster } from '../support/kube.js';

const docker = new Docker();
const id = randomBytes(3).toString('hex');
const namespace = `sk-load-${id}`;
const image = (name: string) => `sk-load-${name}:t-${id}`;
const images = [image('a'), image('b')];

async function buildImage(ref: string): Promise<string> {
  const dockerfile = `FROM debian:bookworm-slim\nRUN echo "${ref}" > /id\nCMD ["cat", "/id"]\n`;
  await run('docker', ['build', '-q', '-t', ref, '-'], { input: dockerfile, timeout: 300_000 });
  return (await docker.getImage(ref).inspect()).Id;
}

async function holds(node: string, imageId: string): Promise<boolean> {
  return (await nodeImages(docker, node)).has(imageId);
}

describe('loadImages (real kind cluster)', { timeout: 10 * 60_000 }, () => {
  let cluster: TestCluster;
  let nodes: KindNode[];
  const ids = new Map<string, string>();

  before(async () => {
    cluster = testCluster();
    nodes = await listKindNodes(docker, cluster.name);
    for (const ref of [...images, image('c'), image('d')]) ids.set(ref, await buildImage(ref));
    await cluster.clients.core.createNamespace({ body: { metadata: { name: namespace } } });
  });

  after(async () => {
    await cluster?.clients.core.deleteNamespace({ name: namespace }).catch(() => undefined);
    for (const node of nodes ?? []) {
      await removeImagesFromNode(docker, node.name, [...ids.keys()]).catch(() => undefined);
    }
    for (const ref of ids.keys())
      await docker
        .getImage(ref)
        .remove()
        .catch(() => undefined);
  });

  it('refuses :latest and untagged images before touching the cluster', async () => {
    for (const ref of ['sk-load-a:latest', 'sk-load-a']) {
      await assert.rejects(
        loadImages({ docker, cluster: cluster.name, images: [ref], logger: new MemoryLogger() }),
        (error: unknown) =>
          error instanceof ConfigurationError && /imagePullPolicy Always/.test(error.message),
      );
    }
  });

  it('loads two images into every node in one batch', async () => {
    const logger = new MemoryLogger();
    const result = await loadImages({ docker, cluster: cluster.name, images, logger });
    assert.deepEqual(
      result.images,
      images.map((ref) => ({ ref, id: ids.get(ref) })),
    );
    assert.deepEqual(result.nodes.map((node) => node.node).sort(), nodes.map((node) => node.name).sort());
    assert.ok(
      result.nodes.every((node) => node.loaded.length === 2 && node.attempts === 1),
      logger.text(),
    );
    assert.ok(result.archiveBytes > 0);
    assert.equal(logger.lines.filter((line) => line.startsWith('info: saved ')).length, 1, logger.text());
    for (const node of nodes)
      for (const ref of images) assert.ok(await holds(node.name, ids.get(ref)!), `${ref} on ${node.name}`);
  });

  it('runs pods from the loaded images without pulling', async () => {
    const workers = nodes.filter((node) => node.role === 'worker');
    const targets = workers.length > 0 ? workers : nodes;
    const pods = images.map((ref, index) => ({
      ref,
      pod: `load-${index}`,
      node: targets[index % targets.length]!.name,
    }));
    for (const { ref, pod, node } of pods) {
      await cluster.clients.core.createNamespacedPod({
        namespace,
        body: {
          metadata: { name: pod },
          spec: {
            nodeName: node,
            restartPolicy: 'Never',
            containers: [{ name: 'main', image: ref, imagePullPolicy: 'Never' }],
          },
        },
      });
    }
    for (const { ref, pod } of pods) {
      const phase = await podPhase(cluster, pod);
      const log = await cluster.clients.core.readNamespacedPodLog({ name: pod, namespace });
      assert.equal(phase, 'Succeeded', `${pod}: ${log}`);
      assert.equal(log.trim(), ref);
    }
  });

  it('skips every node on a second load of the same images', async () => {
    const logger = new MemoryLogger();
    const result = await loadImages({ docker, cluster: cluster.name, images, logger });
    assert.equal(result.archiveBytes, 0);
    assert.ok(result.nodes.every((node) => node.loaded.length === 0 && node.attempts === 0));
    assert.equal(
      logger.lines.filter((line) => line.includes('already holds all 2 images')).length,
      nodes.length,
    );
  });

  it('loads only into the nodes a label selector or a name picks', async () => {
    const labelled = (await cluster.clients.core.listNode({ labelSelector: 'node.type=services' })).items.map(
      (node) => node.metadata!.name!,
    );
    assert.ok(labelled.length > 0, 'the test cluster labels its workers node.type=services');
    const bySelector = await loadImages({
      docker,
      cluster: cluster.name,
      images: [image('c')],
      nodeSelector: 'node.type=services',
      kubeconfig: cluster.kubeconfig,
      logger: new MemoryLogger(),
    });
    assert.deepEqual(bySelector.nodes.map((node) => node.node).sort(), [...labelled].sort());
    for (const node of nodes)
      assert.equal(await holds(node.name, ids.get(image('c'))!), labelled.includes(node.name), node.name);

    const controlPlane = nodes.find((node) => node.role === 'control-plane')!.name;
    const byName = await loadImages({
      docker,
      cluster: cluster.name,
      images: [image('d'), image('c')],
      nodes: [controlPlane],
      logger: new MemoryLogger(),
    });
    assert.deepEqual(
      byName.nodes.map((node) => [node.node, node.loaded]),
      [[controlPlane, [image('d'), image('c')]]],
    );
    for (const node of nodes)
      assert.equal(await holds(node.name, ids.get(image('d'))!), node.name === controlPlane, node.name);
  });

  it('names the real nodes when asked for one the cluster lacks', async () => {
    await assert.rejects(
      loadImages({
        docker,
        cluster: cluster.name,
        images,
        nodes: ['no-such-node'],
        logger: new MemoryLogger(),
      }),
      new RegExp(
        `kind cluster "${cluster.name}" has no node "no-such-node"; its nodes are ${nodes.map((n) => n.name).join(', ')}`,
      ),
    );
  });
});

async function podPhase(cluster: TestCluster, pod: string): Promise<string> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const status = (await cluster.clients.core.readNamespacedPod({ name: pod, namespace })).status;
    const phase = status?.phase ?? '';
    if (phase === 'Succeeded' || phase === 'Failed' || Date.now() > deadline) {
      return phase === 'Succeeded' || phase === 'Failed'
        ? phase
        : `${phase} ${JSON.stringify(status?.containerStatuses)}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
