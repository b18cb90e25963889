import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ServiceSpec } from '../../../../../src/config/compose/model.js';
import { containerCreateOptions } from '../../../../../src/docker/environment/containers/container-spec.js';
import { serviceSpec } from '../../../../support/service-spec.js';

const context = { environment: 'shop-1a2b', network: 'shop-1a2b', image: 'api:run-1' };

describe('containerCreateOptions', () => {
  const cases: {
    title: string;
    service: Partial<ServiceSpec>;
    check: (o: ReturnType<typeof containerCreateOptions>) => void;
  }[] = [
    {
      title: 'names the container after the environment and labels it',
      service: { labels: { team: 'x' } },
      check: (o) => {
        assert.equal(o.name, 'shop-1a2b-api');
        assert.equal(o.Labels!['io.inception.environment'], 'shop-1a2b');
        assert.equal(o.Labels!['io.inception.service'], 'api');
        assert.equal(o.Labels!['io.inception.managed'], 'true');
        assert.equal(o.Labels!.team, 'x');
        assert.equal(o.Image, 'api:run-1');
      },
    },
    {
      title: 'leaves the host port empty unless pinned',
      service: {
        ports: [
          { containerPort: 8080, protocol: 'tcp' },
          { containerPort: 53, protocol: 'udp', hostPort: 5353, hostIp: '127.0.0.1' },
        ],
        expose: [9000],
      },
      check: (o) => {
        assert.deepEqual(o.HostConfig!.PortBindings, {
          '8080/tcp': [{ HostPort: '', HostIp: undefined }],
          '53/udp': [{ HostPort: '5353', HostIp: '127.0.0.1' }],
        });
        assert.deepEqual(Object.keys(o.ExposedPorts!).sort(), ['53/udp', '8080/tcp', '9000/tcp']);
      },
    },
    {
      title: 'joins the environment network under its name and aliases',
      service: { aliases: ['api.internal'] },
      check: (o) => {
        assert.equal(o.HostConfig!.NetworkMode, 'shop-1a2b');
        assert.deepEqual(o.NetworkingConfig!.EndpointsConfig!['shop-1a2b']!.Aliases, ['api', 'api.internal']);
      },
    },
    {
      title: 'prefixes named volumes with the environment, keeps bind paths',
      service: {
        volumes: [
          { type: 'volume', source: 'data', target: '/data', readOnly: false },
          { type: 'bind', source: '/srv/conf', target: '/conf', readOnly: true, createHostPath: false },
        ],
      },
      check: (o) => {
        assert.deepEqual(o.HostConfig!.Mounts, [
          { Type: 'volume', Source: 'shop-1a2b_data', Target: '/data', ReadOnly: false },
          { Type: 'bind', Source: '/srv/conf', Target: '/conf', ReadOnly: true },
        ]);
        assert.equal(o.HostConfig!.Binds, undefined);
      },
    },
    {
      title: 'a bind that may create its host folder is a Binds entry, as compose makes it',
      service: {
        volumes: [
          { type: 'bind', source: '/srv/data', target: '/data', readOnly: false, createHostPath: true },
          { type: 'bind', source: '/srv/conf', target: '/conf', readOnly: true },
        ],
      },
      check: (o) => {
        assert.deepEqual(o.HostConfig!.Binds, ['/srv/data:/data:rw', '/srv/conf:/conf:ro']);
        assert.deepEqual(o.HostConfig!.Mounts, []);
      },
    },
    {
      title: "ipc and pid service:x share the namespace of x's container",
      service: { runtime: { ...serviceSpec('api').runtime, ipc: 'service:db', pid: 'service:db' } },
      check: (o) => {
        assert.equal(o.HostConfig!.IpcMode, 'container:shop-1a2b-db');
        assert.equal(o.HostConfig!.PidMode, 'container:shop-1a2b-db');
      },
    },
    {
      title: 'converts health-check durations to nanoseconds',
      service: {
        healthcheck: {
          test: ['CMD-SHELL', 'true'],
          intervalMs: 500,
          timeoutMs: 2000,
          retries: 3,
          startPeriodMs: 0,
        },
      },
      check: (o) =>
        assert.deepEqual(o.Healthcheck, {
          Test: ['CMD-SHELL', 'true'],
          Interval: 5e8,
          Timeout: 2e9,
          Retries: 3,
          StartPeriod: 0,
        }),
    },
    {
      title: 'maps tmpfs, limits, user, working dir, command and environment',
      service: {
        tmpfs: ['/run', '/cache:size=64m'],
        resources: { nanoCpus: 5e8, memoryBytes: 268435456 },
        user: '1000:1000',
        workingDir: '/app',
        command: ['serve', '--port', '8080'],
        entrypoint: ['/bin/app'],
        environment: { MODE: 'test', EMPTY: '' },
      },
      check: (o) => {
        assert.deepEqual(o.HostConfig!.Tmpfs, { '/run': '', '/cache': 'size=64m' });
        assert.equal(o.HostConfig!.NanoCpus, 5e8);
        assert.equal(o.HostConfig!.Memory, 268435456);
        assert.equal(o.User, '1000:1000');
        assert.equal(o.WorkingDir, '/app');
        assert.deepEqual(o.Cmd, ['serve', '--port', '8080']);
        assert.deepEqual(o.Entrypoint, ['/bin/app']);
        assert.deepEqual(o.Env, ['MODE=test', 'EMPTY=']);
      },
    },
  ];
  for (const { title, service, check } of cases) {
    test(title, () => check(containerCreateOptions(serviceSpec('api', service), context)));
  }
});
