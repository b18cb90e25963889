import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readYamlTree } from '../../../../src/config/values/index.js';
import { ConfigurationError } from '../../../../src/errors.js';
import { aliasBomb } from '../../../support/bad-input.js';

test('an alias bomb is refused once it expands past the limit, not expanded to a billion values', () => {
  assert.throws(
    () => readYamlTree(`x-bomb:\n${aliasBomb('  ')}\n`, 'compose.yml'),
    (error: unknown) =>
      error instanceof ConfigurationError &&
      /^compose\.yml:\d+: x-bomb\.l\d.*: more than 50000 values once aliases \(\*name\) are expanded/.test(
        error.message,
      ),
  );
});

test('aliases within the limit are expanded as usual', () => {
  const { value } = readYamlTree('base: &b { image: x }\napi: *b\n', 'compose.yml');
  assert.deepEqual(JSON.parse(JSON.stringify(value)), { base: { image: 'x' }, api: { image: 'x' } });
});
