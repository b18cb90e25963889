import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lines, parse } from '../support.js';

const backNetwork = (external: string) =>
  lines(
    'services:',
    '  api: { image: x, networks: [back] }',
    'networks:',
    '  back:',
    `    external: ${external}`,
    '    driver: bridge',
    '    internal: true',
    '    labels: { team: core }',
    '    ipam:',
    '      config: [{ subnet: 10.5.0.0/16 }]',
  );

describe('compose loader: top-level network settings', () => {
  it('keeps the settings of a network whose external is the string "false" (as interpolated)', () => {
    const project = parse(backNetwork('"${EXT:-false}"'));
    assert.deepEqual(project.networks, ['back']);
    assert.deepEqual(project.externalNetworks, {});
    assert.deepEqual(project.networkSettings.back, {
      driver: 'bridge',
      driverOpts: {},
      internal: true,
      labels: { team: 'core' },
      ipam: {
        config: [{ subnet: '10.5.0.0/16', gateway: undefined, ipRange: undefined, auxAddresses: undefined }],
      },
    });
  });

  it('reads no settings for an external network', () => {
    const project = parse(backNetwork('"${EXT:-true}"'));
    assert.deepEqual(project.externalNetworks, { back: 'back' });
    assert.deepEqual(project.networkSettings, {});
  });

  it('drops the settings of a network no enabled service joins', () => {
    const project = parse(
      lines(
        'services:',
        '  api: { image: x }',
        'networks:',
        '  default: { driver_opts: { mtu: "1400" } }',
        '  unused: { internal: true }',
      ),
    );
    assert.deepEqual(project.networks, []);
    assert.deepEqual(Object.keys(project.networkSettings), ['default']);
  });
});
