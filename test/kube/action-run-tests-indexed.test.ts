import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { runTestsAction } from '../../src/actions/run-tests/index.js';
import { runEntryInProcess } from '../support/in-process-action.js';
import { testCluster, type TestCluster } from '../support/kube.js';

const run = promisify(execFile);
const ID = randomBytes(3).toString('hex');
const RUN = `shards-${ID}-1`;
const IMAGE = `inception-shard-tests:${ID}`;
const KIND = process.env.KIND || 'kind';

const PLAN = JSON.stringify({
  of: 3,
  basis: 'timings',
  shards: [
    { shard: 1, seconds: 2, files: ['tests/a.test.sh'] },
    { shard: 2, seconds: 2, files: ['tests/b.test.sh', 'tests/c.test.sh'] },
    { shard: 3, seconds: 1, files: ['tests/d.test.sh'] },
  ],
});

/** One test case per file it is given; shard 2's second case fails. */
const TESTS = `
echo "shard=$INCEPTION_SHARD of=$INCEPTION_SHARD_COUNT files=[$INCEPTION_SHARD_FILES]"
for file in "$@"; do echo "arg: $file"; done
mkdir -p /reports
cases=""
for file in "$@"; do
  body=""
  if [ "$INCEPTION_SHARD" = 2 ] && [ "$file" = tests/c.test.sh ]; then body='<failure message="c broke">trace</failure>'; fi
  cases="$cases<testcase file=\\"$file\\" classname=\\"$file\\" name=\\"runs\\" time=\\"1.5\\">$body</testcase>"
done
echo "<testsuites><testsuite name=\\"shard-$INCEPTION_SHARD\\">$cases</testsuite></testsuites>" > /reports/junit.xml
[ "$INCEPTION_SHARD" != 2 ]
`;

let cluster: TestCluster;
let workspace: string;

function runStep(inputs: Record<string, string>) {
  return runEntryInProcess(
    runTestsAction,
    { mode: 'cluster', kubeconfig: cluster.kubeconfig, image: IMAGE, ...inputs },
    { GITHUB_WORKSPACE: workspace, GITHUB_JOB: 'shards', GITHUB_RUN_ID: ID, GITHUB_RUN_ATTEMPT: '1' },
  );
}

describe('run-tests, mode: cluster, shards as one Indexed Job (real cluster)', { timeout: 420_000 }, () => {
  before(async () => {
    cluster = testCluster();
    workspace = await mkdtemp(join(tmpdir(), 'inception-shards-'));
    await run('docker', ['tag', 'debian:bookworm-slim', IMAGE]);
    await run(KIND, ['load', 'docker-image', IMAGE, '--name', cluster.name], { timeout: 180_000 });
  });

  after(async () => {
    const { core } = cluster.clients;
    const ours = await core.listNamespace({ labelSelector: `io.inception.run=${RUN}` });
    for (const namespace of ours.items) {
      await core.deleteNamespace({ name: namespace.metadata?.name ?? '' }).catch(() => undefined);
    }
    const { stdout } = await run(KIND, ['get', 'nodes', '--name', cluster.name]).catch(() => ({
      stdout: '',
    }));
    for (const node of stdout.split('\n').filter(Boolean)) {
      await run('docker', ['exec', node, 'crictl', 'rmi', IMAGE]).catch(() => undefined);
    }
    await run('docker', ['rmi', IMAGE]).catch(() => undefined);
    await rm(workspace, { recursive: true, force: true });
  });

  it('runs each shard of the plan in its own pod; shard 2 fails the step, naming it; every log and report comes back', async () => {
    const step = await runStep({
      plan: PLAN,
      command: JSON.stringify(['sh', '-c', TESTS, 'tests']),
      'append-shard-files': 'true',
      'reports-dir': 'indexed',
    });
    assert.equal(step.failed, true, step.log);
    assert.equal(step.outputs.result, 'failed');
    assert.match(
      step.log,
      /::error::1 of 3 shard\(s\) did not pass \(shard 2\): shard 2: tests failed: the test container exited with code 1/,
    );
    assert.match(step.log, /Failing tests: .*runs/);
    for (const [shard, files] of [
      [1, 'tests/a.test.sh'],
      [2, 'tests/b.test.sh tests/c.test.sh'],
      [3, 'tests/d.test.sh'],
    ] as const) {
      assert.match(
        step.log,
        new RegExp(`\\[shard ${shard}/3\\] shard=${shard} of=3 files=\\[${files}\\]\\n`),
      );
    }
    assert.match(
      step.log,
      /\[shard 2\/3\] arg: tests\/b\.test\.sh\n\[shard 2\/3\] arg: tests\/c\.test\.sh\n/,
    );

    const reports = (JSON.parse(step.outputs.reports ?? '[]') as string[])
      .map((path) => relative(workspace, path))
      .sort();
    assert.deepEqual(reports, [
      'indexed/shard-1/junit.xml',
      'indexed/shard-2/junit.xml',
      'indexed/shard-3/junit.xml',
    ]);
    assert.match(await readFile(join(workspace, 'indexed/shard-3/junit.xml'), 'utf8'), /tests\/d\.test\.sh/);

    assert.match(step.summary, /### ❌ Tests over 3 shard\(s\): 3 passed, 1 failed, 0 skipped/);
    assert.match(step.summary, /\| 2\/3 \| 1 \| 1 \| 0 \| [^|]+ \| 2\.0s \|/);
    assert.match(step.summary, /`tests\/a\.test\.sh` \| 1 \| 1\.5s/);

    const namespace = step.outputs.namespace ?? '';
    const job = await cluster.clients.batch.readNamespacedJob({ name: step.outputs.job ?? '', namespace });
    assert.equal(job.spec?.completionMode, 'Indexed');
    assert.equal(job.spec?.completions, 3);
    assert.equal(job.spec?.backoffLimitPerIndex, 0);
    assert.equal(job.status?.failedIndexes, '1');
    const pods = await cluster.clients.core.listNamespacedPod({
      namespace,
      labelSelector: `job-name=${job.metadata?.name}`,
    });
    assert.equal(pods.items.length, 3, 'one pod per shard, every one kept for the diagnostics');
  });

  it('without a plan, each pod just learns its shard and the count; one at a time with parallelism 1', async () => {
    const step = await runStep({
      shards: '2',
      parallelism: '1',
      command: JSON.stringify([
        'sh',
        '-c',
        'echo "I am $INCEPTION_SHARD of $INCEPTION_SHARD_COUNT, files=[${INCEPTION_SHARD_FILES-unset}]"',
      ]),
      reports: '',
    });
    assert.equal(step.failed, false, step.log);
    assert.match(step.log, /\[shard 1\/2\] I am 1 of 2, files=\[unset\]/);
    assert.match(step.log, /\[shard 2\/2\] I am 2 of 2, files=\[unset\]/);
    assert.match(step.summary, /### ✅ Tests over 2 shard\(s\)/);
  });

  it("runs one matrix leg's shard in one pod: variables, and the list from a ConfigMap", async () => {
    const step = await runStep({
      plan: PLAN,
      shard: '2',
      of: '3',
      command: JSON.stringify([
        'sh',
        '-c',
        'echo "leg $INCEPTION_SHARD/$INCEPTION_SHARD_COUNT"; cat "$INCEPTION_SHARD_FILES_PATH"',
      ]),
      reports: '',
    });
    assert.equal(step.failed, false, step.log);
    assert.match(step.log, /leg 2\/3\ntests\/b\.test\.sh\ntests\/c\.test\.sh\n/);
  });
});
