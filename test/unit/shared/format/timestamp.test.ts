import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { compareTimestamps, timestampNanos } from '../../../../src/shared/format/timestamp.js';
import { T1, T2, T3 } from '../../../support/log-timestamps.js';

describe('timestampNanos', () => {
  const cases: [string, bigint | undefined][] = [
    [T1, 1795240801123456789n],
    [T2, 1795240801500000000n],
    [T3, 1795240802000000000n],
    ['2026-11-21T07:00:02+01:00', 1795240802000000000n],
    ['hello', undefined],
    ['2026-11-21 06:00:02Z', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`${text} -> ${expected}`, () => assert.equal(timestampNanos(text), expected));
  }
});

describe('ordering', () => {
  test('engine times compare to the nanosecond although the engine trims zeros', () => {
    const cases: Array<[string, string, number]> = [
      ['2024-05-01T10:00:05.5Z', '2024-05-01T10:00:05.25Z', 1],
      ['2024-05-01T10:00:05.000000001Z', '2024-05-01T10:00:05.000000002Z', -1],
      ['2024-05-01T10:00:05Z', '2024-05-01T10:00:05.0Z', 0],
    ];
    for (const [a, b, expected] of cases)
      assert.equal(Math.sign(compareTimestamps(a, b)), expected, `${a} vs ${b}`);
  });
});
