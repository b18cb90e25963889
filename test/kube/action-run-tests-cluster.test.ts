import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { runTestsAction } from '../../src/actions/run-tests/index.js';
import { parseCommandFile } from '../support/action-runner.js';
import { runEntryInProcess } from '../support/in-process-action.js';
import { deleteRunNamespaces, removeKindImage, testCluster, type TestCluster } from '../support/kube.js';

const run = promisify(execFile);
const ID = randomBytes(3).toString('hex');
/** GITHUB_JOB-GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT: names the namespaces and their io.inception.run label. */
const RUN = `jobrun-${ID}-1`;
const IMAGE = `inception-jobrun-action:${ID}`;
const KIND = process.env.KIND || 'kind';

const RUN_TESTS = `#!/bin/sh
echo "tests say hello to $GREETING"
mkdir -p /reports
cat > /reports/junit.xml <<XML
<testsuite name="orders" tests="2" failures="$1"><testcase classname="orders.api" name="test_create"/><testcase classname="orders.api" name="test_refund">$( [ "$1" = 1 ] && echo '<failure message="refund was not recorded">AssertionError</failure>')</testcase></testsuite>
XML
[ "$1" = 1 ] && exit 3
exit 0
`;

let cluster: TestCluster;
/** The step's GITHUB_WORKSPACE. */
let workspace: string;
let step = 0;

/** Runs the action's main (or post) step as the runner does; returns the runner files it wrote too. */
async function runStep(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const files = join(workspace, `.runner-${++step}`);
  await mkdir(files, { recursive: true });
  const GITHUB_ENV = join(files, 'env');
  const GITHUB_STATE = join(files, 'state');
  await writeFile(GITHUB_ENV, '');
  await writeFile(GITHUB_STATE, '');
  const result = await runEntryInProcess(runTestsAction, inputs, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_JOB: 'jobrun',
    GITHUB_RUN_ID: ID,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ENV,
    GITHUB_STATE,
    ...extraEnv,
  });
  return {
    ...result,
    exported: parseCommandFile(await readFile(GITHUB_ENV, 'utf8')),
    state: parseCommandFile(await readFile(GITHUB_STATE, 'utf8')),
  };
}

async function namespaceGone(name: string): Promise<boolean> {
  const namespace = await cluster.clients.core.readNamespace({ name }).catch(() => undefined);
  return !namespace || namespace.status?.phase === 'Terminating';
}

