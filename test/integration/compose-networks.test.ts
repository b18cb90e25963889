// Network keys on the real engine: internal (no route out of the machine, peers reachable), ipam subnet and a fixed
// ipv4_address, labels and driver_opts; a second environment from the same file with a fixed subnet is
// refused naming the key.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { loadComposeFile } from '../../src/config/compose/loader.js';
import { upEnvironment } from '../../src/docker/environment/up.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { startOutsideHost } from '../support/outside-host.js';
import { BASE_IMAGE, docker, EnvironmentNames, perlHttpServer, writeCompose } from '../support/docker.js';

const names = new EnvironmentNames();
const execFileAsync = promisify(execFile);
after(() => names.removeAll());

const exec = (container: string, ...command: string[]) =>
  execFileSync('docker', ['exec', container, ...command], { encoding: 'utf8' }).trim();

const COMPOSE = `
services:
  api:
    image: ${BASE_IMAGE}
    command: ${JSON.stringify(perlHttpServer(8080, 'api'))}
    networks:
      back:
        ipv4_address: 172.31.250.10
  outside:
    image: ${BASE_IMAGE}
    command: ${JSON.stringify(perlHttpServer(8080, 'outside'))}
  client:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    networks: [back]
networks:
  back:
    internal: true
    labels: { team: payments }
    driver_opts:
      com.docker.network.bridge.enable_icc: "true"
    ipam:
      config:
        - subnet: 172.31.250.0/24
          gateway: 172.31.250.1
`;

describe('network keys on the engine', () => {
  const name = names.next('nets');
  let file = '';

  before(async () => {
    file = writeCompose(COMPOSE);
    const project = await loadComposeFile(file, { env: {} });
    await upEnvironment({ docker, project, name, logger: new MemoryLogger() });
  });

  test('the network is internal, labelled, with its subnet, gateway and driver options', async () => {
    const network = await docker.getNetwork(`${name}_back`).inspect();
    assert.equal(network.Internal, true);
    assert.equal(network.Labels?.team, 'payments');
    assert.equal(network.Options?.['com.docker.network.bridge.enable_icc'], 'true');
    assert.deepEqual(network.IPAM?.Config, [{ Subnet: '172.31.250.0/24', Gateway: '172.31.250.1' }]);
  });

  test('internal: peers reach each other at the fixed address, and not another network of the environment', async () => {
    const client = `${name}-client`;
    assert.equal(exec(client, 'getent', 'hosts', 'api').split(/\s+/)[0], '172.31.250.10');
    const answer = exec(
      client,
      'bash',
      '-c',
      'exec 3<>/dev/tcp/api/8080; printf "GET / HTTP/1.0\\r\\n\\r\\n" >&3; cat <&3',
    );
    assert.match(answer, /api/);
    // A container of the same environment on its default network, which an internal network has no way to.
    const outside = (await docker.getContainer(`${name}-outside`).inspect()).NetworkSettings.Networks[name];
    assert.ok(outside?.IPAddress, 'outside has an address on the default network');
    const probe = `exec 3<>/dev/tcp/${outside.IPAddress}/8080 && echo reached`;
    assert.throws(
      () => execFileSync('docker', ['exec', client, 'timeout', '3', 'bash', '-c', probe], { stdio: 'pipe' }),
      'the internal network has no route to another network',
    );
  });

  test('internal: no route out of the machine, where a container on the default network has one', async () => {
    // The engine still routes an internal network to the machine's own addresses; what internal stops is
    // forwarding beyond it, so the target is a host of the test's own behind the machine.
    const outside = await startOutsideHost();
    try {
      const probe = [
        'timeout',
        '3',
        'bash',
        '-c',
        `exec 3<>/dev/tcp/${outside.address}/${outside.port} && cat <&3`,
      ];
      const routed = await execFileAsync('docker', ['exec', `${name}-outside`, ...probe]);
      assert.match(routed.stdout, /reached/, 'the default network has a route out');
      await assert.rejects(
        execFileAsync('docker', ['exec', `${name}-client`, ...probe]),
        'the internal network has none',
      );
    } finally {
      outside.remove();
    }
  });

  test('a second environment from the file is refused, naming the fixed subnet', async () => {
    const project = await loadComposeFile(file, { env: {} });
    await assert.rejects(
      upEnvironment({ docker, project, name: names.next('nets'), logger: new MemoryLogger() }),
      /networks\.back\.ipam\.config: the engine refused the fixed subnet .*one environment at a time/s,
    );
  });
});
