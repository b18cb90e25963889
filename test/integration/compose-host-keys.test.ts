// Compose keys that set the container's host-level settings, started on the real engine and checked with
// docker inspect and docker exec: domainname, uts, userns_mode, cgroup, runtime, device_cgroup_rules,
// logging, label_file.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { after, before, describe, test } from 'node:test';
import { loadComposeFile } from '../../src/config/compose/loader.js';
import { upEnvironment } from '../../src/docker/environment/up.js';
import { LABEL_SERVICE, labelFilter } from '../../src/shared/identity/labels.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { BASE_IMAGE, docker, EnvironmentNames, writeCompose } from '../support/docker.js';

const names = new EnvironmentNames();
after(() => names.removeAll());

const exec = (container: string, ...command: string[]) =>
  execFileSync('docker', ['exec', container, ...command], { encoding: 'utf8' }).trim();

const COMPOSE = `
services:
  legacy:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "echo ready; exec sleep infinity"]
    domainname: corp.example
    cgroup: \${CGROUP}
    runtime: runc
    device_cgroup_rules: ["c 1:3 mr"]
    logging:
      driver: json-file
      options: { max-size: 10m, max-file: "3" }
    label_file: ./ci.labels
    labels: { team: erp }
    x-inception: { wait: { log: ready } }
  probe:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    uts: host
    userns_mode: host
`;

describe('host-level compose keys on the engine', () => {
  const name = names.next('host-keys');
  const logger = new MemoryLogger();
  let cgroup = '';
  let inspected: Record<string, import('dockerode').ContainerInspectInfo> = {};

  before(async () => {
    const file = writeCompose(COMPOSE, {
      'ci.labels': 'com.example.pipeline=nightly\nteam=platform\nowner="${team}-oncall"\n',
    });
    // The one the engine would not pick itself (private on cgroup v2, host on v1), so the key shows.
    const { CgroupVersion } = (await docker.info()) as { CgroupVersion?: string };
    cgroup = CgroupVersion === '2' ? 'host' : 'private';
    const project = await loadComposeFile(file, { env: { CGROUP: cgroup } });
    await upEnvironment({ docker, project, name, logger });
    const listed = await docker.listContainers({ filters: JSON.stringify(labelFilter(name)) });
    inspected = {};
    for (const info of listed)
      inspected[info.Labels[LABEL_SERVICE] as string] = await docker.getContainer(info.Id).inspect();
  });

  test('domainname is the container’s domain; cgroup, runtime and device rules are in its HostConfig', () => {
    const legacy = inspected.legacy!;
    assert.equal(exec(legacy.Id, 'cat', '/proc/sys/kernel/domainname'), 'corp.example');
    const host = legacy.HostConfig as Record<string, unknown>;
    assert.equal(host.CgroupnsMode, cgroup);
    assert.equal(host.Runtime, 'runc');
    assert.deepEqual(host.DeviceCgroupRules, ['c 1:3 mr']);
  });

  test('logging sets the driver and its options, and the log wait still reads the log', () => {
    assert.deepEqual(inspected.legacy!.HostConfig.LogConfig, {
      Type: 'json-file',
      Config: { 'max-size': '10m', 'max-file': '3' },
    });
    assert.ok(
      logger.lines.some((line) => /legacy: ready after/.test(line)),
      logger.lines.join('\n'),
    );
  });

  test('label_file labels are on the container, labels over them, a value naming a label read before it', () => {
    const labels = inspected.legacy!.Config.Labels;
    assert.equal(labels['com.example.pipeline'], 'nightly');
    assert.equal(labels.team, 'erp');
    assert.equal(labels.owner, 'platform-oncall');
  });

  test('uts: host gives the machine’s hostname; userns_mode is set', () => {
    const probe = inspected.probe!;
    assert.equal(exec(probe.Id, 'cat', '/proc/sys/kernel/hostname'), os.hostname());
    assert.equal(probe.HostConfig.UTSMode, 'host');
    assert.equal(probe.HostConfig.UsernsMode, 'host');
  });
});
