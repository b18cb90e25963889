import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startResultsServer, type ResultsServer } from './results-server/server.js';
import { runWorkflow } from './support/act.js';
import { actionsRepository, type ActionsRepository } from './support/actions-repository.js';
import { downloadedDiagnostics } from './support/diagnostics-artifact.js';
import { ensureEngine } from './support/engine.js';
import { environmentsOf, leftovers } from './support/leftovers.js';

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
