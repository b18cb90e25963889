import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexedResult } from '../../../../../src/kube/test-job/indexed/run-indexed.js';
import type { ShardJobResult } from '../../../../../src/kube/test-job/options.js';

function shard(
  number: number,
  result: ShardJobResult['result'],
  exitCode: number | null,
  message: string,
): ShardJobResult {
  return { shard: number, result, exitCode, durationMs: 1000, reports: [], message };
}

describe('indexedResult', () => {
  it('passes when every shard passed', () => {
    const outcome = indexedResult([shard(1, 'passed', 0, 'ok'), shard(2, 'passed', 0, 'ok')], 65_000);
    assert.deepEqual(outcome, { result: 'passed', exitCode: 0, message: 'all 2 shard(s) passed in 1m 05s' });
  });

  it('names every shard that did not pass, and why', () => {
    const outcome = indexedResult(
      [shard(1, 'passed', 0, 'ok'), shard(2, 'failed', 3, 'exit 3'), shard(3, 'failed', 1, 'exit 1')],
      1000,
    );
    assert.equal(outcome.result, 'failed');
    assert.equal(outcome.exitCode, 3);
    assert.equal(
      outcome.message,
      '2 of 3 shard(s) did not pass (shard 2, 3): shard 2: exit 3; shard 3: exit 1',
    );
  });

  it('lets an error outweigh a timeout, and a timeout a failure', () => {
    assert.equal(
      indexedResult([shard(1, 'failed', 1, ''), shard(2, 'timed-out', null, '')], 1).result,
      'timed-out',
    );
    assert.equal(
      indexedResult([shard(1, 'timed-out', null, ''), shard(2, 'error', null, '')], 1).result,
      'error',
    );
  });
});
