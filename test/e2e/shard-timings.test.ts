// Timings that persist, under act on the cache protocol GitHub's runners use (v2, our results server, with
// GitHub's branch scoping and first-writer-wins): workflows/shard-timings.yml three times against one
// server. Run 1 on main plans 3 legs by count and records; run 2 on main plans from run 1's timings (the
// files and seconds of run 1's reports); a pull request's run plans from them too and saves nothing.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { reportTimingsOf, sumReports, TestFileIndex } from '../../src/shard/index.js';
import { startResultsServer, type ResultsServer } from './results-server/server.js';
import { runWorkflow, type WorkflowRun } from './support/act.js';
import { actionsRepository, runIn, type ActionsRepository } from './support/actions-repository.js';
import { readArtifactFromDisk } from './support/artifacts.js';
import { ensureEngine } from './support/engine.js';
import { removeRunImages } from './support/leftovers.js';
import { loggedJsonOutput } from './support/step-outputs.js';

const WORKFLOW = 'test/e2e/workflows/shard-timings.yml';
const FILES = ['b', 'c', 'd', 'e', 'f', 'slow'].map((name) => `tests/${name}.sh`);
const KEY = /^e2e-sharded-(\d+)-1$/;

interface Plan {
  of: number;
  basis: string;
  shards: { shard: number; seconds: number | null; files: string[] }[];
}

let server: ResultsServer;
let scratch: string;
let repository: ActionsRepository;
const runs: WorkflowRun[] = [];

before(async () => {
  await ensureEngine();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'inception-e2e-shard-timings-'));
  server = await startResultsServer({ dir: path.join(scratch, 'results') });
  repository = await actionsRepository();
});

after(async () => {
  await removeRunImages('sharded', runs);
  await server?.close();
  await repository?.remove();
  await rm(scratch, { recursive: true, force: true });
});

const onMain = { ref: 'refs/heads/main', repository: { default_branch: 'main' } };

async function run(event: 'push' | 'pull_request', ref: string, payload: object): Promise<WorkflowRun> {
  const done = await runWorkflow({
    ...runIn(repository),
    workflow: WORKFLOW,
    server,
    event,
    ref,
    eventPayload: payload,
  });
  runs.push(done);
  return done;
}

const context = (run: WorkflowRun) => `act exited ${run.exitCode}\n${run.log.slice(-30_000)}\n${run.stderr}`;

/** The plan job's `plan` output. */
const planOf = (run: WorkflowRun) => loggedJsonOutput<Plan>(run, 'plan', 'plan');

/** Seconds per test file in the run's three uploaded reports, read as record-timings reads them. */
async function reportedSeconds(run: WorkflowRun): Promise<Map<string, number>> {
  const index = new TestFileIndex(FILES);
  const reports = [];
  for (const shard of [1, 2, 3]) {
    const files = await readArtifactFromDisk(server.dir, run.runId, `junit-${shard}`);
    for (const [name, content] of files) {
      if (name.endsWith('.xml')) reports.push(reportTimingsOf(name, content.toString('utf8'), index));
    }
  }
  return sumReports(reports);
}

const recordSummary = (run: WorkflowRun) =>
  run.summaries
    .filter((s) => s.job === 'record')
    .map((s) => s.content)
    .join('\n');

describe(
  'timings recorded on main, planned from in the next run and by a pull request (act, cache v2)',
  { timeout: 15 * 60_000 },
  () => {
    let first: WorkflowRun;
    let second: WorkflowRun;
    let firstSeconds: Map<string, number>;

    test('run 1 on main: no timings yet, 3 legs by count; every leg runs its files; record saves one entry', async (t) => {
      first = await run('push', 'refs/heads/main', onMain);
      t.diagnostic(`run 1: ${(first.durationMs / 1000).toFixed(1)} s`);
      assert.equal(first.exitCode, 0, context(first));
      const plan = planOf(first);
      assert.equal(plan.basis, 'count');
      assert.equal(plan.of, 3);
      assert.match(first.log, /No timings recorded under "e2e-sharded-"/, 'plan-shards gives a notice');
      firstSeconds = await reportedSeconds(first);
      assert.deepEqual([...firstSeconds.keys()].sort(), FILES, 'every file ran once, in some leg');
      assert.ok(firstSeconds.get('tests/slow.sh')! >= 3, `slow.sh took ${firstSeconds.get('tests/slow.sh')}`);
      const entries = server.caches.list();
      assert.equal(entries.length, 1, context(first));
      assert.equal(entries[0]!.key, `e2e-sharded-${first.runId}-1`);
      assert.equal(entries[0]!.scope, 'refs/heads/main');
      const summary = recordSummary(first);
      assert.match(summary, /Tests over 3 shard\(s\): 6 passed, 0 failed/, summary);
      assert.match(
        summary,
        new RegExp(`saved to the Actions cache as \`e2e-sharded-${first.runId}-1\``),
        summary,
      );
    });

    test("run 2 on main: plans from run 1's timings, files and seconds as run 1's reports say; saves a new entry", async (t) => {
      assert.ok(firstSeconds, 'run 1 ran');
      second = await run('push', 'refs/heads/main', onMain);
      t.diagnostic(`run 2: ${(second.durationMs / 1000).toFixed(1)} s`);
      assert.equal(second.exitCode, 0, context(second));
      const plan = planOf(second);
      assert.equal(plan.basis, 'timings', context(second));
      assert.match(second.log, new RegExp(`timings-from=e2e-sharded-${first.runId}-1`));
      assert.deepEqual(plan.shards.flatMap((s) => s.files).sort(), FILES);
      for (const shard of plan.shards) {
        const expected = shard.files.reduce((sum, file) => sum + firstSeconds.get(file)!, 0);
        // The timings file keeps milliseconds, and the planner adds whole milliseconds.
        assert.ok(
          Math.abs((shard.seconds ?? -1) - expected) <= 0.001 * shard.files.length,
          `shard ${shard.shard}: planned ${shard.seconds}, run 1 took ${expected}`,
        );
      }
      const slowest = plan.shards.find((s) => s.files.includes('tests/slow.sh'))!;
      assert.deepEqual(slowest.files, ['tests/slow.sh'], 'the 3 s file has a leg of its own');
      const keys = server.caches.list().map((e) => e.key);
      assert.deepEqual(keys, [`e2e-sharded-${first.runId}-1`, `e2e-sharded-${second.runId}-1`]);
    });

    test("a pull request: plans from main's newest timings, and writes nothing to the cache", async (t) => {
      assert.ok(second, 'run 2 ran');
      const before = server.caches.list().length;
      const pr = await run('pull_request', 'refs/pull/7/merge', {
        number: 7,
        pull_request: { number: 7, head: { ref: 'feature' }, base: { ref: 'main' } },
        repository: { default_branch: 'main' },
      });
      t.diagnostic(`pull request run: ${(pr.durationMs / 1000).toFixed(1)} s`);
      assert.equal(pr.exitCode, 0, context(pr));
      assert.equal(planOf(pr).basis, 'timings');
      assert.match(pr.log, new RegExp(`timings-from=e2e-sharded-${second.runId}-1`), 'the newest entry');
      assert.match(
        pr.log,
        /refs\/pull\/7\/merge is not the default branch \(refs\/heads\/main\)/,
        context(pr),
      );
      assert.equal(server.caches.list().length, before, 'no new cache entry');
      assert.ok(KEY.test(server.caches.list()[0]!.key));
      assert.match(recordSummary(pr), /not saved: refs\/pull\/7\/merge is not the default branch/);
    });
  },
);
