// The resource keys and deploy's restart policy, started on the real engine: what the engine recorded
// (docker inspect) and what the kernel enforces (the container's own cgroup files; this engine runs cgroup v1).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, describe, test } from 'node:test';
import { loadComposeFile } from '../../src/config/compose/loader.js';
import { upEnvironment } from '../../src/docker/environment/up.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { BASE_IMAGE, docker, EnvironmentNames, writeCompose } from '../support/docker.js';

const names = new EnvironmentNames();
after(() => names.removeAll());

const MIB = 1024 ** 2;

const COMPOSE = `
services:
  search:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    mem_limit: 256m
    mem_reservation: 128m
    mem_swappiness: 10
    pids_limit: 200
    cpu_shares: 512
    cpu_period: 100000
    cpu_quota: 50000
    cpuset: "0"
    # Raised, not lowered: lowering needs CAP_SYS_RESOURCE, which this machine's containers lack.
    oom_score_adj: 500
  worker:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    restart: always
    deploy:
      resources:
        limits: { memory: 64M, pids: 64 }
        reservations: { memory: 32M }
      restart_policy: { condition: on-failure, max_attempts: 4 }
`;

/** A cgroup v1 file of the container, read from inside it. */
const cgroup = (container: string, file: string) =>
  execFileSync('docker', ['exec', container, 'cat', `/sys/fs/cgroup/${file}`], { encoding: 'utf8' }).trim();

describe('compose resource keys on the engine', () => {
  test('service keys and deploy.resources reach HostConfig and the cgroup; deploy.restart_policy wins over restart', async () => {
    const name = names.next('resources');
    const logger = new MemoryLogger();
    await upEnvironment({ docker, project: await loadComposeFile(writeCompose(COMPOSE)), name, logger });

    const search = (await docker.getContainer(`${name}-search`).inspect()).HostConfig;
    assert.equal(search.Memory, 256 * MIB);
    assert.equal(search.MemoryReservation, 128 * MIB);
    assert.equal(search.MemorySwappiness, 10);
    assert.equal(search.PidsLimit, 200);
    assert.equal(search.CpuShares, 512);
    assert.equal(search.CpuPeriod, 100000);
    assert.equal(search.CpuQuota, 50000);
    assert.equal(search.CpusetCpus, '0');
    assert.equal(search.OomScoreAdj, 500);
    assert.equal(cgroup(`${name}-search`, 'pids/pids.max'), '200');
    assert.equal(cgroup(`${name}-search`, 'cpu/cpu.shares'), '512');
    assert.equal(cgroup(`${name}-search`, 'cpu/cpu.cfs_quota_us'), '50000');
    assert.equal(Number(cgroup(`${name}-search`, 'memory/memory.soft_limit_in_bytes')), 128 * MIB);

    const worker = (await docker.getContainer(`${name}-worker`).inspect()).HostConfig;
    assert.equal(worker.Memory, 64 * MIB);
    assert.equal(worker.MemoryReservation, 32 * MIB);
    assert.equal(worker.PidsLimit, 64);
    assert.deepEqual(worker.RestartPolicy, { Name: 'on-failure', MaximumRetryCount: 4 });
    assert.equal(cgroup(`${name}-worker`, 'pids/pids.max'), '64');
    assert.equal(Number(cgroup(`${name}-worker`, 'memory/memory.limit_in_bytes')), 64 * MIB);
    assert.doesNotMatch(logger.text(), /not supported by inception/);
  });
});
