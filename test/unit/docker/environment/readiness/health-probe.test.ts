import assert from 'node:assert/strict';
import { test } from 'node:test';
import { healthcheckCommand } from '../../../../../src/docker/environment/readiness/health-probe.js';

test('a healthcheck test becomes the command the engine would run', () => {
  const cases: [string[], string[] | undefined][] = [
    [
      ['CMD', 'redis-cli', 'ping'],
      ['redis-cli', 'ping'],
    ],
    [
      ['CMD-SHELL', 'pg_isready -U shop || exit 1'],
      ['/bin/sh', '-c', 'pg_isready -U shop || exit 1'],
    ],
    [['NONE'], undefined],
    [['CMD'], undefined],
    [[], undefined],
  ];
  for (const [given, expected] of cases)
    assert.deepEqual(healthcheckCommand(given), expected, given.join(' '));
});
