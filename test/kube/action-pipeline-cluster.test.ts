// The bundled actions of the cluster path in one job, as the runner runs them (node 24 on dist/):
// build-images with load: kind, run-tests in cluster mode (a failing suite), collect-logs, run-tests' post.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import Docker from 'dockerode';
import { ActionJob } from '../support/action-runner.js';
import { testCluster } from '../support/kube.js';

const cluster = testCluster();
const docker = new Docker();
const tag = `bundled-${process.pid}`;

function testsImageContext(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'bundled-tests-'));
  writeFileSync(
    path.join(folder, 'Dockerfile'),
    ['FROM debian:bookworm-slim', 'COPY suite.sh /suite.sh', 'CMD ["bash", "/suite.sh"]'].join('\n'),
  );
  writeFileSync(
    path.join(folder, 'suite.sh'),
    [
      'mkdir -p /reports',
      'echo "suite: checking the order service"',
      `cat > /reports/junit.xml <<'XML'`,
      '<testsuite name="orders" tests="2" failures="1">',
      '  <testcase classname="orders" name="test_create"/>',
      '  <testcase classname="orders" name="test_cancel"><failure message="expected 204, got 500"/></testcase>',
      '</testsuite>',
      'XML',
      'echo "suite: test_cancel failed: expected 204, got 500" >&2',
      'exit 1',
    ].join('\n'),
  );
  return folder;
}

describe('bundled cluster-path actions in one job', () => {
  after(async () => {
    await docker
      .getImage(`bundled-tests:${tag}`)
      .remove({ force: true })
      .catch(() => undefined);
  });

  test('a failing in-cluster suite fails its step naming the test; collect-logs gets its pod; post cleans up', async () => {
    const job = new ActionJob({
      GITHUB_WORKSPACE: testsImageContext(),
      KUBECONFIG: cluster.kubeconfig,
      INCEPTION_KIND_CLUSTER: cluster.name,
      PATH: `${path.dirname(process.env.KIND ?? '/usr/local/bin/kind')}:${process.env.PATH ?? ''}`,
    });
    const build = await job.run('build-images', { name: 'bundled-tests', context: '.', tag, load: 'kind' });
    assert.equal(build.exitCode, 0, build.stdout + build.stderr);
    const ref = JSON.parse(build.outputs.images!)['bundled-tests'].ref as string;

    const run = await job.run('run-tests', {
      mode: 'cluster',
      image: ref,
      timeout: '3m',
      'reports-dir': 'reports',
    });
    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.result, 'failed');
    assert.equal(run.outputs['exit-code'], '1');
    assert.match(run.stdout, /suite: checking the order service/, 'pod log streamed');
    assert.match(run.stdout, /::error::.*test_cancel/);
    assert.match(run.summary, /test\\?_cancel/);
    const namespace = run.outputs.namespace!;
    assert.equal(job.env.INCEPTION_NAMESPACE, namespace);

    const collect = await job.run('collect-logs', {});
    assert.equal(collect.exitCode, 0, collect.stdout);
    const folder = collect.outputs.path!;
    const files = readdirSync(path.join(folder, 'kubernetes'), { recursive: true, encoding: 'utf8' });
    const logs = files.filter((file) => file.includes(namespace) && file.endsWith('.log'));
    const texts = logs.map((file) => readFileSync(path.join(folder, 'kubernetes', file), 'utf8'));
    assert.ok(
      texts.some((text) => /test_cancel failed: expected 204, got 500/.test(text)),
      `the test container's log is collected: ${logs.join(', ')}`,
    );
    assert.match(collect.summary, /Kubernetes/);

    const post = await job.run('run-tests', {}, 'post');
    assert.equal(post.exitCode, 0, post.stdout);
    const namespaces = await cluster.clients.core.listNamespace();
    assert.ok(
      !namespaces.items.some((item) => item.metadata?.name === namespace && item.status?.phase === 'Active'),
      `namespace ${namespace} is deleted by the post step`,
    );
  });
});
