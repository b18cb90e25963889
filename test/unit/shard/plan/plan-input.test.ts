import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../../../src/errors.js';
import { parsePlan, plannedFiles } from '../../../../src/shard/plan/plan-input.js';
import { planJson } from '../../../../src/shard/plan/plan-output.js';
import { planShards } from '../../../../src/shard/planner.js';

describe('parsePlan', () => {
  it("reads back what plan-shards' plan output holds", () => {
    const plan = planShards({
      files: ['a.test.ts', 'b.test.ts', 'c.test.ts'],
      timings: new Map([
        ['a.test.ts', 5],
        ['b.test.ts', 3],
        ['c.test.ts', 2],
      ]),
      shards: 2,
    });
    const parsed = parsePlan(planJson(plan), 'Input "plan"');
    assert.equal(parsed.of, 2);
    assert.equal(parsed.basis, 'timings');
    assert.deepEqual(
      parsed.shards.map((shard) => [shard.shard, shard.seconds, shard.files]),
      [
        [1, 5, ['a.test.ts']],
        [2, 5, ['b.test.ts', 'c.test.ts']],
      ],
    );
    assert.deepEqual(plannedFiles(parsed), ['a.test.ts', 'b.test.ts', 'c.test.ts']);
  });

  it('takes a shard the list leaves out as one without files', () => {
    const parsed = parsePlan('{"of": 3, "shards": [{"shard": 2, "files": ["x.py"]}]}', 'plan');
    assert.deepEqual(
      parsed.shards.map((shard) => shard.files),
      [[], ['x.py'], []],
    );
    assert.equal(parsed.basis, 'count');
  });

  const bad: [string, RegExp][] = [
    ['not json', /^Input "plan" is not JSON/],
    ['[]', /no "shards" list/],
    ['{"of": 1.5, "shards": []}', /"of" must be the number of shards/],
    ['{"of": 2, "shards": [{"shard": 1, "files": []}, {"shard": 1, "files": []}]}', /lists shard 1 twice/],
    ['{"of": 1, "shards": [{"shard": 1, "files": ["a\\nb"]}]}', /holds a line break/],
    ['{"of": 1, "shards": ["a"]}', /shards\[0\] is not an object/],
  ];
  for (const [json, message] of bad) {
    it(`refuses ${json}`, () => {
      assert.throws(
        () => parsePlan(json, 'Input "plan"'),
        (error: unknown) => error instanceof ConfigurationError && message.test(error.message),
      );
    });
  }
});
