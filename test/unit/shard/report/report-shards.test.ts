import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReportTimings } from '../../../../src/shard/junit/report-timings.js';
import { reportsByShard } from '../../../../src/shard/report/report-shards.js';

const report = (name: string, files: string[]): ReportTimings => ({
  report: name,
  time: 0,
  seconds: new Map(files.map((file) => [file, 1])),
  testCases: files.length,
  unmatched: { testCases: 0, names: [] },
});

describe('reportsByShard', () => {
  const plan = {
    of: 3,
    basis: 'timings' as const,
    shards: [
      { shard: 1, seconds: 3, files: ['a', 'b'] },
      { shard: 2, seconds: 3, files: ['c'] },
      { shard: 3, seconds: 3, files: ['d'] },
    ],
  };

  test("each report goes to the shard that planned most of its files, whatever the artifact's name", () => {
    assert.deepEqual(
      reportsByShard(
        [
          report('x/junit.xml', ['c']),
          report('y/junit.xml', ['a', 'b', 'c']),
          report('z/junit.xml', ['d']),
          report('y/second.xml', ['b']),
        ],
        plan,
      ),
      [
        { shard: 1, paths: ['y/junit.xml', 'y/second.xml'] },
        { shard: 2, paths: ['x/junit.xml'] },
        { shard: 3, paths: ['z/junit.xml'] },
      ],
    );
  });

  test('a tie goes to the lower shard; a report of no planned file is left out', () => {
    assert.deepEqual(reportsByShard([report('r.xml', ['d', 'c']), report('none.xml', ['zz'])], plan), [
      { shard: 2, paths: ['r.xml'] },
    ]);
  });
});
