import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeCompose, withoutTags } from '../../../../../src/config/compose/files/merge.js';
import { OverrideTag, RESET_TAG } from '../../../../../src/config/values/index.js';

const service = (body: Record<string, unknown>) => ({ services: { api: body } });
const merged = (base: Record<string, unknown>, override: Record<string, unknown>) =>
  (
    withoutTags(mergeCompose(service(base), service(override))) as {
      services: { api: Record<string, unknown> };
    }
  ).services.api;

describe('compose override merging (-f a -f b), as compose-go merges', () => {
  const cases: Array<[string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]> = [
    ['a scalar of the later file wins', { image: 'a:1' }, { image: 'a:2' }, { image: 'a:2' }],
    ['command is replaced, not appended', { command: ['a', 'b'] }, { command: ['c'] }, { command: ['c'] }],
    [
      'environment merges by name whatever its form',
      { environment: ['A=1', 'B=1'] },
      { environment: { B: '2', C: '3' } },
      { environment: { A: '1', B: '2', C: '3' } },
    ],
    [
      'ports append, one per identity',
      { ports: ['80:80', '443:443'] },
      { ports: ['80:80', '9000:9000'] },
      { ports: ['80:80', '443:443', '9000:9000'] },
    ],
    [
      'volumes are one per target, the later one in the place of the first',
      { volumes: ['./a:/data', 'x:/x'] },
      { volumes: ['./b:/data'] },
      { volumes: ['./b:/data', 'x:/x'] },
    ],
    [
      'depends_on lists become mappings and merge',
      { depends_on: ['db'] },
      { depends_on: { cache: { condition: 'service_healthy' } } },
      {
        depends_on: {
          db: { condition: 'service_started', required: true },
          cache: { condition: 'service_healthy' },
        },
      },
    ],
    [
      'build as a string merges with the long form',
      { build: '.' },
      { build: { target: 'dev' } },
      { build: { context: '.', target: 'dev' } },
    ],
    ['!reset drops what came before', { ports: ['80:80'], image: 'x' }, { ports: RESET_TAG }, { image: 'x' }],
    [
      '!override replaces instead of merging',
      { environment: { A: '1' } },
      { environment: new OverrideTag({ B: '2' }) },
      { environment: { B: '2' } },
    ],
  ];
  for (const [name, base, override, expected] of cases) {
    it(name, () => assert.deepEqual(merged(base, override), expected));
  }

  it('drops duplicates within one file too', () => {
    assert.deepEqual(withoutTags({ services: { api: { cap_add: ['NET_ADMIN', 'NET_ADMIN'] } } }), {
      services: { api: { cap_add: ['NET_ADMIN'] } },
    });
  });
});
