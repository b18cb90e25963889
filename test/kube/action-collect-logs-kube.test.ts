// The collect-logs entry run as the runner runs it (its own process, INPUT_* variables, command files)
// against a real cluster: a failed test Job in the namespace run-tests would export as INCEPTION_NAMESPACE.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { run } from '../kind/cluster.js';
import { parseCommandFile } from '../support/action-runner.js';
import { testCluster } from '../support/kube.js';

const cluster = testCluster();
const { core, batch } = cluster.clients;
const namespace = `diag-${randomBytes(3).toString('hex')}-action`;
const image = 'inception-diag-test:v1';

interface Run {
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  exitCode: number | null;
}

const ENTRY = `
import { runActionEntry } from ${JSON.stringify(new URL('../../src/actions/run-action.ts', import.meta.url).href)};
import { collectLogsAction } from ${JSON.stringify(new URL('../../src/actions/collect-logs.ts', import.meta.url).href)};
await runActionEntry(collectLogsAction);
`;

const tempDirs: string[] = [];

/** Its own process because core.summary keeps the first summary path it reads. */
async function runAction(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<Run> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'collect-logs-kube-'));
  tempDirs.push(dir);
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY'].map((name) => [
      name,
      path.join(dir, name),
    ]),
  );
  for (const file of Object.values(files)) await writeFile(file, '');
  const env: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(INPUT_|STATE_|GITHUB_|ACTIONS_|RUNNER_|INCEPTION_|KUBECONFIG$)/.test(key),
    ),
  );
  Object.assign(
    env,
    files,
    // No ~/.kube/config and no kind on PATH unless a test says otherwise.
    { RUNNER_TEMP: dir, HOME: dir, PATH: '/usr/bin:/bin', GITHUB_JOB: 'kube', GITHUB_RUN_ATTEMPT: '1' },
    extraEnv,
  );
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', ENTRY], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const [exitCode] = (await once(child, 'close')) as [number | null];
  return {
    outputs: parseCommandFile(await readFile(files.GITHUB_OUTPUT as string, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY as string, 'utf8'),
    stdout,
    exitCode,
  };
}

describe('collect-logs action with Kubernetes', { timeout: 5 * 60 * 1000 }, () => {
  let testPod = '';

  before(async () => {
    await run('docker', ['build', '-q', '-t', image, '-'], {
      input: 'FROM debian:bookworm-slim\nLABEL io.inception.test=diagnostics\n',
      timeout: 300_000,
    });
    await run(process.env.KIND ?? 'kind', ['load', 'docker-image', image, '--name', cluster.name], {
      timeout: 300_000,
    });
    await core.createNamespace({ body: { metadata: { name: namespace } } });
    await batch.createNamespacedJob({
      namespace,
      body: {
        metadata: { name: 'tests' },
        spec: {
          backoffLimit: 0,
          template: {
            spec: {
              restartPolicy: 'Never',
              containers: [
                {
                  name: 'tests',
                  image,
                  imagePullPolicy: 'IfNotPresent',
                  command: ['sh', '-c', 'echo "test 1 passed"; echo "test 2: <order> not found"; exit 3'],
                },
              ],
            },
          },
        },
      },
    });
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      const job = await batch.readNamespacedJob({ name: 'tests', namespace });
      if (job.status?.conditions?.some((c) => c.type === 'Failed' && c.status === 'True')) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const pods = await core.listNamespacedPod({ namespace, labelSelector: 'job-name=tests' });
    testPod = pods.items[0]?.metadata?.name ?? '';
    assert.ok(testPod, 'the test Job has no pod');
  });

  after(async () => {
    await core.deleteNamespace({ name: namespace }).catch(() => undefined);
    for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
  });

  test('collects INCEPTION_NAMESPACE, sets outputs, summarises the failed pod; a missing kind is a warning', async () => {
    const result = await runAction(
      { kubeconfig: cluster.kubeconfig, docker: 'false', matrix: '{"shard":2}' },
      { INCEPTION_NAMESPACE: namespace, INCEPTION_KIND_CLUSTER: cluster.name },
    );
    assert.equal(result.exitCode, 0, result.stdout);
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
    assert.equal(result.exitCode, 0, result.stdout);
    assert.doesNotMatch(result.stdout, /Collect Kubernetes diagnostics/);
    await assert.rejects(stat(path.join(result.outputs.path as string, 'kubernetes')));
  });

  test('KUBECONFIG and the namespaces input; a missing kubeconfig file is a warning, not a failed job', async () => {
    const named = await runAction(
      { docker: 'false', namespaces: `${namespace}, diag-absent` },
      { KUBECONFIG: cluster.kubeconfig },
    );
    assert.equal(named.exitCode, 0, named.stdout);
    assert.match(named.summary, new RegExp(`\`${namespace}\`, \`diag-absent\``));
    assert.match(named.summary, /container tests exited with 3/);

    const missing = await runAction({
      docker: 'false',
      kubernetes: 'true',
      kubeconfig: '/nonexistent/kubeconfig',
    });
    assert.equal(missing.exitCode, 0, missing.stdout);
    assert.match(
      missing.stdout,
      /::warning::Could not collect Kubernetes diagnostics: kubeconfig \/nonexistent\/kubeconfig does not exist/,
    );
    assert.ok(missing.outputs['artifact-name']);
  });
});
