import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadKubeClients } from '../../src/kube/client.js';
import { writeClusterProject, type ClusterProject } from '../support/cli-cluster-project.js';
import { docker } from '../support/docker.js';
import { findKindTools, run, type KindTools } from '../support/kind-cluster.js';

// The one test that has `inception up` create a kind cluster (slow: a cluster of its own).
const name = `inception-cli-${randomBytes(3).toString('hex')}`;
let tools: KindTools;
let project: ClusterProject;

async function nodes(): Promise<{ id: string; image: string; name: string }[]> {
  const filters = JSON.stringify({ label: [`io.x-k8s.kind.cluster=${name}`] });
  return (await docker.listContainers({ all: true, filters }))
    .map((info) => ({ id: info.Id, image: info.Image, name: info.Names[0]!.replace(/^\//, '') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

before(async () => {
  tools = await findKindTools();
  project = writeClusterProject({
    kind: {
      name,
      workers: 1,
      'node-labels': { worker: { 'tier.example.com/role': 'backend' } },
      'node-image': tools.nodeImage,
    },
    namespace: 'cli-kind',
    services: ['one'],
    // Schedulable only on the labelled worker: the pod running shows the label is there.
    nodeSelector: { 'tier.example.com/role': 'backend' },
    env: { KIND: tools.kind },
  });
});

after(async () => {
  if ((await nodes()).length > 0) await run(tools.kind, ['delete', 'cluster', '--name', name]);
  await project?.removeImages();
});

describe('inception up on the cluster path without --kubeconfig', () => {
  test('creates the kind cluster of cluster.kind, reuses it on the next up, down deletes it', async () => {
    const first = await project.inception(['up']);
    assert.equal(first.code, 0, first.output);
    assert.match(first.output, new RegExp(`Create kind cluster ${name}`));
    const created = await nodes();
    assert.deepEqual(
      created.map((node) => [node.name, node.image]),
      [
        [`${name}-control-plane`, tools.nodeImage],
        [`${name}-worker`, tools.nodeImage],
      ],
    );
    const kubeconfig = path.join(project.folder, '.inception', `kind-${name}.kubeconfig`);
    const clients = loadKubeClients({ kubeconfig });
    const worker = await clients.core.readNode({ name: `${name}-worker` });
    assert.equal(worker.metadata?.labels?.['tier.example.com/role'], 'backend');
    const deployment = await clients.apps.readNamespacedDeployment({ name: 'one', namespace: 'cli-kind' });
    assert.equal(deployment.status?.readyReplicas, 1);

    const second = await project.inception(['up']);
    assert.equal(second.code, 0, second.output);
    assert.match(second.output, new RegExp(`reusing kind cluster ${name}`));
    assert.deepEqual(await nodes(), created, 'the same node containers');

    const down = await project.inception(['down']);
    assert.equal(down.code, 0, down.output);
    assert.match(down.output, new RegExp(`Delete kind cluster ${name}`));
    assert.deepEqual(await nodes(), [], 'the cluster the first up made is gone, after a second up reused it');
  });
});
