import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, assertFails, file, lines, parse } from '../support.js';

describe('compose loader: warnings', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'an unset variable',
      lines('services:', '  api:', '    image: "app:${TAG}"'),
      [`${file}:3: variable TAG is not set; using an empty string (give a default with \${TAG:-value})`],
    ],
    [
      'an unset variable used three times, once',
      lines('services:', '  api:', '    image: "app:${TAG}"', '    environment: ["A=$TAG", "B=${TAG}"]'),
      [`${file}:3: variable TAG is not set; using an empty string (give a default with \${TAG:-value})`],
    ],
  ];
  for (const [name, text, warnings] of cases) {
    it(`warns about ${name}`, () => {
      assert.deepEqual([...parse(text).warnings].sort(), [...warnings].sort());
    });
  }
});

describe('compose loader: variable interpolation', () => {
  const cases: Array<[string, string, Record<string, string>, string]> = [
    ['braced', '${TAG}', { TAG: '1.2' }, '1.2'],
    ['a lone dollar kept as compose keeps it', "grep 'OK$' cost $5 a $ b", {}, "grep 'OK$' cost $5 a $ b"],
    ['bare', 'v$TAG-x', { TAG: '1.2' }, 'v1.2-x'],
    ['default when unset', '${TAG:-latest}', {}, 'latest'],
    ['default when empty', '${TAG:-latest}', { TAG: '' }, 'latest'],
    ['dash default only when unset', '${TAG-latest}', { TAG: '' }, ''],
    ['dash default when unset', '${TAG-latest}', {}, 'latest'],
    ['set value wins over default', '${TAG:-latest}', { TAG: '2' }, '2'],
    ['nested default', '${TAG:-${FALLBACK}}', { FALLBACK: 'fb' }, 'fb'],
    ['replacement when set', '${TAG:+set}', { TAG: 'x' }, 'set'],
    ['replacement when unset', '${TAG:+set}', {}, ''],
    ['escaped dollar', 'cost $$5 and $${TAG}', { TAG: 'x' }, 'cost $5 and ${TAG}'],
    ['required when set', '${TAG:?give a tag}', { TAG: 'ok' }, 'ok'],
    ['several', '${A}-${B:-b}-$C', { A: 'a', C: 'c' }, 'a-b-c'],
  ];
  for (const [name, template, env, expected] of cases) {
    it(`interpolates ${name}`, () => {
      const spec = api(['image: x', `environment: { V: ${JSON.stringify(template)} }`], [], { env });
      assert.equal(spec.environment.V, expected);
    });
  }

  it('interpolates numbers and durations too', () => {
    const spec = api(
      ['image: x', 'ports: ["${PORT}:80"]', 'healthcheck: { test: "true", retries: "${RETRIES:-3}" }'],
      [],
      {
        env: { PORT: '8080' },
      },
    );
    assert.deepEqual(spec.ports, [{ containerPort: 80, hostPort: 8080, protocol: 'tcp' }]);
    assert.equal(spec.healthcheck?.retries, 3);
  });

  const errors: Array<[string, string, string]> = [
    [
      'a required variable',
      '${TAG:?set TAG to the release}',
      'required variable TAG is missing a value: set TAG to the release',
    ],
    ['a required variable without message', '${TAG?}', 'required variable TAG is missing a value'],
    ['an unterminated brace', '${TAG', 'unterminated "${" in "${TAG"'],
    ['a bad operator', '${TAG/x}', '"${TAG/x}" is not a valid substitution; use ${TAG:-default}'],
  ];
  for (const [name, template, message] of errors) {
    it(`fails on ${name}, naming the line`, () => {
      assertFails(
        lines('services:', '  api:', '    image: x', `    command: ${JSON.stringify(template)}`),
        `${file}:4: services.api.command: ${message}`,
      );
    });
  }
});
