import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServiceSpec } from '../../../../../src/config/compose/model.js';
import { api, file, lines, others, parse } from '../support.js';

describe('compose loader: service keys', () => {
  const cases: Array<[string, string[], Partial<ServiceSpec>]> = [
    ['networks as a list with default', ['image: x', 'networks: [default]'], { aliases: [] }],
    [
      'network aliases',
      ['image: x', 'networks:', '  default:', '    aliases: [api.local, api]'],
      { aliases: ['api.local', 'api'] },
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

describe('compose loader: warnings', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'named networks',
      lines(
        'services:',
        '  api:',
        '    image: x',
        '    networks:',
        '      backend:',
        '        aliases: [api.internal]',
        '  web:',
        '    image: x',
        '    networks: [default, front]',
        'networks:',
        '  backend: {}',
        '  front: { driver: bridge }',
        '  default: { driver: bridge }',
      ),
      [
        `${file}:12: network "front": driver ignored; inception creates a bridge network per environment`,
        `${file}:13: network "default": driver ignored; inception creates a bridge network per environment`,
      ].sort(),
    ],
  ];
  for (const [name, text, warnings] of cases) {
    it(`warns about ${name}`, () => {
      assert.deepEqual([...parse(text).warnings].sort(), [...warnings].sort());
    });
  }

  it('keeps the aliases of a named network', () => {
    const project = parse(
      lines(
        'services:',
        '  api:',
        '    image: x',
        '    networks: { backend: { aliases: [api.internal] } }',
        'networks: { backend: }',
      ),
    );
    assert.deepEqual(project.services[0]?.aliases, ['api.internal']);
    assert.deepEqual(project.services[0]?.networks, { backend: ['api.internal'] });
    assert.deepEqual(project.networks, ['backend']);
  });
});
