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

// Scenario 7: the README's root-action workflow, fixtures/inception.yml in one step; a passing and a failing leg.
let server: ResultsServer;
let scratch: string;
let repository: ActionsRepository;

before(async () => {
  await ensureEngine();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'inception-e2e-root-action-'));
  server = await startResultsServer({ dir: path.join(scratch, 'results') });
  repository = await actionsRepository();
});

after(async () => {
  await server?.close();
  await repository?.remove();
  await rm(scratch, { recursive: true, force: true });
});

describe('the root action under act', () => {
  test('one step per job: outputs of both legs, one artifact for the failing one, nothing left', async (t) => {
    const run = await runWorkflow({
      workflow: 'test/e2e/workflows/root-action.yml',
      workdir: repository.dir,
      env: repository.env,
      server,
    });
    t.diagnostic(`act run: ${(run.durationMs / 1000).toFixed(1)} s`);
    const context = `act exited ${run.exitCode}\n${run.log}\n${run.stderr}`;
    assert.equal(run.exitCode, 1, context);
    assert.equal(run.jobs.length, 2, context);

    // act keeps one result per matrix job (failure for every leg once one failed): a leg's outcome is in its steps.
    const legJob = (name: string) => run.jobs.find((j) => j.matrix.leg === name)?.name;
    const step = (leg: string, stage: string) =>
      run.steps.find((s) => s.job === legJob(leg) && s.id === 'inception' && s.stage === stage)?.result;
    assert.equal(step('pass', 'Main'), 'success', context);
    assert.equal(step('fail', 'Main'), 'failure', context);
    assert.equal(step('pass', 'Post'), 'success', context);
    assert.equal(step('fail', 'Post'), 'success', context);

    const outputs = [...run.log.matchAll(/\| result=(\S*) exit-code=(\S*) environment=(\S*)/g)].map((m) => ({
      result: m[1],
      exitCode: m[2],
      environment: m[3],
    }));
    assert.deepEqual(outputs.map((o) => [o.result, o.exitCode]).sort(), [
      ['failed', '1'],
      ['passed', '0'],
    ]);

    const artifacts = server.artifacts.list(run.runId);
    assert.deepEqual(
      artifacts.map((a) => a.name),
      ['inception-diagnostics-integration-fail-attempt1'],
      context,
    );
    const files = await downloadedDiagnostics(server, run.runId, artifacts[0]!.name);
    const index = files.get('index.md');
    assert.ok(index, `the artifact holds ${[...files.keys()].join(', ')}`);
    assert.match(index, /test_fails_on_purpose/, 'the index names the failing test');
    const failed = outputs.find((o) => o.result === 'failed')!.environment!;
    assert.ok(
      [...files.keys()].some((file) => file.includes(`${failed}-api`)),
      'the services of the failing environment are in it',
    );

    const environments = environmentsOf(run.log);
    assert.deepEqual([...environments].sort(), outputs.map((o) => o.environment).sort());
    assert.deepEqual(await leftovers(environments), []);
  });
});
