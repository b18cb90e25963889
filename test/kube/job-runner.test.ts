import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ContainerLogFollower } from '../../src/kube/test-job/watch/log-follow.js';
import { runTestJob } from '../../src/kube/test-job/run.js';
import { deleteTestJob } from '../../src/kube/test-job/cleanup.js';
import type { TestJobOptions } from '../../src/kube/test-job/options.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { testCluster, type TestCluster } from '../support/kube.js';

const run = promisify(execFile);
const ID = randomBytes(3).toString('hex');
const RUN = `jobrun-${ID}`;
/** A namespace of ours for the runs that are given one. */
const GIVEN = `jobrun-given-${ID}`;
const IMAGE = `inception-jobrun-tests:${ID}`;
const KIND = process.env.KIND || 'kind';

/** Writes a JUnit report into $REPORTS_DIR (default /reports) and exits with $1. */
const RUN_TESTS = `#!/bin/sh
code=\${1:-0}
dir=\${REPORTS_DIR:-/reports}
echo "starting tests (exit $code) as \${TEST_ID:-anonymous}"
mkdir -p "$dir"
failures=0; body=""
if [ "$code" != 0 ]; then failures=1; body='<failure message="expected 1, got 2">assert at checks.sh:3</failure>'; fi
cat > "$dir/junit.xml" <<XML
<testsuite name="job" tests="2" failures="$failures" time="0.5"><testcase classname="job" name="passes"/><testcase classname="job" name="checks">$body</testcase></testsuite>
XML
echo "tests done"
exit "$code"
`;

/** Keeps the test output as printed, chunks joined as they came. */
class CapturingLogger extends MemoryLogger {
  printed = '';
  override output(chunk: string): void {
    this.printed += chunk;
    super.output(chunk);
  }
}

let cluster: TestCluster;
let work: string;

function options(overrides: Partial<TestJobOptions>): TestJobOptions & { logger: CapturingLogger } {
  return {
    image: IMAGE,
    runName: RUN,
    timeoutMs: 120_000,
    unschedulableTimeoutMs: 30_000,
    reports: '/reports/*.xml',
    reportsDir: join(work, `reports-${randomBytes(2).toString('hex')}`),
    ...overrides,
    logger: new CapturingLogger(),
  };
}

async function buildAndLoadImage(): Promise<void> {
  const context = join(work, 'image');
  await run('mkdir', ['-p', context]);
  await writeFile(join(context, 'run-tests'), RUN_TESTS);
  await chmod(join(context, 'run-tests'), 0o755);
  await writeFile(
    join(context, 'Dockerfile'),
    'FROM debian:bookworm-slim\nCOPY run-tests /usr/local/bin/run-tests\nCMD ["run-tests"]\n',
  );
  await run('docker', ['build', '-q', '-t', IMAGE, context]);
  await run(KIND, ['load', 'docker-image', IMAGE, '--name', cluster.name], { timeout: 180_000 });
}

async function removeImage(): Promise<void> {
  const { stdout } = await run(KIND, ['get', 'nodes', '--name', cluster.name]).catch(() => ({ stdout: '' }));
  for (const node of stdout.split('\n').filter(Boolean)) {
    await run('docker', ['exec', node, 'crictl', 'rmi', IMAGE]).catch(() => undefined);
  }
  await run('docker', ['rmi', '-f', IMAGE]).catch(() => undefined);
}

