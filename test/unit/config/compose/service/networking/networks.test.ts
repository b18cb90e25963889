import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServiceSpec } from '../../../../../../src/config/compose/model.js';
import { api, file, lines, others, parse } from '../../support.js';

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
      'named networks: driver settings are honoured; a second mac_address is warned',
      lines(
        'services:',
        '  api:',
        '    image: x',
        '    networks:',
        '      backend:',
        '        aliases: [api.internal]',
        '        mac_address: 02:42:ac:11:00:02',
        '      front:',
        '        priority: 10',
        '        mac_address: 02:42:ac:11:00:03',
        'networks:',
        '  backend: {}',
        '  front: { driver: bridge, internal: true }',
      ),
      [
        `${file}:7: service "api": mac_address on network "backend" is not applied: Docker 20.10 (API 1.41) sets one MAC address, on the first network`,
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
