import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runProgram } from '../../src/shared/process/run-command.js';

// `kind create cluster` runs through runProgram: a cancelled setup-kind must not leave it creating nodes.
describe('a program run by a cancelled step', () => {
  test('aborting the signal stops the program at once', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 200);
    const result = await runProgram('sleep', ['30'], { signal: controller.signal });
    assert.notEqual(result.exitCode, 0);
    assert.ok(Date.now() - started < 5_000, `stopped after ${Date.now() - started} ms`);
  });

  test('a signal aborted before the start never lets it run', async () => {
    const result = await runProgram('sh', ['-c', 'sleep 5; echo ran'], { signal: AbortSignal.abort() });
    assert.notEqual(result.exitCode, 0);
    assert.equal(result.stdout, '');
  });
});
