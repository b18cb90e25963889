import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testContainerEnv } from '../../../../src/docker/test-container/env.js';
import { info } from '../../../support/environment-info.js';

test('the test container gets the network variables, its own network, and the user env over them', () => {
  const env = testContainerEnv(info, 'other-net', { INCEPTION_DB_HOST: 'db.local', EXTRA: 'x' });
  assert.equal(env.INCEPTION_ENVIRONMENT, 'shop-1');
  assert.equal(env.INCEPTION_NETWORK, 'other-net');
  assert.equal(env.INCEPTION_ORDER_API_HOST, 'order-api');
  assert.equal(env.INCEPTION_ORDER_API_URL, 'http://order-api:8080');
  assert.equal(env.INCEPTION_ORDER_API_IP, '172.20.0.3');
  assert.equal(env.INCEPTION_DB_HOST, 'db.local');
  assert.equal(env.EXTRA, 'x');
  assert.equal(env.INCEPTION_ORDER_API_PORT, undefined, 'host ports mean nothing inside the network');
  const unknownNetwork = testContainerEnv({ ...info, network: '' }, undefined, {});
  assert.equal('INCEPTION_NETWORK' in unknownNetwork, false);
  assert.deepEqual(testContainerEnv(undefined, 'net', {}), { INCEPTION_NETWORK: 'net' });
});
