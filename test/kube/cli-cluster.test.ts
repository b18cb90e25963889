import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { loadKubeClients } from '../../src/kube/client.js';
import { isNotFound } from '../../src/kube/api-errors.js';
import { deleteNamespace } from '../../src/kube/namespace.js';
import { repoRoot } from '../support/action-runner.js';
import { startCli } from '../support/cli-process.js';
import { testCluster } from '../support/kube.js';

const cluster = testCluster();
const namespace = `cli-cluster-${randomBytes(3).toString('hex')}`;
// fixtures/k8s/inception.yml as a user has it: beside the manifests, the images' folders one level up.
const project = mkdtempSync(path.join(os.tmpdir(), 'inception-cli-cluster-'));
cpSync(path.join(repoRoot, 'fixtures'), project, { recursive: true });
const folder = path.join(project, 'k8s');
const against = ['--kubeconfig', cluster.kubeconfig, '--name', namespace];

async function inception(args: string[]): Promise<{ code: number | null; output: string }> {
  const cli = startCli(args, { cwd: folder });
  const { code } = await cli.exited;
  return { code, output: cli.output() };
}

after(async () => {
  await deleteNamespace(loadKubeClients({ kubeconfig: cluster.kubeconfig }).core, namespace).catch(() => {});
});

describe('the cluster path of fixtures/k8s/inception.yml against the test cluster (--kubeconfig)', () => {
  test('up deploys and waits, test runs the Job, a failure writes diagnostics, --watch rebuilds and rolls on a change, down deletes the namespace', async () => {
    const up = await inception(['up', ...against]);
    assert.equal(up.code, 0, up.output);
    assert.match(up.output, /Load 3 image\(s\) into kind cluster /);
    assert.match(up.output, /applied Deployment\/api/);
    const clients = loadKubeClients({ kubeconfig: cluster.kubeconfig });
    const api = await clients.apps.readNamespacedDeployment({ name: 'api', namespace });
    assert.equal(api.status?.readyReplicas, 1);

    const status = await inception(['status', '--json']);
    assert.equal(status.code, 0, status.output);
    const pods = (JSON.parse(status.output) as { pods: { pod: string; phase: string }[] }).pods;
    assert.ok(
      pods.some((pod) => pod.pod.startsWith('api-') && pod.phase === 'Running'),
      status.output,
    );

    const pass = await inception(['test', ...against]);
    assert.equal(pass.code, 0, pass.output);
    assert.match(pass.output, /tests passed \(exit code 0\)/);
    const reports = path.join(folder, '.inception/reports', namespace);
    assert.match(readFileSync(path.join(reports, readdirSync(reports)[0]!), 'utf8'), /<testsuite/);

    const fail = await inception(['test', ...against, '--env', 'FAIL_ON_PURPOSE=1']);
    assert.equal(fail.code, 1, fail.output);
    const diagnostics = path.join(folder, '.inception/diagnostics', namespace);
    assert.ok(existsSync(path.join(diagnostics, 'index.md')), fail.output);
    assert.ok(existsSync(path.join(diagnostics, 'kubernetes/index.md')), fail.output);

    // The developer's loop on the cluster path: a change in an image's context rebuilds it, rolls the
    // workloads that run it, and runs the Job again; Ctrl-C leaves what `up` deployed.
    const watch = startCli(['test', ...against, '--watch', '../tests', '--watch', '../app'], { cwd: folder });
    try {
      await watch.waitFor(/watching \.\.\/tests, \.\.\/app/, 300_000);
      assert.match(watch.output(), /tests passed \(exit code 0\)/);
      appendFileSync(path.join(project, 'app', 'api.py'), '\n# changed by the watch test\n');
      appendFileSync(path.join(project, 'tests', 'test_health.py'), '\n# changed by the watch test\n');
      await watch.waitFor(
        /rebuilding inception-fixture-app, inception-fixture-tests: their build context changed/,
        60_000,
      );
      await watch.waitFor(/Deployment api: api -> inception-fixture-app:watch-/, 300_000);
      await watch.waitFor(/(tests passed \(exit code 0\)[\s\S]*){2}/, 300_000);
      assert.match(watch.output(), /run 2: tests in /);
    } finally {
      watch.child.kill('SIGINT');
    }
    const watched = await watch.exited;
    assert.equal(watched.code, 130, watch.output());
    const kept = await clients.core.readNamespace({ name: namespace });
    assert.equal(kept.status?.phase, 'Active', 'the watch leaves what up deployed');

    const down = await inception(['down']);
    assert.equal(down.code, 0, down.output);
    const gone = await clients.core.readNamespace({ name: namespace }).then(
      (ns) => ns.status?.phase === 'Terminating',
      (error: unknown) => isNotFound(error),
    );
    assert.ok(gone, 'the namespace is deleted');
  });
});
