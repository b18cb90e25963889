import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigurationError } from '../../../../src/errors.js';
import {
  parseTimingsFile,
  timingsAsReport,
  timingsFile,
  TIMINGS_VERSION,
} from '../../../../src/shard/timings/timings-file.js';

describe('the timings file', () => {
  const recordedAt = new Date('2026-12-01T10:00:00.000Z');

  test('holds its version, when and by which run, and seconds per file in path order, to the millisecond', () => {
    const file = timingsFile(
      new Map([
        ['tests/b.py', 2.00049],
        ['tests/a.py', 1.5],
      ]),
      recordedAt,
      {
        id: '42',
        attempt: 2,
        ref: 'refs/heads/main',
      },
    );
    assert.deepEqual(file, {
      version: TIMINGS_VERSION,
      recordedAt: '2026-12-01T10:00:00.000Z',
      run: { id: '42', attempt: 2, ref: 'refs/heads/main' },
      files: { 'tests/a.py': 1.5, 'tests/b.py': 2 },
    });
    assert.deepEqual(Object.keys(file.files), ['tests/a.py', 'tests/b.py']);
    assert.deepEqual(parseTimingsFile(JSON.stringify(file), 'key'), file);
  });

  test('reads back as one more report, timed when it was recorded', () => {
    const report = timingsAsReport(timingsFile(new Map([['a', 3]]), recordedAt), 'cache entry k-1-1');
    assert.equal(report.report, 'cache entry k-1-1');
    assert.equal(report.time, recordedAt.getTime());
    assert.deepEqual(Object.fromEntries(report.seconds), { a: 3 });
  });

  test('drops values that are not seconds', () => {
    const text = JSON.stringify({
      version: 1,
      recordedAt: recordedAt.toISOString(),
      files: { a: 1, b: -1, c: 'slow', d: null, e: 0 },
    });
    assert.deepEqual(parseTimingsFile(text, 'key').files, { a: 1, e: 0 });
  });

  for (const [name, text, message] of [
    ['not JSON', 'Cache entry', /k-1-1 is not JSON/],
    ['no files', '{"version":1,"recordedAt":"2026-12-01T10:00:00Z"}', /has no "files" object/],
    [
      'another version',
      '{"version":2,"recordedAt":"2026-12-01T10:00:00Z","files":{}}',
      /version 2 .* reads 1/,
    ],
    ['no time', '{"version":1,"files":{}}', /no valid "recordedAt"/],
  ] as const) {
    test(`refuses ${name}, naming where it came from`, () => {
      assert.throws(
        () => parseTimingsFile(text, 'k-1-1'),
        (error: unknown) => error instanceof ConfigurationError && message.test(error.message),
      );
    });
  }
});
