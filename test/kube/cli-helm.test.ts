import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createNamespace, deleteNamespace } from '../../src/kube/namespace.js';
import { isNotFound } from '../../src/kube/api-errors.js';
import { runProgram } from '../../src/shared/process/run-command.js';
import { repoRoot } from '../support/action-runner.js';
import { writeClusterProject, type ClusterProject } from '../support/cli-cluster-project.js';
import { findKindTools } from '../support/kind-cluster.js';
import { testCluster } from '../support/kube.js';

// helm is not installed by .ci/setup (a cold build from the Go module proxy takes far longer than the
// rest of the setup): the helm release test runs where helm is (HELM or on PATH), the missing-helm one
// everywhere.
const cluster = testCluster();
const namespace = `cli-helm-${randomBytes(3).toString('hex')}`;
const chart = path.join(repoRoot, 'test/kube/charts/sleeper');
const helm = process.env.HELM || 'helm';
const helmFound = await runProgram(helm, ['version', '--short']).then(
  (result) => result.exitCode === 0,
  () => false,
);
let project: ClusterProject;
let kind: string;

function helmProject(env: NodeJS.ProcessEnv): ClusterProject {
  const made = writeClusterProject({
    kind: { name: cluster.name },
    namespace,
    services: ['one'],
    deploy: [
      {
        helm: {
          chart,
          release: 'sleeper',
          values: ['sleeper-values.yaml'],
          set: { image: '${ONE_IMAGE}' },
        },
      },
    ],
    env,
  });
  writeFileSync(path.join(made.folder, 'sleeper-values.yaml'), 'greeting: for ${ONE_IMAGE}\n');
  return made;
}

before(async () => {
  kind = (await findKindTools()).kind;
});

after(async () => {
  await deleteNamespace(cluster.clients.core, namespace).catch(() => {});
  await project?.removeImages();
});

describe('helm deploy steps on the cluster path', () => {
  test('without helm, up stops at the helm step, naming it and how to install helm', async () => {
    const missing = path.join(repoRoot, 'no-such-helm');
    assert.ok(!existsSync(missing));
    const alone = helmProject({ KIND: kind, HELM: missing });
    try {
      const up = await alone.inception(['up']);
      assert.equal(up.code, 2, up.output);
      assert.match(
        up.output,
        /cluster\.deploy\[1\] installs a Helm chart, but helm \(".*no-such-helm"\) cannot be run/,
      );
      assert.match(up.output, /install helm 3/);
      // The install step gives the same message: only the early check stops up before these.
      assert.doesNotMatch(up.output, /Build (image|\d+ images) /, 'built the images before checking helm');
      assert.doesNotMatch(up.output, /Load \d+ image\(s\) into kind/, 'loaded images before checking helm');
      assert.doesNotMatch(up.output, /Deploy \d+\/\d+/, 'ran a deploy step before checking helm');
    } finally {
      await alone.removeImages();
      await alone.inception(['down']);
    }
  });

  test(
    'up installs the chart with the values file and set values (placeholders replaced) and waits; down uninstalls it',
    { skip: helmFound ? false : `no helm ("${helm}"): set HELM or put helm on PATH` },
    async () => {
      // A namespace that was there before: down leaves it, so only the uninstall removes the release.
      await deleteNamespace(cluster.clients.core, namespace).catch(() => {});
      await waitUntilGone(namespace);
      await createNamespace(cluster.clients.core, namespace, {});
      project = helmProject({ KIND: kind, HELM: helm });
      const up = await project.inception(['up']);
      assert.equal(up.code, 0, up.output);
      assert.match(up.output, /helm release sleeper \(.*sleeper\) ready in/);
      const { apps, core } = cluster.clients;
      const deployment = await apps.readNamespacedDeployment({ name: 'sleeper', namespace });
      assert.equal(deployment.status?.readyReplicas, 1);
      const image = deployment.spec?.template.spec?.containers[0]?.image ?? '';
      assert.match(image, new RegExp(`^${project.imageOf('one')}:up-`));
      const greeting = await core.readNamespacedConfigMap({ name: 'sleeper-greeting', namespace });
      assert.equal(greeting.data?.greeting, `for ${image}`);

      const down = await project.inception(['down']);
      assert.equal(down.code, 0, down.output);
      assert.match(down.output, /Uninstall helm release sleeper/);
      await assert.rejects(apps.readNamespacedDeployment({ name: 'sleeper', namespace }), isNotFound);
      assert.equal((await core.readNamespace({ name: namespace })).status?.phase, 'Active');
    },
  );
});

async function waitUntilGone(name: string): Promise<void> {
  for (;;) {
    const there = await cluster.clients.core.readNamespace({ name }).then(
      () => true,
      (error: unknown) => !isNotFound(error),
    );
    if (!there) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
