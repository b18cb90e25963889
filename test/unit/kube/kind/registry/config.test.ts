import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registryHostsToml } from '../../../../../src/kube/kind/registry/config.js';

describe('normalizeImageRef / registryReference', () => {
  it('points containerd at the registry container over HTTP', () => {
    assert.equal(
      registryHostsToml('sk-1-registry'),
      '[host."http://sk-1-registry:5000"]\n  capabilities = ["pull", "resolve"]\n',
    );
  });
});
