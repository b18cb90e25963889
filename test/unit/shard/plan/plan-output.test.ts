import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matrixJson, planJson } from '../../../../src/shard/plan/plan-output.js';
import { planShards } from '../../../../src/shard/planner.js';

describe('plan outputs', () => {
  const timings = new Map([
    ['tests/a.py', 4],
    ['tests/b.py', 3],
    ['tests/c.py', 2],
  ]);
  const plan = planShards({ files: [...timings.keys()], timings, shards: 2 });

  test('matrix is the include list strategy.matrix takes', () => {
    assert.deepEqual(JSON.parse(matrixJson(plan)), {
      include: [
        { shard: 1, of: 2 },
        { shard: 2, of: 2 },
      ],
    });
  });

  test('plan holds each shard its files and estimate', () => {
    assert.deepEqual(JSON.parse(planJson(plan)), {
      of: 2,
      basis: 'timings',
      shards: [
        { shard: 1, seconds: 4, files: ['tests/a.py'] },
        { shard: 2, seconds: 5, files: ['tests/b.py', 'tests/c.py'] },
      ],
    });
  });

  test("a plan above GitHub's 1 MB for an output is an error saying what to do", () => {
    const files = Array.from(
      { length: 20_000 },
      (_, i) => `tests/some/rather/deep/folder/number-${i}/test_case.py`,
    );
    const big = planShards({ files, timings: new Map(), shards: 4 });
    assert.throws(
      () => planJson(big),
      /The plan output would be 1\.\d\d MB, above GitHub's limit of 1 MB for a job output\. Plan fewer test files/,
    );
    assert.doesNotThrow(() => matrixJson(big));
  });

  test('a plan just under the limit passes', () => {
    const files = Array.from({ length: 10_000 }, (_, i) => `tests/folder-${i}/test_case_with_a_long_name.py`);
    assert.ok(Buffer.byteLength(planJson(planShards({ files, timings: new Map(), shards: 4 }))) < 1_000_000);
  });
});
