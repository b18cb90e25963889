import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startResultsServer, type ResultsServer } from './results-server/server.js';
import { runWorkflow, type WorkflowRun } from './support/act.js';
import { actionsRepository, type ActionsRepository } from './support/actions-repository.js';
import { downloadedDiagnostics } from './support/diagnostics-artifact.js';
import { ensureEngine } from './support/engine.js';
import { environmentsOf, leftovers, removeRunImages } from './support/leftovers.js';
import { loggedJsonOutput } from './support/step-outputs.js';

// Scenario 6: the README's caller of the reusable workflow, a matrix of a passing and a failing leg.
let server: ResultsServer;
let scratch: string;
let repository: ActionsRepository;

before(async () => {
  await ensureEngine();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'inception-e2e-reusable-'));
  server = await startResultsServer({ dir: path.join(scratch, 'results') });
  repository = await actionsRepository();
});

after(async () => {
  await server?.close();
  await repository?.remove();
  await rm(scratch, { recursive: true, force: true });
});

describe('the reusable workflow under act', () => {
  test('called with a matrix: the passing leg uploads nothing, the failing leg one artifact; nothing is left', async (t) => {
    const run = await runWorkflow({
      workflow: 'test/e2e/workflows/reusable-workflow.yml',
      workdir: repository.dir,
      env: repository.env,
      server,
    });
    t.diagnostic(`act run: ${(run.durationMs / 1000).toFixed(1)} s`);
    const context = `act exited ${run.exitCode}\n${run.log}\n${run.stderr}`;
    assert.equal(run.exitCode, 1, context);
    assert.equal(run.jobs.length, 2, context);

    // act keeps one result per matrix job (failure for every leg once one failed): a leg's outcome is in its steps.
    const leg = (name: string) => {
      const job = run.jobs.find((j) => j.matrix.leg === name);
      assert.ok(job, `leg ${name}: ${context}`);
      return (step: string) =>
        run.steps.find((s) => s.job === job.name && s.stage === 'Main' && (s.id === step || s.name === step))
          ?.result;
    };
    const pass = leg('pass');
    const fail = leg('fail');
    assert.equal(pass('Environment'), 'success', context);
    assert.equal(pass('tests'), 'success', context);
    assert.notEqual(pass('Diagnostics'), 'success', 'the passing leg collects nothing');
    assert.equal(fail('tests'), 'failure', context);
    assert.equal(fail('Diagnostics'), 'success', context);
    assert.match(
      run.log,
      /test_fail_on_purpose\.py::test_fails_on_purpose FAILED/,
      'the leg ran its own command',
    );
    // Both legs took the actions from the checkout the workflow made of its own repository.
    assert.equal(run.log.match(/checkout stand-in: .* path='\.inception-actions'/g)?.length, 2, context);

    const artifacts = server.artifacts.list(run.runId);
    assert.equal(artifacts.length, 1, `artifacts: ${artifacts.map((a) => a.name).join(', ')}\n${context}`);
    const name = artifacts[0]!.name;
    assert.match(name, /^inception-diagnostics-integration-fail-.*-attempt1$/);
    const files = await downloadedDiagnostics(server, run.runId, name);
    const index = files.get('index.md');
    assert.ok(index, `the artifact holds ${[...files.keys()].join(', ')}`);
    assert.match(index, /test_fails_on_purpose/, 'the index names the failing test');

    const environments = environmentsOf(run.log);
    assert.equal(environments.length, 2, `environments: ${environments.join(', ')}`);
    assert.deepEqual(await leftovers(environments), []);
  });
});

describe('the reusable workflow sharded under act: plan job, 3 legs, record job', () => {
  const runs: WorkflowRun[] = [];
  after(() => removeRunImages('sharded-tests', runs));

  const sharded = async () => {
    const run = await runWorkflow({
      workflow: 'test/e2e/workflows/reusable-sharded.yml',
      workdir: repository.dir,
      env: repository.env,
      server,
      // A push event names the default branch, which record-timings saves from.
      eventPayload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } },
    });
    runs.push(run);
    return run;
  };
  const planOf = (run: WorkflowRun) => loggedJsonOutput<{ basis: string; of: number }>(run, 'plan');

  test('run 1 splits by count and records; run 2 plans from those timings', async (t) => {
    const first = await sharded();
    t.diagnostic(`sharded run 1: ${(first.durationMs / 1000).toFixed(1)} s`);
    const context = (run: WorkflowRun) =>
      `act exited ${run.exitCode}\n${run.log.slice(-30_000)}\n${run.stderr}`;
    assert.equal(first.exitCode, 0, context(first));
    const plan = planOf(first);
    assert.equal(plan.basis, 'count', context(first));
    assert.equal(plan.of, 3);
    const legs = first.jobs.filter((job) => job.matrix.shard !== undefined);
    assert.deepEqual(legs.map((job) => job.matrix.shard).sort(), [1, 2, 3], context(first));
    const record = first.summaries.filter((s) => /Tests over 3 shard/.test(s.content));
    assert.equal(record.length, 1, 'the record job wrote the combined report');
    assert.match(record[0]!.content, /6 passed, 0 failed/);
    const keys = server.caches.list().map((entry) => entry.key);
    assert.ok(keys.includes(`e2e-reusable-sharded-${first.runId}-1`), keys.join(', '));
    assert.deepEqual(await leftovers(environmentsOf(first.log)), []);

    const second = await sharded();
    t.diagnostic(`sharded run 2: ${(second.durationMs / 1000).toFixed(1)} s`);
    assert.equal(second.exitCode, 0, context(second));
    assert.equal(planOf(second).basis, 'timings', context(second));
    assert.match(second.log, new RegExp(`timings-from=e2e-reusable-sharded-${first.runId}-1`));
  });
});
