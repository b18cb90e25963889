import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostVariables, networkVariables } from '../../../../src/docker/environment/variables.js';
import { info } from '../../../support/environment-info.js';

test('host variables reach published ports on loopback', () => {
  const variables = hostVariables(info);
  assert.equal(variables.INCEPTION_ORDER_API_HOST, '127.0.0.1');
  assert.equal(variables.INCEPTION_ORDER_API_PORT, '49153');
  assert.equal(variables.INCEPTION_ORDER_API_PORT_9090, '49154');
  assert.equal(variables.INCEPTION_ORDER_API_URL, 'http://127.0.0.1:49153');
  assert.equal(variables.INCEPTION_DB_IP, '172.20.0.2');
  assert.equal(variables.INCEPTION_DB_PORT, undefined);
  assert.deepEqual(JSON.parse(variables.INCEPTION_SERVICES!), info.services);
});

test('network variables reach services by name', () => {
  const variables = networkVariables(info);
  assert.equal(variables.INCEPTION_ORDER_API_HOST, 'order-api');
  assert.equal(variables.INCEPTION_ORDER_API_URL, 'http://order-api:8080');
  assert.equal(variables.INCEPTION_NETWORK, 'shop-1');
});
