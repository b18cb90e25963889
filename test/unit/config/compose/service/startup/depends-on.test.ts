import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServiceSpec } from '../../../../../../src/config/compose/model.js';
import { api, assertFails, file, lines, others, svc } from '../../support.js';

describe('compose loader: service keys', () => {
  const cases: Array<[string, string[], Partial<ServiceSpec>]> = [
    ['depends_on as a list', ['image: x', 'depends_on: [db]'], { dependsOn: { db: 'service_started' } }],
    [
      'depends_on as a map',
      [
        'image: x',
        'depends_on:',
        '  db: { condition: service_healthy, required: true, restart: true }',
        '  migrate: { condition: service_completed_successfully }',
        '  cache:',
        '  queue: {}',
      ],
      {
        dependsOn: {
          db: 'service_healthy',
          migrate: 'service_completed_successfully',
          cache: 'service_started',
          queue: 'service_started',
        },
        restartsWith: ['db'],
      },
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
      'an unknown dependency condition',
      lines(
        'services:',
        '  db: { image: d }',
        '  api:',
        '    image: x',
        '    depends_on:',
        '      db: { condition: service_ready }',
      ),
      6,
      'services.api.depends_on.db.condition: unknown condition "service_ready"; use service_started, service_healthy, service_completed_successfully',
    ],
    [
      'a dependency on an unknown service',
      svc('image: x', 'depends_on:', '  - db'),
      5,
      'services.api.depends_on[0]: service "api" depends on "db", which is not a service of this file; services: api',
    ],
    [
      'service_healthy without a healthcheck',
      lines(
        'services:',
        '  db: { image: d }',
        '  api:',
        '    image: x',
        '    depends_on:',
        '      db: { condition: service_healthy }',
      ),
      6,
      'services.api.depends_on.db: service "api" waits for "db" to be healthy, but "db" has no healthcheck; add a healthcheck to "db", or use condition service_started and give "db" an x-inception wait (http, tcp, log, ...)',
    ],
    [
      'service_healthy on a disabled healthcheck',
      lines(
        'services:',
        '  db: { image: d, healthcheck: { disable: true } }',
        '  api:',
        '    image: x',
        '    depends_on: { db: { condition: service_healthy } }',
      ),
      5,
      'services.api.depends_on.db: service "api" waits for "db" to be healthy, but "db" has no healthcheck; add a healthcheck to "db", or use condition service_started and give "db" an x-inception wait (http, tcp, log, ...)',
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
