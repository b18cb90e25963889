import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServiceSpec } from '../../../../../../src/config/compose/model.js';
import { api, assertFails, file, others, svc } from '../../support.js';

describe('compose loader: service keys', () => {
  const cases: Array<[string, string[], Partial<ServiceSpec>]> = [
    [
      'healthcheck with a shell test',
      [
        'image: x',
        'healthcheck:',
        '  test: pg_isready -U app',
        '  interval: 2s',
        '  timeout: 1s',
        '  retries: 5',
        '  start_period: 1m',
      ],
      {
        healthcheck: {
          test: ['CMD-SHELL', 'pg_isready -U app'],
          intervalMs: 2000,
          timeoutMs: 1000,
          retries: 5,
          startPeriodMs: 60_000,
        },
        wait: { kind: 'healthy' },
      },
    ],
    [
      'healthcheck with a list test',
      ['image: x', 'healthcheck: { test: ["CMD", "redis-cli", "ping"] }'],
      { healthcheck: { test: ['CMD', 'redis-cli', 'ping'] }, wait: { kind: 'healthy' } },
    ],
    [
      'healthcheck disabled',
      ['image: x', 'healthcheck: { disable: true }'],
      { healthcheck: { test: ['NONE'] }, wait: { kind: 'started' } },
    ],
    [
      'healthcheck NONE',
      ['image: x', 'healthcheck: { test: [NONE] }'],
      { healthcheck: { test: ['NONE'] }, wait: { kind: 'started' } },
    ],
  ];
  for (const [name, body, expected] of cases) {
    it(`reads ${name}`, () => {
      const spec = api(body, others, { env: { C: 'from-env' } });
      for (const [key, value] of Object.entries(expected)) {
        assert.deepEqual(spec[key as keyof ServiceSpec], value, `key ${key}`);
      }
    });
  }
});

describe('compose loader: errors name the file, the line and the key', () => {
  const cases: Array<[string, string, number, string]> = [
    [
      'a bad duration',
      svc('image: x', 'healthcheck:', '  test: "true"', '  interval: soon'),
      6,
      'services.api.healthcheck.interval: "soon" is not a duration; write e.g. "30s", "1m30s", "500ms", "2h" or a number of seconds',
    ],
    [
      'a bad retries',
      svc('image: x', 'healthcheck:', '  test: "true"', '  retries: many'),
      6,
      'services.api.healthcheck.retries: expected a whole number, got "many"',
    ],
    [
      'a bad healthcheck list',
      svc('image: x', 'healthcheck:', '  test: [curl, -f, x]'),
      5,
      'services.api.healthcheck.test: a list must start with "CMD", "CMD-SHELL" or "NONE", e.g. ["CMD", "pg_isready"]',
    ],
    [
      'a CMD without command',
      svc('image: x', 'healthcheck: { test: [CMD] }'),
      4,
      'services.api.healthcheck.test: "CMD" needs a command after it',
    ],
  ];
  for (const [name, text, line, message] of cases) {
    it(`reports ${name} at line ${line}`, () => {
      const expected = message.startsWith('expected')
        ? `${file}:${line}: ${message}`
        : `${file}:${line}: ${message}`;
      assertFails(text, expected);
    });
  }
});
