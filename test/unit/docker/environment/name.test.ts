import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateEnvironmentName, validateEnvironmentName } from '../../../../src/docker/environment/name.js';

test('generated environment names are unique and valid', () => {
  const names = new Set(Array.from({ length: 50 }, () => generateEnvironmentName('My Shop!')));
  assert.equal(names.size, 50);
  for (const name of names) assert.equal(validateEnvironmentName(name), name);
  assert.match([...names][0]!, /^my-shop-[0-9a-f]{8}$/);
});

test('an unusable environment name is rejected with what to write', () => {
  for (const bad of ['', 'Shop', '-x', 'a b', 'x'.repeat(64)]) {
    assert.throws(
      () => validateEnvironmentName(bad, 'input "environment-name"'),
      /input "environment-name".*lowercase/,
    );
  }
});
