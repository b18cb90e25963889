import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EnvironmentInfo } from '../../src/docker/environment/info.js';
import { hostVariables, networkVariables } from '../../src/docker/environment/variables.js';
import { generateEnvironmentName, validateEnvironmentName } from '../../src/docker/environment/name.js';
import { testContainerEnv } from '../../src/docker/test-container/env.js';

const info: EnvironmentInfo = {
  name: 'shop-1',
  network: 'shop-1',
  services: {
    'order-api': {
      container: 'shop-1-order-api',
      containerId: 'abc',
      ip: '172.20.0.3',
      hostname: 'order-api',
      hostPorts: { '8080/tcp': 49153, '9090/tcp': 49154 },
      url: 'http://127.0.0.1:49153',
      internalUrl: 'http://order-api:8080',
    },
    db: { container: 'shop-1-db', containerId: 'def', ip: '172.20.0.2', hostname: 'db', hostPorts: {} },
  },
};

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
