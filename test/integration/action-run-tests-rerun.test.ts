import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runTestsAction } from '../../src/actions/run-tests/index.js';
import { startResultsServer, type ResultsServer } from '../e2e/results-server/server.js';
import { runtimeEnv } from '../e2e/support/runtime-env.js';
import { runEntryInProcess } from '../support/in-process-action.js';

const RUN = `it-rerun-${randomBytes(4).toString('hex')}`;

const PLAN = JSON.stringify({
  of: 2,
  basis: 'timings',
  shards: [
    { shard: 1, seconds: 3, files: ['tests/a.sh', 'tests/b.sh', 'tests/c.sh'] },
    { shard: 2, seconds: 3, files: ['tests/d.sh'] },
  ],
});

/** One case per file it is given; tests/b.sh fails unless this is a re-run (a flaky test). */
const TESTS = `
echo "rerun=\${INCEPTION_RERUN:-0} files=[$INCEPTION_SHARD_FILES]"
mkdir -p /reports
cases=""; code=0
for file in $INCEPTION_SHARD_FILES; do
  body=""
  if [ "$file" = tests/b.sh ] && [ "\${INCEPTION_RERUN:-0}" != 1 ]; then body='<failure message="flaky"/>'; code=1; fi
  cases="$cases<testcase file=\\"/app/$file\\" name=\\"works\\" time=\\"1\\">$body</testcase>"
done
echo "<testsuite name=\\"shard\\">$cases</testsuite>" > /reports/junit.xml
exit $code
`;

let server: ResultsServer;
let workspace: string;

function attempt(number: number) {
  return runEntryInProcess(
    runTestsAction,
    {
      image: 'debian:bookworm-slim',
      command: JSON.stringify(['sh', '-c', TESTS]),
      name: `${RUN}-attempt${number}`,
      plan: PLAN,
      shard: '1',
      'rerun-failed': 'true',
      'reports-dir': `reports-${number}`,
    },
    {
      GITHUB_WORKSPACE: workspace,
      GITHUB_JOB: 'tests',
      GITHUB_RUN_ATTEMPT: String(number),
      RUNNER_TEMP: join(workspace, 'tmp'),
      ...runtimeEnv(server.url, { runId: RUN }),
    },
  );
}

describe(
  'run-tests re-runs only the files that failed in the attempt before (real engine, results server)',
  { timeout: 180_000 },
  () => {
    before(async () => {
      workspace = await mkdtemp(join(tmpdir(), 'inception-rerun-'));
      server = await startResultsServer({ dir: join(workspace, 'artifacts') });
    });

    after(async () => {
      await server.close();
      await rm(workspace, { recursive: true, force: true });
    });

    it('attempt 1 runs the whole shard, fails, and uploads its reports under its attempt', async () => {
      const run = await attempt(1);
      assert.equal(run.failed, true, run.log);
      assert.match(run.log, /rerun=0 files=\[tests\/a\.sh tests\/b\.sh tests\/c\.sh\]/);
      assert.match(run.log, /Uploaded 1 report\(s\) as artifact "inception-reports-tests-1-attempt1"/);
    });

    it('attempt 2 runs only tests/b.sh, marked as a re-run, and passes', async () => {
      const run = await attempt(2);
      assert.equal(run.failed, false, run.log);
      assert.match(
        run.log,
        /Read 1 report\(s\) of attempt 1 from artifact "inception-reports-tests-1-attempt1"/,
      );
      assert.match(
        run.log,
        /Re-run \(attempt 2\): 1 file\(s\) failed in attempt 1; running only them: tests\/b\.sh/,
      );
      assert.match(run.log, /rerun=1 files=\[tests\/b\.sh\]/);
      assert.match(run.summary, /shard 1\/2, re-run of 1 failed file\(s\)/);
    });

    it('attempt 3 finds no failure in attempt 2 and runs the whole shard again', async () => {
      const run = await attempt(3);
      assert.match(
        run.log,
        /Re-run \(attempt 3\): the reports of attempt 2 show no failure; running the whole shard/,
      );
      assert.match(run.log, /rerun=0 files=\[tests\/a\.sh tests\/b\.sh tests\/c\.sh\]/);
    });
  },
);
