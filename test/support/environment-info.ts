import type { EnvironmentInfo } from '../../src/docker/environment/info.js';

/** An environment of two services; one publishes ports. */
export const info: EnvironmentInfo = {
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
