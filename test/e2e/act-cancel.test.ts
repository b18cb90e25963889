import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runWorkflow } from './support/act.js';

test('an interrupt after a step started cancels the job, and cancelled() steps still run', async () => {
  const run = await runWorkflow({
    workflow: 'test/e2e/workflows/cancel-smoke.yml',
    signalAfter: { step: 'long', delayMs: 500 },
  });
  const context = `act exited ${run.exitCode}\n${run.log}\n${run.stderr}`;
  assert.ok(run.signalledAt !== undefined, context);
  assert.equal(run.exitCode, 1, context);
  assert.ok(run.durationMs < 30_000, `the 60 s step was cut short (${run.durationMs} ms)`);
  // act reports a cancelled job as failed; GitHub would say "cancelled".
  assert.deepEqual(
    run.jobs.map((job) => [job.name, job.result]),
    [['cancel', 'failure']],
  );
  assert.deepEqual(
    run.steps.filter((step) => step.stage === 'Main').map((step) => [step.id, step.result]),
    [
      ['long', 'failure'],
      ['on-cancel', 'success'],
    ],
  );
  assert.match(run.log, /the cancelled\(\) step ran/);
  assert.doesNotMatch(run.log, /this step must not run/);
});
