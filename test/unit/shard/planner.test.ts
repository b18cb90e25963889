import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planShards, type ShardPlan } from '../../../src/shard/planner.js';

const files = (plan: ShardPlan) => plan.shards.map((shard) => shard.files);
const seconds = (plan: ShardPlan) => plan.shards.map((shard) => shard.seconds);

describe('planShards', () => {
  test('longest first onto the lightest shard, and each shard lists its files by path', () => {
    const timings = new Map([
      ['a.test.ts', 10],
      ['b.test.ts', 7],
      ['c.test.ts', 6],
      ['d.test.ts', 5],
      ['e.test.ts', 4],
    ]);
    const plan = planShards({ files: [...timings.keys()], timings, shards: 2 });
    assert.deepEqual(files(plan), [
      ['a.test.ts', 'd.test.ts'],
      ['b.test.ts', 'c.test.ts', 'e.test.ts'],
    ]);
    assert.deepEqual(seconds(plan), [15, 17]);
    assert.equal(plan.basis, 'timings');
    assert.equal(plan.makespanSeconds, 17);
    assert.equal(plan.lowerBoundSeconds, 16);
  });

  test('ties are broken by path, whatever order the files and timings come in', () => {
    const names = ['d', 'b', 'a', 'c', 'f', 'e'].map((name) => `t/${name}.py`);
    const plans = [names, [...names].reverse()].map((order) =>
      planShards({ files: order, timings: new Map(order.map((file) => [file, 3])), shards: 3 }),
    );
    assert.deepEqual(plans[0], plans[1]);
    assert.deepEqual(files(plans[0]!), [
      ['t/a.py', 't/d.py'],
      ['t/b.py', 't/e.py'],
      ['t/c.py', 't/f.py'],
    ]);
  });

  test('a file without a timing weighs the mean of the timed ones, and is named', () => {
    const plan = planShards({
      files: ['a', 'b', 'c', 'new'],
      timings: new Map([
        ['a', 30],
        ['b', 10],
        ['c', 20],
      ]),
      shards: 2,
    });
    assert.deepEqual(plan.untimed, ['new']);
    assert.equal(plan.meanSeconds, 20);
    assert.equal(plan.totalSeconds, 80);
    assert.deepEqual(files(plan), [
      ['a', 'b'],
      ['c', 'new'],
    ]);
  });

  test('timings of files that no longer exist are dropped, not planned', () => {
    const plan = planShards({
      files: ['a', 'b'],
      timings: new Map([
        ['a', 1],
        ['gone', 500],
        ['b', 1],
      ]),
      shards: 2,
    });
    assert.deepEqual(plan.dropped, ['gone']);
    assert.deepEqual(files(plan).flat().sort(), ['a', 'b']);
    assert.equal(plan.totalSeconds, 2);
  });

  test('a timing of 0 still weighs something, so no file is left out of the estimate', () => {
    const plan = planShards({ files: ['a', 'b'], timings: new Map([['a', 0]]), shards: 1 });
    assert.equal(plan.meanSeconds, 0.001);
    assert.deepEqual(seconds(plan), [0.002]);
  });

  test('without timings the files are split by count and no time is estimated', () => {
    const plan = planShards({ files: ['a', 'b', 'c', 'd', 'e'], timings: new Map(), shards: 2 });
    assert.equal(plan.basis, 'count');
    assert.deepEqual(files(plan), [
      ['a', 'c', 'e'],
      ['b', 'd'],
    ]);
    assert.deepEqual(seconds(plan), [null, null]);
    assert.deepEqual(plan.untimed, []);
  });

  test('duplicate paths are planned once', () => {
    const plan = planShards({ files: ['a', 'b', 'a', 'b'], timings: new Map(), shards: 2 });
    assert.deepEqual(files(plan), [['a'], ['b']]);
  });

  test('more shards than files: one file a shard, and a note says so', () => {
    const plan = planShards({ files: ['a', 'b', 'c'], timings: new Map(), shards: 8 });
    assert.equal(plan.of, 3);
    assert.deepEqual(files(plan), [['a'], ['b'], ['c']]);
    assert.match(plan.notes[0] ?? '', /8 shards asked for, but there are only 3 test files/);
  });

  test('no files is an error that says what matched nothing', () => {
    assert.throws(() => planShards({ files: [], timings: new Map(), shards: 2 }), /No test files to plan/);
  });

  for (const shards of [0, -1, 1.5, 257]) {
    test(`${shards} shards is an error naming the range`, () => {
      assert.throws(
        () => planShards({ files: ['a'], timings: new Map(), shards }),
        new RegExp(`The number of shards is ${shards}; write a whole number from 1 to 256`),
      );
    });
  }

  describe('target duration', () => {
    const timings = new Map(
      Array.from({ length: 40 }, (_, i) => [`f${String(i).padStart(2, '0')}`, 15] as const),
    );

    test('chooses the fewest shards whose slowest one meets the target', () => {
      const even = new Map([...timings.keys()].map((file) => [file, 10]));
      const plan = planShards({ files: [...even.keys()], timings: even, targetSeconds: 100 });
      // 400 s of tests: 4 shards of 100 s fit exactly.
      assert.equal(plan.of, 4);
      assert.equal(plan.makespanSeconds, 100);
      assert.deepEqual(plan.notes, []);
    });

    test('adds shards when packing needs more than total / target', () => {
      // 600 s in files of 15 s: 6 shards would hold 7 files (105 s) in some; 7 shards hold at most 6 (90 s).
      const plan = planShards({ files: [...timings.keys()], timings, targetSeconds: 100 });
      assert.equal(plan.of, 7);
      assert.equal(plan.makespanSeconds, 90);
    });

    test('stops at max-shards, and says the target is not met', () => {
      const plan = planShards({ files: [...timings.keys()], timings, targetSeconds: 20, maxShards: 10 });
      assert.equal(plan.of, 10);
      assert.match(
        plan.notes[0] ?? '',
        /10 shards \(the most allowed\) still take longer than the target of 20s/,
      );
    });

    test('a single file longer than the target is named', () => {
      const slow = new Map([...timings, ['huge', 300]]);
      const plan = planShards({ files: [...slow.keys()], timings: slow, targetSeconds: 100 });
      assert.match(plan.notes[0] ?? '', /huge alone takes 300s, more than the target of 100s/);
      assert.equal(plan.makespanSeconds, 300);
    });

    test('without timings it falls back to "shards", else 1, by count', () => {
      const withShards = planShards({
        files: ['a', 'b', 'c'],
        timings: new Map(),
        targetSeconds: 60,
        shards: 2,
      });
      assert.equal(withShards.of, 2);
      assert.match(withShards.notes[0] ?? '', /No timings are known yet/);
      const alone = planShards({ files: ['a', 'b'], timings: new Map(), targetSeconds: 60 });
      assert.equal(alone.of, 1);
      assert.match(alone.notes[0] ?? '', /give "shards" for another number/);
    });

    test('never more than 256 shards', () => {
      const many = new Map(Array.from({ length: 1000 }, (_, i) => [`t${i}`, 60] as const));
      assert.equal(planShards({ files: [...many.keys()], timings: many, targetSeconds: 1 }).of, 256);
    });
  });
});
