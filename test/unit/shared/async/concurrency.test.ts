import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapWithConcurrency } from '../../../../src/shared/async/concurrency.js';

describe('mapWithConcurrency', () => {
  test('keeps order and never exceeds the limit', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapWithConcurrency([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, n * 3));
      running--;
      return n * 10;
    });
    assert.deepEqual(results, [50, 10, 40, 20, 30, 0, 60]);
    assert.equal(peak, 3);
  });

  test('empty input', async () => assert.deepEqual(await mapWithConcurrency([], 4, async () => 1), []));
});
