import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registryFrom } from '../../../../src/actions/load-images/deliver.js';

describe('registryFrom', () => {
  it('uses the input, else what setup-kind exported; false turns it off', () => {
    assert.equal(registryFrom(undefined, { INCEPTION_KIND_REGISTRY: 'localhost:5001' }), 'localhost:5001');
    assert.equal(registryFrom(undefined, {}), undefined);
    assert.equal(
      registryFrom('localhost:6000', { INCEPTION_KIND_REGISTRY: 'localhost:5001' }),
      'localhost:6000',
    );
    assert.equal(registryFrom('false', { INCEPTION_KIND_REGISTRY: 'localhost:5001' }), undefined);
  });
});
