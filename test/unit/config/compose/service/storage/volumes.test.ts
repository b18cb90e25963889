import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ServiceSpec } from '../../../../../../src/config/compose/model.js';
import { api, assertFails, dir, file, others, svc } from '../../support.js';

describe('compose loader: service keys', () => {
  const cases: Array<[string, string[], Partial<ServiceSpec>]> = [
    [
      'volumes in short forms',
      [
        'image: x',
        'volumes: ["data:/var/lib/data", "./conf:/etc/conf:ro", "/abs/path:/abs:rw", "~/cache:/cache:ro,z"]',
      ],
      {
        volumes: [
          { type: 'volume', source: 'data', target: '/var/lib/data', readOnly: false },
          {
            type: 'bind',
            source: join(dir, 'conf'),
            target: '/etc/conf',
            readOnly: true,
            createHostPath: true,
          },
          { type: 'bind', source: '/abs/path', target: '/abs', readOnly: false, createHostPath: true },
          {
            type: 'bind',
            source: join(homedir(), 'cache'),
            target: '/cache',
            readOnly: true,
            createHostPath: true,
          },
        ],
      },
    ],
    [
      'nocopy in the short form, as compose reads it',
      ['image: x', 'volumes: ["data:/data:nocopy", "data:/ro:ro,nocopy"]'],
      {
        volumes: [
          { type: 'volume', source: 'data', target: '/data', readOnly: false, noCopy: true },
          { type: 'volume', source: 'data', target: '/ro', readOnly: true, noCopy: true },
        ],
      },
    ],
    [
      'anonymous volumes and the long form options',
      [
        'image: x',
        'volumes:',
        '  - /app/node_modules',
        '  - { type: bind, source: conf, target: /c, bind: { create_host_path: false } }',
        '  - { type: volume, source: data, target: /d, volume: { subpath: app, nocopy: true } }',
        '  - { type: tmpfs, target: /t, tmpfs: { size: 1k, mode: 0o1777 } }',
      ],
      {
        volumes: [
          { type: 'volume', source: '', target: '/app/node_modules', readOnly: false },
          { type: 'bind', source: join(dir, 'conf'), target: '/c', readOnly: false, createHostPath: false },
          { type: 'volume', source: 'data', target: '/d', readOnly: false, subpath: 'app', noCopy: true },
        ],
        tmpfs: ['/t:size=1024,mode=1777'],
      },
    ],
    [
      'volumes in the long form',
      [
        'image: x',
        'volumes:',
        '  - { type: volume, source: data, target: /data, read_only: true }',
        '  - { type: bind, source: ./src, target: /src }',
        '  - { type: tmpfs, target: /scratch, tmpfs: { size: 64m } }',
      ],
      {
        volumes: [
          { type: 'volume', source: 'data', target: '/data', readOnly: true },
          { type: 'bind', source: join(dir, 'src'), target: '/src', readOnly: false },
        ],
        tmpfs: [`/scratch:size=${64 * 1024 * 1024}`],
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
      'an undeclared named volume',
      svc('image: x', 'volumes:', '  - cache:/cache'),
      5,
      'services.api.volumes[0]: volume "cache" is not declared under the top-level "volumes:"; add "cache:" there, or write "./cache" to mount a folder',
    ],
    [
      'a relative container path',
      svc('image: x', 'volumes: ["./a:data"]'),
      4,
      'services.api.volumes[0]: the container path "data" must be absolute',
    ],
    [
      'a volume option',
      svc('image: x', 'volumes: ["./a:/a:exec"]'),
      4,
      'services.api.volumes[0]: volume option "exec" is not supported; use ro or rw',
    ],
    [
      'a long volume type',
      svc('image: x', 'volumes:', '  - { type: npipe, source: a, target: /a }'),
      5,
      'services.api.volumes[0].type: type "npipe" is not supported; use volume, bind or tmpfs',
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