describe('run-tests action, mode: cluster (real cluster, runner files)', { timeout: 300_000 }, () => {
  before(async () => {
    cluster = testCluster();
    workspace = await mkdtemp(join(tmpdir(), 'inception-jobrun-action-'));
    const context = join(workspace, 'image');
    await mkdir(context);
    await writeFile(join(context, 'run-tests'), RUN_TESTS);
    await chmod(join(context, 'run-tests'), 0o755);
    await writeFile(
      join(context, 'Dockerfile'),
      'FROM debian:bookworm-slim\nCOPY run-tests /usr/local/bin/\n',
    );
    await run('docker', ['build', '-q', '-t', IMAGE, context]);
    await run(KIND, ['load', 'docker-image', IMAGE, '--name', cluster.name], { timeout: 180_000 });
  });

  after(async () => {
    await deleteRunNamespaces(cluster, RUN);
    await removeKindImage(cluster, IMAGE);
    await rm(workspace, { recursive: true, force: true });
  });

  it('passes with outputs, the report, a summary, and deletes its namespace at once', async () => {
    const step = await runStep({
      mode: 'cluster',
      kubeconfig: cluster.kubeconfig,
      image: IMAGE,
      command: 'run-tests 0',
      env: 'GREETING=cluster',
      'node-selector': 'node.type=services',
      resources: '{requests: {cpu: 50m, memory: 32Mi}, limits: {memory: 128Mi}}',
      reports: '/reports/*.xml',
    });
    assert.equal(step.failed, false, step.log);
    assert.equal(step.outputs.result, 'passed');
    assert.equal(step.outputs['exit-code'], '0');
    assert.match(step.outputs.duration ?? '', /^\d+\.\d$/);
    assert.match(step.outputs.namespace ?? '', new RegExp(`^inception-${RUN}-[0-9a-f]{6}$`));
    assert.match(step.outputs.job ?? '', /^inception-tests-[0-9a-f]{6}$/);
    assert.deepEqual(JSON.parse(step.outputs.reports ?? ''), [
      join(workspace, 'inception-reports', 'junit.xml'),
    ]);
    assert.match(step.log, /tests say hello to cluster/);
    assert.match(step.log, /::group::Run tests as Job in namespace/);
    assert.match(step.summary, /### ✅ Tests inception-tests-[0-9a-f]{6} passed in/);
    assert.match(step.summary, /Ran as Kubernetes namespace `inception-jobrun-/);
    assert.match(step.summary, /\| 2 \| 0 \| 0 \| 0 \| 2 \|/);
    assert.deepEqual(step.exported, {});
    assert.ok(await namespaceGone(step.outputs.namespace ?? ''), 'deleted on success');
  });

  it('fails with the failing tests, exports the run for collect-logs, keeps it until the post step', async () => {
    const step = await runStep({
      mode: 'cluster',
      kubeconfig: cluster.kubeconfig,
      image: IMAGE,
      command: '["run-tests", "1"]',
      'reports-dir': 'failing',
    });
    assert.equal(step.failed, true);
    assert.equal(step.outputs.result, 'failed');
    assert.equal(step.outputs['exit-code'], '3');
    assert.match(
      step.log,
      /::error::tests failed: the test container exited with code 3 after .*\. Failing tests: orders\.api › test_refund/,
    );
    assert.match(step.summary, /### ❌ Tests .* failed with exit code 3/);
    assert.match(step.summary, /\*\*Why:\*\* tests failed: the test container exited with code 3/);
    const namespace = step.outputs.namespace ?? '';
    assert.equal(step.exported.INCEPTION_NAMESPACE, namespace);
    assert.equal(step.exported.INCEPTION_TEST_JOB, step.outputs.job);
    assert.equal(step.exported.INCEPTION_JOB_FAILED, 'true');
    assert.equal(await namespaceGone(namespace), false, 'kept for collect-logs');

    const post = await runStep(
      {},
      { STATE_isPost: 'true', 'STATE_run-tests': step.state['run-tests'] ?? '' },
    );
    assert.equal(post.failed, false, post.log);
    assert.match(post.log, new RegExp(`Deleted namespace ${namespace}`));
    assert.ok(await namespaceGone(namespace), 'deleted by the post step');
  });

  it('fails fast naming an image that does not exist; keep-namespace keeps it', async () => {
    const image = `inception-jobrun-missing:${ID}`;
    const step = await runStep({
      mode: 'cluster',
      kubeconfig: cluster.kubeconfig,
      image,
      'keep-namespace': 'true',
    });
    assert.equal(step.failed, true);
    assert.equal(step.outputs.result, 'error');
    assert.equal(step.outputs['exit-code'], '');
    assert.match(
      step.log,
      new RegExp(
        `::error::tests did not run to an end: image "${image}" of container tests cannot be pulled`,
      ),
    );
    assert.match(step.summary, /\*\*Why:\*\* tests did not run to an end: image/);
    assert.equal(step.state['run-tests'], undefined, 'nothing for the post step to delete');
    assert.equal(await namespaceGone(step.outputs.namespace ?? ''), false);
  });

  it('refuses a cluster run without image or manifest, before touching the cluster', async () => {
    const step = await runStep({ mode: 'cluster', kubeconfig: cluster.kubeconfig });
    assert.equal(step.failed, true);
    assert.match(step.log, /::error::Input "image" is required in cluster mode unless "job-manifest"/);
    assert.deepEqual(step.outputs, {});
  });
});
