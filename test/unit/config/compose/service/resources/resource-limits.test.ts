import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServiceSpec } from '../../../../../../src/config/compose/model.js';
import { api, assertFails, file, others, svc } from '../../support.js';

describe('compose loader: service keys', () => {
  const cases: Array<[string, string[], Partial<ServiceSpec>]> = [
    [
      'deploy limits',
      ['image: x', 'deploy:', '  resources:', '    limits: { cpus: "0.5", memory: 256m }'],
      { resources: { nanoCpus: 500_000_000, memoryBytes: 256 * 1024 ** 2 } },
    ],
    [
      'memory in gigabytes',
      ['image: x', 'deploy: { resources: { limits: { memory: 1g, cpus: 2 } } }'],
      { resources: { nanoCpus: 2e9, memoryBytes: 1024 ** 3 } },
    ],
    [
      'memory in upper case',
      ['image: x', 'deploy: { resources: { limits: { memory: 512M } } }'],
      { resources: { memoryBytes: 512 * 1024 ** 2 } },
    ],
    [
      'memory in bytes',
      ['image: x', 'deploy: { resources: { limits: { memory: 1048576 } } }'],
      { resources: { memoryBytes: 1048576 } },
    ],
    [
      'mem_limit and cpus',
      ['image: x', 'mem_limit: 128m', 'cpus: 1.5'],
      { resources: { nanoCpus: 1.5e9, memoryBytes: 128 * 1024 ** 2 } },
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
      'a bad memory',
      svc('image: x', 'deploy:', '  resources:', '    limits:', '      memory: lots'),
      7,
      'services.api.deploy.resources.limits.memory: "lots" is not a size; write e.g. "512m", "1g" or a number of bytes',
    ],
    [
      'bad cpus',
      svc('image: x', 'deploy: { resources: { limits: { cpus: half } } }'),
      4,
      'services.api.deploy.resources.limits.cpus: "half" is not a number of CPUs; write e.g. "0.5" or 2',
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
