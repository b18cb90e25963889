import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runEntryInProcess } from '../../../support/in-process-action.js';

/** A main that does its work until the signal aborts it, then stops as the library does. */
const stoppable = {
  main: (signal: AbortSignal) =>
    new Promise<void>((_, reject) => {
      setTimeout(() => process.kill(process.pid, 'SIGTERM'), 20);
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    }),
};

describe('the action entry under a signal', () => {
  test('SIGTERM aborts the signal main got; the step fails as cancelled, with no stack', async () => {
    const run = await runEntryInProcess(stoppable, {});
    assert.equal(run.failed, true);
    assert.match(run.log, /::warning::SIGTERM received: stopping and cleaning up/);
    assert.match(run.log, /::error::cancelled by SIGTERM/);
    assert.doesNotMatch(run.log, /at .*run-action/);
  });

  test('a step that said why it stopped keeps its own message', async () => {
    const run = await runEntryInProcess(
      {
        main: async (signal) => {
          process.kill(process.pid, 'SIGINT');
          await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
          process.exitCode = 1;
          process.stdout.write('::error::tests cancelled while the Job ran\n');
        },
      },
      {},
    );
    assert.equal(run.failed, true);
    assert.match(run.log, /::error::tests cancelled while the Job ran/);
    assert.doesNotMatch(run.log, /::error::cancelled by SIGINT/);
  });

  test('after main ends, the handlers are gone: no signal is swallowed later', async () => {
    const before = process.listenerCount('SIGTERM');
    await runEntryInProcess({ main: async () => undefined }, {});
    assert.equal(process.listenerCount('SIGTERM'), before);
  });
});
