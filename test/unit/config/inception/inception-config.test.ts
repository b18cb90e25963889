import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseInceptionConfig } from '../../../../src/config/inception/inception-config.js';

test('reads compose, images and tests relative to the file', () => {
  const config = parseInceptionConfig(
    `
compose: stack/compose.yml
images:
  - name: tests
    context: tests
    args: { PY: "3" }
tests:
  image: tests
  command: pytest -x "tests/a b.py"
  env: { API_URL: "http://api:8080", RETRIES: 3 }
  timeout: 90s
`,
    '/repo/inception.yml',
  );
  assert.equal(config.compose, '/repo/stack/compose.yml');
  assert.deepEqual(config.images, [
    { name: 'tests', context: '/repo/tests', dockerfile: undefined, target: undefined, args: { PY: '3' } },
  ]);
  assert.deepEqual(config.tests?.command, ['pytest', '-x', 'tests/a b.py']);
  assert.deepEqual(config.tests?.env, { API_URL: 'http://api:8080', RETRIES: '3' });
  assert.equal(config.tests?.timeoutMs, 90_000);
  assert.equal(config.tests?.reports, '/reports/*.xml');
});

test('compose: a list is the file and its overrides, merged in order; absent: compose.yml alone', () => {
  const config = parseInceptionConfig('compose: [compose.yml, dev/override.yml]\n', '/repo/inception.yml');
  assert.equal(config.compose, '/repo/compose.yml');
  assert.deepEqual(config.composeOverrides, ['/repo/dev/override.yml']);
  const plain = parseInceptionConfig('profiles: []\n', '/repo/inception.yml');
  assert.equal(plain.compose, '/repo/compose.yml');
  assert.deepEqual(plain.composeOverrides, []);
});

test('profiles and test variables take the same forms as in a compose file', () => {
  const config = parseInceptionConfig(
    'profiles: debug\ntests: { image: t, env: ["A=1", "B=x=y"] }\n',
    '/repo/inception.yml',
  );
  assert.deepEqual(config.profiles, ['debug']);
  assert.deepEqual(config.tests?.env, { A: '1', B: 'x=y' });
});

test('mistakes name the file and the key', () => {
  const cases: [string, RegExp][] = [
    ['composee: x.yml', /inception.yml:1: composee: unknown key "composee"; did you mean "compose"/],
    ['images: { name: x }', /images: expected a list/],
    ['images: [{ context: . }]', /images\[0\].name: expected a non-empty string/],
    ['tests: { image: x, timeout: soon }', /tests.timeout/],
    ['tests: [1]', /tests: expected a mapping/],
    ['a: [', /YAML syntax error/],
    ['profiles: { a: 1 }', /inception.yml:1: profiles: expected a string or a list/],
    ['tests: { image: x, env: { A: { b: 1 } } }', /inception.yml:1: tests.env.A: expected a string/],
  ];
  for (const [source, expected] of cases)
    assert.throws(() => parseInceptionConfig(source, '/r/inception.yml'), expected);
});
