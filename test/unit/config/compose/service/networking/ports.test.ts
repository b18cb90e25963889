import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServiceSpec } from '../../../../../../src/config/compose/model.js';
import { api, assertFails, file, others, svc } from '../../support.js';

describe('compose loader: service keys', () => {
  const cases: Array<[string, string[], Partial<ServiceSpec>]> = [
    [
      'ports in every short form',
      [
        'image: x',
        'ports: ["8080", "8081:80", "127.0.0.1:8082:81", "53/udp", 9000, "127.0.0.1::82", "[::1]:8083:83"]',
      ],
      {
        ports: [
          { containerPort: 8080, protocol: 'tcp' },
          { containerPort: 80, protocol: 'tcp', hostPort: 8081 },
          { containerPort: 81, protocol: 'tcp', hostPort: 8082, hostIp: '127.0.0.1' },
          { containerPort: 53, protocol: 'udp' },
          { containerPort: 9000, protocol: 'tcp' },
          { containerPort: 82, protocol: 'tcp', hostIp: '127.0.0.1' },
          { containerPort: 83, protocol: 'tcp', hostPort: 8083, hostIp: '::1' },
        ],
      },
    ],
    [
      'port ranges expand pairwise',
      ['image: x', 'ports: ["7000-7001:8000-8001/udp", "9000-9001"]'],
      {
        ports: [
          { containerPort: 8000, protocol: 'udp', hostPort: 7000 },
          { containerPort: 8001, protocol: 'udp', hostPort: 7001 },
          { containerPort: 9000, protocol: 'tcp' },
          { containerPort: 9001, protocol: 'tcp' },
        ],
      },
    ],
    [
      'ports in the long form',
      [
        'image: x',
        'ports:',
        '  - { target: 80, published: 8080, protocol: udp, host_ip: 0.0.0.0 }',
        '  - target: 81',
        '  - { target: 82, published: "8082", mode: host }',
      ],
      {
        ports: [
          { containerPort: 80, protocol: 'udp', hostPort: 8080, hostIp: '0.0.0.0' },
          { containerPort: 81, protocol: 'tcp' },
          { containerPort: 82, protocol: 'tcp', hostPort: 8082 },
        ],
      },
    ],
    [
      'expose',
      ['image: x', 'expose: [3000, "4000", "5000/udp", "6000-6001"]'],
      { expose: [3000, 4000, 5000, 6000, 6001] },
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
      'a port that is not a port',
      svc('image: x', 'ports:', '  - "8080"', '  - abc'),
      6,
      'services.api.ports[1]: "abc" is not a port; write "8080", "8080:80" or "127.0.0.1:8080:80"',
    ],
    [
      'a port out of range',
      svc('image: x', 'ports: ["70000:80"]'),
      4,
      'services.api.ports[0]: "70000:80" is not a port; write "8080", "8080:80" or "127.0.0.1:8080:80"',
    ],
    [
      'a port protocol',
      svc('image: x', 'ports: ["80/sctp"]'),
      4,
      'services.api.ports[0]: protocol "sctp" is not supported; use tcp or udp',
    ],
    [
      'ranges of different lengths',
      svc('image: x', 'ports: ["8000-8002:80"]'),
      4,
      'services.api.ports[0]: "8000-8002:80" maps 3 host ports to 1 container ports; the ranges must be the same length',
    ],
    [
      'a long-form port without target',
      svc('image: x', 'ports:', '  - published: 80'),
      5,
      'services.api.ports[0]: the long form needs "target" (the container port)',
    ],
    ['ports not a list', svc('image: x', 'ports: 8080'), 4, 'services.api.ports: expected a list, got 8080'],
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
