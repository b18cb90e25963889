import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type * as k8s from '@kubernetes/client-node';
import { deleteNamespace } from '../../src/kube/namespace.js';
import { startCli } from '../support/cli-process.js';
import { writeClusterProject, type ClusterProject } from '../support/cli-cluster-project.js';
import { findKindTools } from '../support/kind-cluster.js';
import { testCluster } from '../support/kube.js';
import { docker } from '../support/docker.js';

const cluster = testCluster();
const namespace = `cli-refresh-${randomBytes(3).toString('hex')}`;
let project: ClusterProject;

/** The one pod of a Deployment that is not on its way out: its uid and the image id it runs. */
async function podOf(app: string): Promise<{ uid: string; imageId: string; image: string }> {
  const pods = (
    await cluster.clients.core.listNamespacedPod({ namespace, labelSelector: `app=${app}` })
  ).items.filter((pod: k8s.V1Pod) => !pod.metadata?.deletionTimestamp);
  assert.equal(pods.length, 1, `one pod of ${app}: ${pods.map((pod) => pod.metadata?.name).join(', ')}`);
  const status = pods[0]!.status?.containerStatuses?.[0];
  return { uid: pods[0]!.metadata!.uid!, imageId: status?.imageID ?? '', image: status?.image ?? '' };
}

async function nodeContainers(): Promise<string[]> {
  const filters = JSON.stringify({ label: [`io.x-k8s.kind.cluster=${cluster.name}`] });
  return (await docker.listContainers({ filters })).map((info) => info.Id).sort();
}

before(async () => {
  const tools = await findKindTools();
  // The shared test cluster by its kind name: `up` reuses it (it did not make it, so `down` keeps it).
  project = writeClusterProject({
    kind: { name: cluster.name },
    namespace,
    services: ['one', 'two'],
    env: { KIND: tools.kind },
  });
});

after(async () => {
  await deleteNamespace(cluster.clients.core, namespace).catch(() => {});
  await project?.removeImages();
});

describe('refresh, restart, logs and down on the cluster path, in a kind cluster up reused', () => {
  test('refresh replaces only the named Deployment’s pod, with the rebuilt image; restart only its own; down keeps the cluster', async () => {
    const nodes = await nodeContainers();
    const up = await project.inception(['up']);
    assert.equal(up.code, 0, up.output);
    assert.match(up.output, new RegExp(`reusing kind cluster ${cluster.name}`));
    const one = await podOf('one');
    const two = await podOf('two');

    project.setVersion('one', 'v2');
    const refresh = await project.inception(['refresh', 'one']);
    assert.equal(refresh.code, 0, refresh.output);
    assert.match(refresh.output, /Load 1 image\(s\) into kind cluster/);
    assert.match(refresh.output, /one ready again in/);
    const refreshed = await podOf('one');
    assert.notEqual(refreshed.uid, one.uid, 'a new pod of one');
    assert.notEqual(refreshed.imageId, one.imageId, 'running the rebuilt image');
    assert.match(refreshed.image, new RegExp(`${project.imageOf('one')}:refresh-`));
    assert.deepEqual(await podOf('two'), two, 'two keeps its pod');

    const logs = await project.inception(['logs', 'one']);
    assert.equal(logs.code, 0, logs.output);
    assert.match(logs.output, /^one \| one v2$/m);
    assert.doesNotMatch(logs.output, /^two \|/m);
    const collected = path.join(project.folder, 'collected');
    const collect = await project.inception(['logs', '--collect', collected]);
    assert.equal(collect.code, 0, collect.output);
    assert.ok(existsSync(path.join(collected, 'kubernetes/index.md')), collect.output);

    const follow = startCli(['logs', '-f'], { cwd: project.folder });
    try {
      await follow.waitFor(/^two \| two v1$/m, 60_000);
      await follow.waitFor(/^one \| one v2$/m, 60_000);
    } finally {
      follow.child.kill('SIGINT');
      await follow.exited;
    }

    const restart = await project.inception(['restart', 'two']);
    assert.equal(restart.code, 0, restart.output);
    const restarted = await podOf('two');
    assert.notEqual(restarted.uid, two.uid, 'a new pod of two');
    assert.equal(restarted.imageId, two.imageId, 'from the same image');
    assert.deepEqual(await podOf('one'), refreshed, 'one keeps its pod');

    const unknown = await project.inception(['refresh', 'three']);
    assert.equal(unknown.code, 2, unknown.output);
    assert.match(unknown.output, /"three" is neither .*the workloads of .*: one, two/);

    const down = await project.inception(['down']);
    assert.equal(down.code, 0, down.output);
    assert.doesNotMatch(down.output, /Delete kind cluster/);
    assert.deepEqual(await nodeContainers(), nodes, 'the cluster up reused is still there');
    const gone = await cluster.clients.core.readNamespace({ name: namespace }).then(
      (ns) => ns.status?.phase === 'Terminating',
      () => true,
    );
    assert.ok(gone, 'the namespace up made is deleted');
  });
});
