// Compose keys that change how a service runs, started on the real engine and checked with docker inspect
// and docker exec: secrets and configs, init, ulimits, extra_hosts, network_mode service:x, replicas,
// container_name, named networks.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { loadComposeFile } from '../../src/config/compose/loader.js';
import { upEnvironment } from '../../src/docker/environment/up.js';
import { LABEL_SERVICE, labelFilter } from '../../src/shared/labels.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { serviceStatuses, statusTable } from '../../src/cli/services/service-status.js';
import { BASE_IMAGE, docker, EnvironmentNames, writeCompose } from '../support/docker.js';

const names = new EnvironmentNames();
after(() => names.removeAll());

const exec = (container: string, ...command: string[]) =>
  execFileSync('docker', ['exec', container, ...command], { encoding: 'utf8' }).trim();

const COMPOSE = `
services:
  vpn:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    container_name: vpn-box
    hostname: fixed-host
    init: true
    ulimits:
      nofile: { soft: 1024, hard: 2048 }
    extra_hosts: ["db.example:10.1.2.3", "cache.example=10.1.2.4"]
    secrets:
      - source: token
        uid: "1000"
        gid: "1001"
        mode: 0440
      - source: from_env
        target: api-key
    configs:
      - source: settings
        target: /etc/app.conf
  frozen:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    read_only: true
    secrets: [token]
  sidecar:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    network_mode: "service:vpn"
  worker:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    networks: [back]
    deploy:
      replicas: 2
  pair:
    image: ${BASE_IMAGE}
    # The replica that takes the lock is ready at once, the other one 3 s later.
    command: ["sh", "-c", "mkdir /shared/lock 2>/dev/null || sleep 3; echo ready; exec sleep infinity"]
    volumes: ["pair-lock:/shared"]
    scale: 2
    x-inception: { wait: { log: ready } }
  probe:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    networks: [default, back]
networks:
  back:
volumes:
  pair-lock:
secrets:
  token:
    file: ./token.txt
  from_env:
    environment: TEST_API_KEY
configs:
  settings:
    content: "key=value"
`;

describe('compose keys on the engine', () => {
  const name = names.next('keys');
  let containers: Record<string, string[]> = {};
  /** The pair replicas' logs the moment up returned. */
  let pairLogs: string[] = [];

  before(async () => {
    const file = writeCompose(COMPOSE, { 'token.txt': 'file-secret\n' });
    const project = await loadComposeFile(file, { env: { ...process.env, TEST_API_KEY: 'key-123' } });
    await upEnvironment({ docker, project, name, logger: new MemoryLogger() });
    const listed = await docker.listContainers({ filters: JSON.stringify(labelFilter(name)) });
    containers = {};
    for (const info of listed) {
      (containers[info.Labels[LABEL_SERVICE] as string] ??= []).push(info.Names[0]!.replace(/^\//, ''));
    }
    pairLogs = (containers.pair ?? []).map((container) =>
      execFileSync('docker', ['logs', container], { encoding: 'utf8' }),
    );
  });

  test('container_name is kept behind the environment name; hostname as written', () => {
    assert.deepEqual(containers.vpn, [`${name}-vpn-box`]);
    assert.equal(exec(`${name}-vpn-box`, 'hostname'), 'fixed-host');
  });

  test('secrets and configs are copied in with their uid, gid and mode (root and 0444 by default)', async () => {
    const vpn = `${name}-vpn-box`;
    assert.equal(exec(vpn, 'cat', '/run/secrets/token'), 'file-secret');
    assert.equal(exec(vpn, 'cat', '/run/secrets/api-key'), 'key-123');
    assert.equal(exec(vpn, 'cat', '/etc/app.conf'), 'key=value');
    const owner = (path: string) => exec(vpn, 'stat', '-c', '%u %g %a', path);
    assert.equal(owner('/run/secrets/token'), '1000 1001 440');
    assert.equal(owner('/run/secrets/api-key'), '0 0 444');
    assert.equal(owner('/etc/app.conf'), '0 0 444');
    assert.equal(owner('/run/secrets'), '0 0 755');
    const mounts = (await docker.getContainer(vpn).inspect()).Mounts;
    assert.deepEqual(
      mounts.filter((mount) => mount.Destination.startsWith('/run/secrets')),
      [],
      'copied, not bind-mounted',
    );
  });

  test('a read_only service gets its secrets as read-only bind mounts', async () => {
    const [frozen] = containers.frozen!;
    assert.equal(exec(frozen!, 'cat', '/run/secrets/token'), 'file-secret');
    const mounts = (await docker.getContainer(frozen!).inspect()).Mounts;
    assert.equal(mounts.find((mount) => mount.Destination === '/run/secrets/token')?.RW, false);
  });

  test('init runs as PID 1, ulimits and extra_hosts are set', async () => {
    const vpn = `${name}-vpn-box`;
    const inspected = await docker.getContainer(vpn).inspect();
    assert.equal(inspected.HostConfig.Init, true);
    assert.equal(exec(vpn, 'cat', '/proc/1/comm'), 'docker-init');
    assert.deepEqual(inspected.HostConfig.Ulimits, [{ Name: 'nofile', Soft: 1024, Hard: 2048 }]);
    assert.equal(exec(vpn, 'sh', '-c', 'ulimit -n'), '1024');
    const hosts = exec(vpn, 'cat', '/etc/hosts');
    assert.match(hosts, /^10\.1\.2\.3\s+db\.example$/m);
    assert.match(hosts, /^10\.1\.2\.4\s+cache\.example$/m);
  });

  test('network_mode service:x shares the network namespace of x', async () => {
    const [sidecar] = containers.sidecar!;
    const inspected = await docker.getContainer(sidecar!).inspect();
    const vpn = await docker.getContainer(`${name}-vpn-box`).inspect();
    assert.equal(inspected.HostConfig.NetworkMode, `container:${vpn.Id}`);
    assert.equal(
      exec(sidecar!, 'readlink', '/proc/self/ns/net'),
      exec(`${name}-vpn-box`, 'readlink', '/proc/self/ns/net'),
    );
  });

  test('replicas run and answer to the service name on the named network', async () => {
    assert.equal(containers.worker?.length, 2);
    const [probe] = containers.probe!;
    const addresses = exec(probe!, 'getent', 'ahostsv4', 'worker')
      .split('\n')
      .map((line) => line.split(/\s+/)[0]);
    assert.equal(new Set(addresses).size, 2, `worker resolves to both replicas: ${addresses.join(', ')}`);
    const network = await docker.getNetwork(`${name}_back`).inspect();
    assert.equal(Object.keys(network.Containers ?? {}).length, 3, 'both workers and the probe are on back');
  });

  test('every replica is waited for, and status shows each', async () => {
    assert.equal(pairLogs.length, 2);
    for (const log of pairLogs) assert.match(log, /ready/, 'each replica was ready when up returned');
    const pairs = (await serviceStatuses(docker, name)).filter((status) => status.service === 'pair');
    assert.deepEqual(
      pairs.map((status) => status.replica),
      [1, 2],
    );
    const table = statusTable(pairs, false).join('\n');
    assert.match(table, /^pair #1 /m);
    assert.match(table, /^pair #2 /m);
  });
});
