import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EnvironmentInfo } from '../../src/docker/environment-info.js';
import { hostVariables, networkVariables } from '../../src/docker/environment-variables.js';
import { generateEnvironmentName, validateEnvironmentName } from '../../src/docker/environment-name.js';

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
