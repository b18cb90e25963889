import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDuration } from '../../../../src/config/values/duration.js';
import { ConfigurationError } from '../../../../src/errors.js';

describe('parseDuration', () => {
  const valid: Array<[unknown, number]> = [
    ['30s', 30_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['2h', 7_200_000],
    ['1h2m3s4ms', 3_723_004],
    ['1.5s', 1500],
    ['.5s', 500],
    ['1500us', 2],
    ['2000000ns', 2],
    ['0s', 0],
    [' 10s ', 10_000],
    ['45', 45_000],
    ['0.25', 250],
    [3, 3000],
    [0.1, 100],
    [0, 0],
  ];
  for (const [input, expected] of valid) {
    it(`reads ${JSON.stringify(input)} as ${expected} ms`, () => {
      assert.equal(parseDuration(input, 'interval'), expected);
    });
  }

  const invalid: unknown[] = [
    '',
    'abc',
    '5 s',
    '1d',
    '10sec',
    's',
    '1m-3s',
    '-5s',
    -1,
    Infinity,
    true,
    null,
    [],
    {},
  ];
  for (const input of invalid) {
    it(`rejects ${JSON.stringify(input)} and names the field`, () => {
      assert.throws(
        () => parseDuration(input, 'compose.yml:3: services.db.healthcheck.interval'),
        (error: Error) =>
          error instanceof ConfigurationError &&
          error.message.startsWith('compose.yml:3: services.db.healthcheck.interval: ') &&
          error.message.includes('is not a duration; write e.g. "30s"'),
      );
    });
  }
});