describe('runTestJob (real cluster)', { timeout: 600_000 }, () => {
  before(async () => {
    cluster = testCluster();
    work = await mkdtemp(join(tmpdir(), 'inception-jobrun-'));
    await buildAndLoadImage();
    await cluster.clients.core.createNamespace({ body: { metadata: { name: GIVEN } } });
    await cluster.clients.core.createNamespacedSecret({
      namespace: GIVEN,
      body: { metadata: { name: 'test-identity' }, stringData: { TEST_ID: 'from-a-secret' } },
    });
  });

  after(async () => {
    const { core } = cluster.clients;
    const ours = await core.listNamespace({ labelSelector: `io.inception.run=${RUN}` });
    for (const name of [GIVEN, ...ours.items.map((ns) => ns.metadata?.name ?? '')]) {
      await core.deleteNamespace({ name }).catch(() => undefined);
    }
    await removeImage();
    await rm(work, { recursive: true, force: true });
  });

  it('passes, streams the log, copies the report; its namespace is labelled and deleted afterwards', async () => {
    const opts = options({ args: ['run-tests', '0'], env: { TEST_ID: 'plain-env' } });
    const result = await runTestJob(cluster.clients, opts);
    assert.equal(result.result, 'passed', opts.logger.text());
    assert.equal(result.exitCode, 0);
    assert.match(result.namespace, new RegExp(`^inception-${RUN}-[0-9a-f]{6}$`));
    assert.equal(result.createdNamespace, true);
    assert.match(result.podName ?? '', new RegExp(`^${result.jobName}-`));
    assert.deepEqual(result.reports, [join(opts.reportsDir, 'junit.xml')]);
    assert.match(await readFile(result.reports[0] as string, 'utf8'), /name="checks"/);
    assert.equal(result.summary?.passed, 2);
    assert.match(opts.logger.printed, /starting tests \(exit 0\) as plain-env\ntests done\n/);
    assert.match(result.message, /^tests passed in /);

    const { core, batch } = cluster.clients;
    const namespace = await core.readNamespace({ name: result.namespace });
    assert.equal(namespace.metadata?.labels?.['io.inception.managed'], 'true');
    const job = await batch.readNamespacedJob({ name: result.jobName, namespace: result.namespace });
    assert.equal(job.status?.succeeded, 1, 'the keeper was released and the Job completed');
    assert.equal(job.spec?.backoffLimit, 0);
    assert.equal(job.spec?.ttlSecondsAfterFinished, undefined);

    await deleteTestJob(cluster.clients, result);
    const deleted = await core.readNamespace({ name: result.namespace }).catch(() => undefined);
    assert.ok(!deleted || deleted.status?.phase === 'Terminating');
  });

  it('fails with the exit code of the test container, its log and its failing test', async () => {
    const opts = options({ args: ['run-tests', '3'] });
    const result = await runTestJob(cluster.clients, opts);
    assert.equal(result.result, 'failed', opts.logger.text());
    assert.equal(result.exitCode, 3);
    assert.match(result.message, /^tests failed: the test container exited with code 3 after/);
    assert.match(opts.logger.printed, /starting tests \(exit 3\) as anonymous\ntests done\n/);
    assert.equal(result.summary?.failures[0]?.message, 'expected 1, got 2');
    assert.equal(result.reports.length, 1);
    const pod = await cluster.clients.core.readNamespacedPod({
      name: result.podName ?? '',
      namespace: result.namespace,
    });
    assert.equal(pod.status?.phase, 'Failed', 'kept for diagnostics, with its final state');
  });

  it('fails within 60 s naming an image that does not exist', async () => {
    const started = Date.now();
    const image = `inception-jobrun-missing:${ID}`;
    const opts = options({ image });
    const result = await runTestJob(cluster.clients, opts);
    assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
    assert.equal(result.result, 'error');
    assert.equal(result.exitCode, null);
    assert.match(
      result.message,
      new RegExp(
        `image "${image}" of container tests cannot be pulled \\((ErrImagePull|ImagePullBackOff)\\)`,
      ),
    );
    assert.ok(result.podName, 'names the pod for diagnostics');
  });

  it('fails naming an unschedulable pod after the unschedulable timeout, quoting the scheduler', async () => {
    const opts = options({ nodeSelector: { 'node.type': `nowhere-${ID}` }, unschedulableTimeoutMs: 5000 });
    const started = Date.now();
    const result = await runTestJob(cluster.clients, opts);
    assert.equal(result.result, 'error', opts.logger.text());
    assert.match(
      result.message,
      /is unschedulable: no node took it within 5\.0s \(the unschedulable timeout\): 0\/3 nodes are available/,
    );
    assert.ok(Date.now() - started < 30_000);
  });

  it('times out at the deadline', async () => {
    const opts = options({ command: ['sleep', '100'], timeoutMs: 3000 });
    const result = await runTestJob(cluster.clients, opts);
    assert.equal(result.result, 'timed-out', opts.logger.text());
    assert.equal(result.exitCode, null);
    assert.match(
      result.message,
      /^tests timed out after .*: the Job's deadline of 3\.0s passed \(DeadlineExceeded\)/,
    );
    assert.ok(result.durationMs < 20_000, `took ${result.durationMs} ms`);
  });

  it('runs in a given namespace with variables from a Secret, and deletes only its Job', async () => {
    const opts = options({
      namespace: GIVEN,
      args: ['run-tests'],
      envFrom: [{ kind: 'secret', name: 'test-identity' }],
      labels: { team: 'shop' },
    });
    const result = await runTestJob(cluster.clients, opts);
    assert.equal(result.result, 'passed', opts.logger.text());
    assert.equal(result.namespace, GIVEN);
    assert.equal(result.createdNamespace, false);
    assert.match(opts.logger.text(), /as from-a-secret/);
    const { batch, core } = cluster.clients;
    const job = await batch.readNamespacedJob({ name: result.jobName, namespace: GIVEN });
    assert.equal(job.metadata?.labels?.team, 'shop');
    await deleteTestJob(cluster.clients, result);
    await assert.rejects(
      batch.readNamespacedJob({ name: result.jobName, namespace: GIVEN }),
      /404|not found/i,
    );
    assert.ok(await core.readNamespace({ name: GIVEN }));
  });

  it('fails fast on a missing Secret', async () => {
    const opts = options({ namespace: GIVEN, envFrom: [{ kind: 'secret', name: 'no-such-secret' }] });
    const result = await runTestJob(cluster.clients, opts);
    assert.equal(result.result, 'error');
    assert.match(
      result.message,
      // The kubelet may first say its secret cache is syncing; that is waited out, then reported.
      /container tests cannot start \(CreateContainerConfigError\): (secret "no-such-secret" not found|failed to sync secret cache)/,
    );
  });

  it('fails naming why the Job cannot create its pod (a missing service account)', async () => {
    const opts = options({ namespace: GIVEN, serviceAccount: 'no-such-account' });
    const started = Date.now();
    const result = await runTestJob(cluster.clients, opts);
    assert.equal(result.result, 'error', opts.logger.text());
    assert.match(
      result.message,
      /the Job cannot create its pod: .*serviceaccount "no-such-account" not found/,
    );
    assert.deepEqual(result.podNames, []);
    assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
  });

  it("runs the user's Job manifest: our namespace and labels, the named test container, its own reports volume", async () => {
    const manifest = join(work, 'e2e-job.yaml');
    await writeFile(
      manifest,
      `apiVersion: batch/v1
kind: Job
metadata:
  name: user-e2e
  namespace: not-this-one
  labels: { team: shop }
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: sidecar
          image: ${IMAGE}
          command: [sleep, "1"]
        - name: e2e
          image: ${IMAGE}
          command: [run-tests, "4"]
          env:
            - { name: REPORTS_DIR, value: /out/junit }
            - { name: TEST_ID, value: from-the-manifest }
          volumeMounts:
            - { name: out, mountPath: /out/junit }
      volumes:
        - { name: out, emptyDir: {} }
`,
    );
    const opts = options({
      image: undefined,
      manifestFile: manifest,
      testContainer: 'e2e',
      reports: '/out/junit/*.xml',
    });
    const result = await runTestJob(cluster.clients, opts);
    assert.equal(result.result, 'failed', opts.logger.text());
    assert.equal(result.exitCode, 4);
    assert.equal(result.jobName, 'user-e2e');
    assert.match(result.namespace, new RegExp(`^inception-${RUN}-`));
    assert.match(opts.logger.printed, /starting tests \(exit 4\) as from-the-manifest/);
    assert.equal(result.reports.length, 1);
    const job = await cluster.clients.batch.readNamespacedJob({
      name: 'user-e2e',
      namespace: result.namespace,
    });
    assert.equal(job.metadata?.labels?.team, 'shop');
    assert.equal(job.metadata?.labels?.['io.inception.run'], RUN);
    assert.deepEqual(
      job.spec?.template.spec?.containers.map((c) => c.name),
      ['sidecar', 'e2e', 'inception-reports'],
    );
    await deleteTestJob(cluster.clients, result);
  });

  it('reconnects once when the log stream drops, printing no line twice and losing none', async () => {
    const { core } = cluster.clients;
    const name = 'counts';
    await core.createNamespacedPod({
      namespace: GIVEN,
      body: {
        metadata: { name },
        spec: {
          restartPolicy: 'Never',
          containers: [
            {
              name: 'tests',
              image: IMAGE,
              command: ['sh', '-c', 'i=1; while [ $i -le 6 ]; do echo "line $i"; i=$((i+1)); sleep 1; done'],
            },
          ],
        },
      },
    });
    const running = async () => {
      for (;;) {
        const pod = await core.readNamespacedPod({ name, namespace: GIVEN });
        if (pod.status?.containerStatuses?.[0]?.state?.running) return;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    };
    await running();
    const logger = new CapturingLogger();
    const ended = async () => {
      const pod = await core.readNamespacedPod({ name, namespace: GIVEN });
      return Boolean(pod.status?.containerStatuses?.[0]?.state?.terminated);
    };
    const follower = new ContainerLogFollower(
      cluster.clients.config,
      { namespace: GIVEN, pod: name, container: 'tests' },
      logger,
      ended,
    );
    await new Promise((resolve) => setTimeout(resolve, 2500));
    // Cuts the connection under the follower, as a restarting API server would.
    (follower as unknown as { controller: AbortController }).controller.abort();
    await follower.done;
    assert.equal(logger.printed, 'line 1\nline 2\nline 3\nline 4\nline 5\nline 6\n');
    assert.match(
      logger.text(),
      /warning: The log stream of counts (failed \(.*\)|ended while the container still runs); reconnecting/,
    );
  });
});
