// Compose keys that change how a service runs, started on the real engine and checked with docker inspect
// and docker exec: secrets and configs, init, ulimits, extra_hosts, network_mode service:x, replicas,
// container_name, named networks; ipc/pid service:x, scale 0, binds that create their host folder,
// nocopy, stop_grace_period on restart.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ComposeProject } from '../../src/config/compose/index.js';
import { loadComposeFile } from '../../src/config/compose/loader.js';
import type { EnvironmentInfo } from '../../src/docker/environment/info.js';
import { replaceServices } from '../../src/docker/environment/start/replace.js';
import { upEnvironment } from '../../src/docker/environment/up.js';
import { LABEL_SERVICE, labelFilter } from '../../src/shared/identity/labels.js';
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

const NAMESPACES_COMPOSE = `
services:
  donor:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    ipc: shareable
  sharer:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    ipc: "service:donor"
    pid: "service:donor"
  none:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    scale: 0
    healthcheck: { test: ["CMD", "true"] }
  gone:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    deploy: { replicas: 0 }
  waiter:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    depends_on:
      none: { condition: service_healthy }
      gone: { condition: service_completed_successfully }
  binder:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    volumes:
      - ./made-by-engine:/made
      - type: bind
        source: ./made-too
        target: /too
      - stash:/stash:nocopy
  quick:
    image: ${BASE_IMAGE}
    # sleep as PID 1 ignores SIGTERM: a stop lasts the whole grace period.
    command: ["sleep", "infinity"]
    stop_grace_period: 1s
    deploy: { replicas: 2 }
volumes:
  stash:
`;

describe('compose keys on the engine: shared namespaces, scale 0, binds, restarts', () => {
  const name = names.next('keys2');
  let dir = '';
  let project: ComposeProject;
  let info: EnvironmentInfo;
  const containersOf = async (service: string) =>
    (await docker.listContainers({ all: true, filters: JSON.stringify(labelFilter(name)) }))
      .filter((container) => container.Labels[LABEL_SERVICE] === service)
      .map((container) => container.Id);

  before(async () => {
    const file = writeCompose(NAMESPACES_COMPOSE);
    dir = dirname(file);
    project = await loadComposeFile(file, { env: {} });
    info = await upEnvironment({ docker, project, name, logger: new MemoryLogger() });
  });

  test("ipc and pid service:x share the namespaces of x's container", async () => {
    const sharer = await docker.getContainer(`${name}-sharer`).inspect();
    const donor = await docker.getContainer(`${name}-donor`).inspect();
    assert.equal(sharer.HostConfig.IpcMode, `container:${donor.Id}`);
    assert.equal(sharer.HostConfig.PidMode, `container:${donor.Id}`);
    for (const namespace of ['ipc', 'pid'])
      assert.equal(
        exec(`${name}-sharer`, 'readlink', `/proc/self/ns/${namespace}`),
        exec(`${name}-donor`, 'readlink', `/proc/self/ns/${namespace}`),
        namespace,
      );
  });

  test('scale 0 and replicas 0 start no container, and nothing waits for them', async () => {
    assert.deepEqual(await containersOf('none'), []);
    assert.deepEqual(await containersOf('gone'), []);
    assert.equal((await containersOf('waiter')).length, 1);
    assert.deepEqual(Object.keys(info.services).sort(), ['binder', 'donor', 'quick', 'sharer', 'waiter']);
  });

  test('a bind whose host folder is missing gets it created, as compose does; nocopy is applied', async () => {
    for (const folder of ['made-by-engine', 'made-too'])
      assert.ok(existsSync(join(dir, folder)) && statSync(join(dir, folder)).isDirectory(), folder);
    const binder = await docker.getContainer(`${name}-binder`).inspect();
    assert.deepEqual(binder.HostConfig.Binds, [
      `${join(dir, 'made-by-engine')}:/made:rw`,
      `${join(dir, 'made-too')}:/too:rw`,
    ]);
    const stash = (binder.HostConfig.Mounts ?? []).find((mount) => mount.Target === '/stash');
    assert.equal((stash as { VolumeOptions?: { NoCopy?: boolean } }).VolumeOptions?.NoCopy, true);
  });

  test('restart replaces every replica and stops each within its stop_grace_period', async () => {
    const earlier = await containersOf('quick');
    assert.equal(earlier.length, 2);
    const started = Date.now();
    await replaceServices({
      docker,
      project,
      environment: name,
      services: ['quick'],
      rebuild: false,
      logger: new MemoryLogger(),
    });
    const elapsed = Date.now() - started;
    const later = await containersOf('quick');
    assert.equal(later.length, 2);
    assert.deepEqual(
      later.filter((id) => earlier.includes(id)),
      [],
      'both replicas are new containers',
    );
    // With the 10 s default every stop would last 10 s: PID 1 ignores SIGTERM.
    assert.ok(elapsed < 10_000, `stopped within the 1 s grace period, not 10 s: took ${elapsed} ms`);
  });
});
