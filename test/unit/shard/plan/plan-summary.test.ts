import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planRows, planSummaryMarkdown } from '../../../../src/shard/plan/plan-summary.js';
import { planShards } from '../../../../src/shard/planner.js';

describe('plan summary', () => {
  const timed = planShards({
    files: ['a.py', 'b.py', 'c|d.py', 'new.py'],
    timings: new Map([
      ['a.py', 90],
      ['b.py', 30],
      ['c|d.py', 60],
    ]),
    shards: 2,
  });

  test('a table of the shards, the slowest against the bound, untimed files and each shard folded', () => {
    const markdown = planSummaryMarkdown(timed);
    assert.match(markdown, /^### Shard plan: 2 shard\(s\) by timings/);
    assert.match(
      markdown,
      /Slowest shard about \*\*2m 00s\*\* \(no plan can beat 2m 00s\); all tests 4m 00s\./,
    );
    assert.match(
      markdown,
      /\| Shard \| Files \| Estimated \|\n\| --- \| ---: \| ---: \|\n\| 1\/2 \| 2 \| 2m 00s \|\n\| 2\/2 \| 2 \| 2m 00s \|/,
    );
    assert.match(markdown, /1 file\(s\) had no timing and weigh the mean, 1m 00s\./);
    assert.match(markdown, /<summary>Shard 1: 2 file\(s\)<\/summary>\n\n- `a\.py`\n- `b\.py`/);
    assert.match(markdown, /- `c\|d\.py`/);
  });

  test('by count: no estimates, and the notes quoted', () => {
    const plan = planShards({ files: ['a', 'b'], timings: new Map(), shards: 3 });
    const markdown = planSummaryMarkdown(plan);
    assert.match(markdown, /### Shard plan: 2 shard\(s\) by count/);
    assert.doesNotMatch(markdown, /Slowest shard/);
    assert.match(markdown, /\| 1\/2 \| 1 \| - \|/);
    assert.match(markdown, /> 3 shards asked for, but there are only 2 test files/);
    assert.deepEqual(planRows(plan), [
      ['SHARD', 'FILES', 'ESTIMATED'],
      ['1/2', '1', '-'],
      ['2/2', '1', '-'],
    ]);
  });
});
