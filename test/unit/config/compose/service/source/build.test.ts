import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ServiceSpec } from '../../../../../../src/config/compose/model.js';
import { api, assertFails, dir, file, others, root, svc } from '../../support.js';

describe('compose loader: service keys', () => {
  const cases: Array<[string, string[], Partial<ServiceSpec>]> = [
    [
      'build as a folder',
      ['build: ./api'],
      { build: { context: join(dir, 'api'), dockerfile: 'Dockerfile', args: {} }, image: undefined },
    ],
    [
      'build as a mapping with args as a map',
      [
        'build:',
        '  context: ../other',
        '  dockerfile: docker/Test.Dockerfile',
        '  args: { A: 1, B: "two", C: }',
        '  target: test',
      ],
      {
        build: {
          context: join(root, 'other'),
          dockerfile: 'docker/Test.Dockerfile',
          args: { A: '1', B: 'two', C: 'from-env' },
          target: 'test',
        },
      },
    ],
    [
      'build args as a list',
      ['build: { context: ., args: [A=1, "B=x=y", C, UNSET] }'],
      { build: { context: dir, dockerfile: 'Dockerfile', args: { A: '1', B: 'x=y', C: 'from-env' } } },
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
      'a remote build context',
      svc('build: https://github.com/org/repo.git'),
      3,
      'services.api.build: a remote build context ("https://github.com/org/repo.git") is not supported; clone it and point "context" at the folder',
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
