// The bundled collect-logs action run as the runner runs it (ActionJob: its own process, INPUT_* variables,
// command files) against a real cluster: a failed test Job in the namespace run-tests would export as INCEPTION_NAMESPACE.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ActionJob, type StepResult } from '../support/action-runner.js';
import { loadDiagnosticsImage, testJob, waitForJobFailure } from '../support/diagnostics-kube.js';
import { testCluster } from '../support/kube.js';

const cluster = testCluster();
const { core, batch } = cluster.clients;
const namespace = `diag-${randomBytes(3).toString('hex')}-action`;

const jobs: ActionJob[] = [];

/** The bundled entry in a job of its own; no ~/.kube/config and no kind on PATH unless a test says otherwise. */
async function runAction(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<StepResult> {
  const job = new ActionJob({ PATH: '/usr/bin:/bin', GITHUB_JOB: 'kube' });
  jobs.push(job);
  return job.run('collect-logs', inputs, 'main', { HOME: job.folder, ...extraEnv });
}

describe('collect-logs action with Kubernetes', { timeout: 5 * 60 * 1000 }, () => {
  let testPod = '';

  before(async () => {
    await loadDiagnosticsImage(cluster);
    await core.createNamespace({ body: { metadata: { name: namespace } } });
    await batch.createNamespacedJob({
      namespace,
      body: testJob('tests', 'echo "test 1 passed"; echo "test 2: <order> not found"; exit 3'),
    });
    await waitForJobFailure(batch, namespace, 'tests');
    const pods = await core.listNamespacedPod({ namespace, labelSelector: 'job-name=tests' });
    testPod = pods.items[0]?.metadata?.name ?? '';
    assert.ok(testPod, 'the test Job has no pod');
  });

  after(async () => {
    await core.deleteNamespace({ name: namespace }).catch(() => undefined);
    for (const job of jobs) await rm(job.folder, { recursive: true, force: true });
  });

  test('collects INCEPTION_NAMESPACE, sets outputs, summarises the failed pod; a missing kind is a warning', async () => {
    const result = await runAction(
      { kubeconfig: cluster.kubeconfig, docker: 'false', matrix: '{"shard":2}' },
      { INCEPTION_NAMESPACE: namespace, INCEPTION_KIND_CLUSTER: cluster.name },
    );
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    const name = 'inception-diagnostics-kube-2-attempt1';
    assert.equal(result.outputs['artifact-name'], name);
    const bundle = result.outputs.path as string;
    assert.ok(bundle.endsWith(path.join('inception-diagnostics', name)), bundle);
    assert.equal(result.outputs['artifact-id'], '');
    assert.match(result.stdout, /::group::Collect Kubernetes diagnostics/);
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
    assert.deepEqual(warnings, ['::warning::diagnostics: kind binary "kind" not found; node logs skipped']);

    assert.match(
      result.summary,
      new RegExp(`#### Kubernetes \\(context \`kind-${cluster.name}\`, \`${namespace}\`\\)`),
    );
    assert.match(
      result.summary,
      new RegExp(`First failure: Pod ${namespace}/${testPod} — container tests exited with 3 at `),
    );
    assert.match(
      result.summary,
      new RegExp(`\\| Job ${namespace}/tests \\| Job failed: BackoffLimitExceeded`),
    );
    assert.match(
      result.summary,
      new RegExp(
        `<details>\\n<summary>${namespace}/${testPod} tests: last 2 log line\\(s\\)</summary>\\n\\n\`\`\`text\\ntest 1 passed\\ntest 2: <order> not found\\n\`\`\``,
      ),
    );

    const log = await readFile(
      path.join(bundle, 'kubernetes/namespaces', namespace, 'pods', testPod, 'tests.log'),
      'utf8',
    );
    assert.match(log, /^\S+Z test 1 passed\n\S+Z test 2: <order> not found\n$/);
    const index = await readFile(path.join(bundle, 'index.md'), 'utf8');
    assert.match(index, /^## Kubernetes\n\nFirst failure: Pod /m);
    assert.match(index, /\[kubernetes\/index\.md\]\(kubernetes\/index\.md\)/);
    assert.ok((await stat(path.join(bundle, 'kubernetes/nodes.txt'))).size > 0);
  });

  test('auto without a kubeconfig collects no Kubernetes diagnostics', async () => {
    const result = await runAction({ docker: 'false' }, { INCEPTION_NAMESPACE: namespace });
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout, /Collect Kubernetes diagnostics/);
    await assert.rejects(stat(path.join(result.outputs.path as string, 'kubernetes')));
  });

  test('KUBECONFIG and the namespaces input; a missing kubeconfig file is a warning, not a failed job', async () => {
    const named = await runAction(
      { docker: 'false', namespaces: `${namespace}, diag-absent` },
      { KUBECONFIG: cluster.kubeconfig },
    );
    assert.equal(named.exitCode, 0, named.stdout + named.stderr);
    assert.match(named.summary, new RegExp(`\`${namespace}\`, \`diag-absent\``));
    assert.match(named.summary, /container tests exited with 3/);

    const missing = await runAction({
      docker: 'false',
      kubernetes: 'true',
      kubeconfig: '/nonexistent/kubeconfig',
    });
    assert.equal(missing.exitCode, 0, missing.stdout + missing.stderr);
    assert.match(
      missing.stdout,
      /::warning::Could not collect Kubernetes diagnostics: kubeconfig \/nonexistent\/kubeconfig does not exist/,
    );
    assert.ok(missing.outputs['artifact-name']);
  });
});
