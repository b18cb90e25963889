// load-images, and build-images with load: kind, as the runner runs their main steps (in this process),
// against the Kubernetes test cluster: the images end up in the nodes' containerd under the run's tags.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Docker from 'dockerode';
import { buildImagesAction } from '../../src/actions/build-images/index.js';
import { loadImagesAction } from '../../src/actions/load-images/index.js';
import { nodeImages } from '../../src/kube/kind/image-load/node-images.js';
import { removeImagesFromNode } from '../support/kind-image-remove.js';
import { listKindNodes, type KindNode } from '../../src/kube/kind/nodes.js';
import { run } from '../support/kind-cluster.js';
import { runEntryInProcess } from '../support/in-process-action.js';
import { testCluster, type TestCluster } from '../support/kube.js';

const docker = new Docker();
const id = randomBytes(3).toString('hex');
const tag = `t-${id}`;

describe(
  'load-images and build-images load: kind (in process, real cluster)',
  { timeout: 10 * 60_000 },
  () => {
    let cluster: TestCluster;
    let nodes: KindNode[];
    let workspace: string;
    const refs: string[] = [];

    before(async () => {
      cluster = testCluster();
      nodes = await listKindNodes(docker, cluster.name);
      workspace = await mkdtemp(join(tmpdir(), 'sk-actions-'));
      await mkdir(join(workspace, 'app'));
      await writeFile(
        join(workspace, 'app', 'Dockerfile'),
        `FROM debian:bookworm-slim\nRUN echo built-${id} > /id\n`,
      );
    });

    after(async () => {
      for (const node of nodes ?? [])
        await removeImagesFromNode(docker, node.name, refs).catch(() => undefined);
      for (const ref of refs)
        await docker
          .getImage(ref)
          .remove({ force: true })
          .catch(() => undefined);
      await rm(workspace, { recursive: true, force: true });
    });

    it('load-images loads images built elsewhere into the chosen nodes', async () => {
      const ref = `sk-action-load:${tag}`;
      refs.push(ref);
      await run('docker', ['build', '-q', '-t', ref, '-'], {
        input: `FROM debian:bookworm-slim\nRUN echo ${id} > /id\n`,
      });
      const imageId = (await docker.getImage(ref).inspect()).Id;
      const result = await runEntryInProcess(
        loadImagesAction,
        { images: ref, nodes: 'node.type=services', retries: '1' },
        { INCEPTION_KIND_CLUSTER: cluster.name, KUBECONFIG: cluster.kubeconfig },
      );
      assert.equal(result.failed, false, result.log);
      assert.deepEqual(JSON.parse(result.outputs.images ?? '{}'), { [ref]: ref });
      assert.equal(result.outputs.refs, ref);
      assert.match(result.log, new RegExp(`::group::Load 1 image\\(s\\) into kind cluster ${cluster.name}`));
      for (const node of nodes) {
        assert.equal((await nodeImages(docker, node.name)).has(imageId), node.role === 'worker', node.name);
      }
    });

    it('load-images refuses :latest with the reason', async () => {
      const result = await runEntryInProcess(
        loadImagesAction,
        { images: 'sk-action-load:latest' },
        { INCEPTION_KIND_CLUSTER: cluster.name },
      );
      assert.equal(result.failed, true);
      assert.match(
        result.log,
        /::error::Input "images", image 1: "sk-action-load:latest" is tagged :latest\. Kubernetes gives :latest images imagePullPolicy Always/,
      );
    });

    it('build-images with load: kind loads what it built into every node', async () => {
      const result = await runEntryInProcess(
        buildImagesAction,
        { name: 'sk-action-build', context: 'app', tag, load: 'kind', 'cluster-name': cluster.name },
        { GITHUB_WORKSPACE: workspace },
      );
      refs.push(`sk-action-build:${tag}`);
      assert.equal(result.failed, false, result.log);
      const images = JSON.parse(result.outputs.images ?? '{}') as Record<
        string,
        { ref: string; id: string; clusterRef: string }
      >;
      const built = images['sk-action-build'];
      assert.equal(built?.clusterRef, `sk-action-build:${tag}`);
      for (const node of nodes)
        assert.ok(
          (await nodeImages(docker, node.name))
            .get(built!.id)
            ?.has(`docker.io/library/sk-action-build:${tag}`),
          node.name,
        );
    });
  },
);
