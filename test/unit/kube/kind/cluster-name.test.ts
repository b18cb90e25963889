import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../../../src/errors.js';
import { defaultClusterName, validateClusterName } from '../../../../src/kube/kind/cluster-name.js';

describe('cluster names', () => {
  it('defaults to the run on GitHub and to something random elsewhere', () => {
    assert.equal(defaultClusterName({ GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' }), 'inception-42-2');
    assert.match(defaultClusterName({}), /^inception-[0-9a-f]{6}$/);
    assert.notEqual(defaultClusterName({}), defaultClusterName({}));
  });
  for (const name of ['Upper', '-x', 'x_y', 'a'.repeat(51), '']) {
    it(`refuses ${JSON.stringify(name)}`, () =>
      assert.throws(() => validateClusterName(name, 'in'), ConfigurationError));
  }
  it('accepts kind-style names', () => assert.equal(validateClusterName('sk-1.a', 'in'), 'sk-1.a'));
});
