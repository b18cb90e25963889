import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryLogger } from '../../../../support/memory-logger.js';
import { withRetries } from '../../../../../src/kube/kind/image-load/retry.js';
import { ConfigurationError } from '../../../../../src/errors.js';

describe('withRetries', () => {
  it('retries failures with doubling backoff, then succeeds', async () => {
    const logger = new MemoryLogger();
    const started = Date.now();
    const result = await withRetries('load', { retries: 2, backoffMs: 20, logger }, async (attempt) => {
      if (attempt < 3) throw new Error(`flaky ${attempt}`);
      return attempt;
    });
    assert.equal(result, 3);
    assert.ok(Date.now() - started >= 60);
    assert.deepEqual(logger.lines, [
      'warning: load failed (attempt 1 of 3): flaky 1; retrying in 20ms',
      'warning: load failed (attempt 2 of 3): flaky 2; retrying in 40ms',
    ]);
  });
  it('gives up after the last retry with the last error', async () => {
    let calls = 0;
    await assert.rejects(
      withRetries('load', { retries: 1, backoffMs: 1, logger: new MemoryLogger() }, async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      }),
      /boom 2/,
    );
    assert.equal(calls, 2);
  });
  it('does not retry a user mistake', async () => {
    let calls = 0;
    await assert.rejects(
      withRetries('load', { retries: 3, backoffMs: 1, logger: new MemoryLogger() }, async () => {
        calls++;
        throw new ConfigurationError('fix it');
      }),
      ConfigurationError,
    );
    assert.equal(calls, 1);
  });
});
