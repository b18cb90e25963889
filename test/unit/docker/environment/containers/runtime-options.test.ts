import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containerCreateOptions } from '../../../../../src/docker/environment/containers/container-spec.js';
import { runtimeOptions } from '../../../../../src/docker/environment/containers/runtime-options.js';
import { serviceSpec } from '../../../../support/service-spec.js';

const runtime = serviceSpec('api').runtime;

describe('runtime keys as Engine API create options', () => {
  it('maps each key onto its HostConfig field', () => {
    const { config, host } = runtimeOptions({
      ...runtime,
      init: true,
      readOnly: true,
      tty: true,
      capAdd: ['NET_ADMIN'],
      ulimits: [{ name: 'nofile', soft: 1024, hard: 2048 }],
      sysctls: { 'net.core.somaxconn': '1024' },
      extraHosts: ['db:10.0.0.1'],
      shmSizeBytes: 1024,
      restart: 'on-failure:3',
      stopSignal: 'SIGINT',
      stopGraceMs: 1500,
      devices: [{ source: '/dev/fuse', target: '/dev/fuse', permissions: 'rwm' }],
    });
    assert.deepEqual(config, { Tty: true, StopSignal: 'SIGINT', StopTimeout: 2 });
    assert.deepEqual(host, {
      Init: true,
      ReadonlyRootfs: true,
      CapAdd: ['NET_ADMIN'],
      Ulimits: [{ Name: 'nofile', Soft: 1024, Hard: 2048 }],
      Sysctls: { 'net.core.somaxconn': '1024' },
      ExtraHosts: ['db:10.0.0.1'],
      Devices: [{ PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'rwm' }],
      ShmSize: 1024,
      RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
    });
  });

  it('maps the host keys and logging; logging options alone keep the engine’s default driver', () => {
    const { config, host } = runtimeOptions({
      ...runtime,
      domainname: 'corp.example',
      uts: 'host',
      usernsMode: 'host',
      cgroupns: 'private',
      ociRuntime: 'runc',
      storageOpt: { size: '2G' },
      deviceCgroupRules: ['c 1:3 mr'],
      logging: { driver: 'json-file', options: { 'max-size': '10m' } },
    });
    assert.deepEqual(config, { Domainname: 'corp.example' });
    assert.deepEqual(host, {
      UTSMode: 'host',
      UsernsMode: 'host',
      CgroupnsMode: 'private',
      Runtime: 'runc',
      StorageOpt: { size: '2G' },
      DeviceCgroupRules: ['c 1:3 mr'],
      LogConfig: { Type: 'json-file', Config: { 'max-size': '10m' } },
    });
    assert.deepEqual(runtimeOptions({ ...runtime, logging: { options: { 'max-size': '1m' } } }).host, {
      LogConfig: { Type: '', Config: { 'max-size': '1m' } },
    });
  });

  it('shares the namespace of another service: no ports, hostname or endpoints of its own', () => {
    const options = containerCreateOptions(
      serviceSpec('sidecar', {
        networkMode: { kind: 'service', target: 'vpn' },
        ports: [{ containerPort: 80, protocol: 'tcp' }],
      }),
      { environment: 'env-1', network: 'env-1', image: 'x', containerOf: (name) => `env-1-${name}-box` },
    );
    assert.equal(options.HostConfig?.NetworkMode, 'container:env-1-vpn-box');
    assert.equal(options.HostConfig?.PortBindings, undefined);
    assert.equal(options.Hostname, undefined);
    assert.equal(options.NetworkingConfig, undefined);
  });

  it('names container_name behind the environment; secrets are copied in, bound read-only when read_only', () => {
    const context = {
      environment: 'env-1',
      network: 'env-1',
      image: 'x',
      containerOf: () => 'env-1-my-db',
      files: { secrets: { pw: '/tmp/pw' }, configs: {} },
    };
    const secrets = [{ source: 'pw', target: '/run/secrets/pw' }];
    const copied = containerCreateOptions(serviceSpec('db', { secrets }), context);
    assert.equal(copied.name, 'env-1-my-db');
    assert.deepEqual(copied.HostConfig?.Mounts, []);
    const readOnly = serviceSpec('db', { secrets });
    readOnly.runtime.readOnly = true;
    assert.deepEqual(containerCreateOptions(readOnly, context).HostConfig?.Mounts, [
      { Type: 'bind', Source: '/tmp/pw', Target: '/run/secrets/pw', ReadOnly: true },
    ]);
  });
});
