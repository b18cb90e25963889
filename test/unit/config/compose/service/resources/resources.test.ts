import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, assertFails, file, lines, parse } from '../../support.js';

describe('compose loader: resource keys and the restart policy under deploy', () => {
  it('reads every service-level resource key', () => {
    const spec = api([
      'image: x',
      'mem_limit: 1g',
      'mem_reservation: 512m',
      'memswap_limit: 2g',
      'mem_swappiness: 10',
      'pids_limit: 200',
      'cpu_shares: 512',
      'cpu_period: 100000',
      'cpu_quota: 50000',
      'cpuset: "0,1"',
      'oom_kill_disable: true',
      'oom_score_adj: -500',
      'cgroup_parent: ci-services',
    ]);
    assert.deepEqual(spec.resources, {
      memoryBytes: 1024 ** 3,
      memoryReservationBytes: 512 * 1024 ** 2,
      memorySwapBytes: 2 * 1024 ** 3,
      memorySwappiness: 10,
      pidsLimit: 200,
      cpuShares: 512,
      cpuPeriodMicros: 100000,
      cpuQuotaMicros: 50000,
      cpuset: '0,1',
      oomKillDisable: true,
      oomScoreAdj: -500,
      cgroupParent: 'ci-services',
    });
  });

  it('reads deploy.resources, and the service keys that say the same', () => {
    const spec = api([
      'image: x',
      'mem_limit: 256m',
      'deploy:',
      '  resources:',
      '    limits: { cpus: "1.5", memory: 256M, pids: 64 }',
      '    reservations: { memory: 128M }',
    ]);
    assert.deepEqual(spec.resources, {
      nanoCpus: 1.5e9,
      memoryBytes: 256 * 1024 ** 2,
      memoryReservationBytes: 128 * 1024 ** 2,
      pidsLimit: 64,
    });
  });

  it('refuses a service key and its deploy.resources twin that differ, as compose does', () => {
    const service = (...body: string[]) =>
      lines('services:', '  api:', '    image: x', ...body.map((line) => `    ${line}`));
    assertFails(
      service('mem_limit: 2g', 'deploy: { resources: { limits: { memory: 256M } } }'),
      `${file}:4: services.api.mem_limit: "2g" and deploy.resources.limits.memory ("256M") differ, and docker compose refuses a file where they do: keep one of them`,
    );
    // A limits block without the twin counts as 0 there, as in compose.
    assertFails(
      service('pids_limit: 100', 'deploy: { resources: { limits: { memory: 1g } } }'),
      `${file}:4: services.api.pids_limit: 100 and deploy.resources.limits.pids (not set there) differ, and docker compose refuses a file where they do: keep one of them`,
    );
    assertFails(
      service('mem_reservation: 1g', 'deploy: { resources: { reservations: { memory: 512m } } }'),
      `${file}:4: services.api.mem_reservation: "1g" and deploy.resources.reservations.memory ("512m") differ, and docker compose refuses a file where they do: keep one of them`,
    );
    assertFails(
      service('scale: 2', 'deploy: { replicas: 3 }'),
      `${file}:4: services.api.scale: 2 and deploy.replicas (3) differ, and docker compose refuses a file where they do: keep one of them`,
    );
  });

  it('takes -1 as unlimited and pids_limit 0 as the engine default', () => {
    assert.deepEqual(api(['image: x', 'memswap_limit: -1', 'pids_limit: -1']).resources, {
      memorySwapBytes: -1,
      pidsLimit: -1,
    });
    assert.deepEqual(api(['image: x', 'pids_limit: 0']).resources, {});
  });

  it('maps deploy.restart_policy onto the engine policy, winning over restart', () => {
    const restart = (policy: string, extra: string[] = []) =>
      api(['image: x', ...extra, 'deploy:', `  restart_policy: ${policy}`]).runtime.restart;
    assert.equal(restart('{ condition: on-failure, max_attempts: 4 }', ['restart: always']), 'on-failure:4');
    assert.equal(restart('{ condition: on-failure }'), 'on-failure');
    assert.equal(restart('{ condition: any, max_attempts: 4 }'), 'always');
    assert.equal(restart('{ condition: none }', ['restart: always']), 'no');
    assert.equal(restart('{ max_attempts: 2 }', ['restart: always']), 'no', 'no condition, as compose');
  });

  it('warns about what only the swarm keeps', () => {
    const project = parse(
      lines(
        'services:',
        '  api:',
        '    image: x',
        '    deploy:',
        '      resources: { reservations: { cpus: "1", memory: 1g } }',
        '      restart_policy: { condition: on-failure, delay: 5s, window: 1m }',
      ),
    );
    assert.deepEqual(project.warnings, [
      `${file}:5: service "api": key "deploy.resources.reservations.cpus" is not supported by inception and is ignored`,
      `${file}:6: service "api": key "deploy.restart_policy.delay" is not supported by inception and is ignored`,
      `${file}:6: service "api": key "deploy.restart_policy.window" is not supported by inception and is ignored`,
    ]);
  });

  it('names the key and says what to write for a bad value', () => {
    const service = (...body: string[]) =>
      lines('services:', '  api:', '    image: x', ...body.map((l) => `    ${l}`));
    assertFails(
      service('deploy:', '  restart_policy: { condition: sometimes }'),
      `${file}:5: services.api.deploy.restart_policy.condition: "sometimes" is not a restart condition; use none, on-failure or any`,
    );
    assertFails(
      service('oom_score_adj: 2000'),
      `${file}:4: services.api.oom_score_adj: 2000 is out of range; use -1000 to 1000`,
    );
    assertFails(
      service('mem_reservation: lots'),
      `${file}:4: services.api.mem_reservation: "lots" is not a size; write e.g. "512m", "1g" or a number of bytes`,
    );
  });
});
