import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { combineReports, sumReports } from '../../../../src/shard/plan/combine.js';
import type { ReportTimings } from '../../../../src/shard/junit/report-timings.js';

function report(name: string, time: number, seconds: Record<string, number>): ReportTimings {
  return {
    report: name,
    time,
    seconds: new Map(Object.entries(seconds)),
    testCases: 0,
    unmatched: { testCases: 0, names: [] },
  };
}

describe('combineReports', () => {
  test('the legs of one run add up: each report answers for its own files', () => {
    const combined = combineReports([
      report('leg-1.xml', 5, { a: 10, b: 2 }),
      report('leg-2.xml', 5, { c: 7 }),
    ]);
    assert.deepEqual(Object.fromEntries(combined), { a: 10, b: 2, c: 7 });
  });

  test('across runs the latest report of a file wins, whatever the order given; older ones fill gaps', () => {
    const old = report('old.xml', 1000, { a: 10, b: 2 });
    const latest = report('new.xml', 2000, { a: 30 });
    for (const order of [
      [old, latest],
      [latest, old],
    ]) {
      assert.deepEqual(Object.fromEntries(combineReports(order)), { a: 30, b: 2 });
    }
  });

  test('reports of the same time are taken in path order, so every leg agrees', () => {
    const x = report('b.xml', 1, { a: 1 });
    const y = report('a.xml', 1, { a: 2 });
    assert.equal(combineReports([x, y]).get('a'), 1);
    assert.equal(combineReports([y, x]).get('a'), 1);
  });
});

describe('sumReports', () => {
  test("one run's reports add up per file, whatever their times", () => {
    const summed = sumReports([
      report('leg-1.xml', 5, { a: 10, b: 2 }),
      report('leg-2.xml', 1, { a: 1.5, c: 7 }),
    ]);
    assert.deepEqual(Object.fromEntries(summed), { a: 11.5, b: 2, c: 7 });
  });
});
