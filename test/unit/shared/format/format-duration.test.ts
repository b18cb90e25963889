import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDuration } from '../../../../src/shared/format/format-duration.js';

describe('formatDuration', () => {
  const cases = [
    [0, '0ms'],
    [999, '999ms'],
    [1000, '1.0s'],
    [59_940, '59.9s'],
    [60_000, '1m 00s'],
    [3_599_000, '59m 59s'],
    [3_720_000, '1h 02m'],
  ] as const;
  for (const [ms, expected] of cases)
    it(`${ms}ms -> ${expected}`, () => assert.equal(formatDuration(ms), expected));
});
