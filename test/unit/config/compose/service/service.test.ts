import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServiceSpec } from '../../../../../src/config/compose/model.js';
import { api, assertFails, file, lines, others, parse, svc } from '../support.js';

describe('compose loader: service keys', () => {
  const cases: Array<[string, string[], Partial<ServiceSpec>]> = [
    ['image', ['image: redis:7'], { image: 'redis:7' }],
    [
      'command as a string, split like a shell',
      ['image: x', `command: sh -c "echo 'a b' \\"c\\"" plain\\ word 'single "q"'`],
      { command: ['sh', '-c', `echo 'a b' "c"`, 'plain word', 'single "q"'] },
    ],
    [
      'command as a list',
      ['image: x', 'command: [redis-server, --port, 6380]'],
      { command: ['redis-server', '--port', '6380'] },
    ],
    ['entrypoint as a string', ['image: x', 'entrypoint: /bin/sh -c'], { entrypoint: ['/bin/sh', '-c'] }],
    [
      'entrypoint as a list',
      ['image: x', 'entrypoint: ["/docker-entrypoint.sh"]'],
      { entrypoint: ['/docker-entrypoint.sh'] },
    ],
    [
      'environment as a map',
      ['image: x', 'environment:', '  A: one', '  B: 2', '  D: true', '  C:', '  UNSET:'],
      { environment: { A: 'one', B: '2', D: 'true', C: 'from-env' } },
    ],
    [
      'environment as a list',
      ['image: x', 'environment: [A=one, B=, "C", UNSET, D=a=b]'],
      { environment: { A: 'one', B: '', C: 'from-env', D: 'a=b' } },
    ],
    ['tmpfs as a string', ['image: x', 'tmpfs: /run'], { tmpfs: ['/run'] }],
    ['tmpfs as a list', ['image: x', 'tmpfs: [/run, /tmp]'], { tmpfs: ['/run', '/tmp'] }],
    ['working_dir', ['image: x', 'working_dir: /app'], { workingDir: '/app' }],
    ['user as text', ['image: x', 'user: "1000:1000"'], { user: '1000:1000' }],
    ['user as a number', ['image: x', 'user: 1000'], { user: '1000' }],
    [
      'labels as a map',
      ['image: x', 'labels: { com.example.team: core, tier: 1 }'],
      { labels: { 'com.example.team': 'core', tier: '1' } },
    ],
    ['labels as a list', ['image: x', 'labels: [a=1, b]'], { labels: { a: '1', b: '' } }],
    [
      'x-inception wait and timeout',
      ['image: x', 'x-inception: { wait: { tcp: 6379 }, timeout: 45s }'],
      { wait: { kind: 'tcp', port: 6379 }, startTimeoutMs: 45_000 },
    ],
    [
      'x-inception wait over a healthcheck',
      ['image: x', 'healthcheck: { test: "true" }', 'x-inception: { wait: { log: "ready" } }'],
      { wait: { kind: 'log', pattern: 'ready', times: 1 } },
    ],
    [
      'defaults',
      ['image: x'],
      {
        wait: { kind: 'started' },
        startTimeoutMs: 120_000,
        ports: [],
        environment: {},
        aliases: [],
        profiles: [],
      },
    ],
    ['other x- keys are ignored', ['image: x', 'x-notes: { anything: [1, 2] }'], { image: 'x' }],
    [
      'ipc and pid service:x, which start and restart with x',
      ['image: x', 'ipc: service:db', 'pid: service:cache'],
      { dependsOn: { db: 'service_started', cache: 'service_started' }, restartsWith: ['db', 'cache'] },
    ],
  ];
  for (const [name, body, expected] of cases) {
    it(`reads ${name}`, () => {
      const spec = api(body, others, { env: { C: 'from-env' } });
      for (const [key, value] of Object.entries(expected)) {
        assert.deepEqual(spec[key as keyof ServiceSpec], value, `key ${key}`);
      }
    });
  }
});

describe('compose loader: errors name the file, the line and the key', () => {
  const cases: Array<[string, string, number, string]> = [
    ['image not a string', svc('image: [a]'), 3, 'services.api.image: expected a string, got a list'],
    [
      'neither image nor build',
      svc('command: [a]'),
      2,
      'services.api: service "api" needs "image" or "build"',
    ],
    [
      'a service that is not a mapping',
      lines('services:', '  api: redis'),
      2,
      'services.api: expected a mapping, got "redis"',
    ],
    [
      'a bad service name',
      lines('services:', '  "my api": { image: x }'),
      2,
      'services.my api: "my api" is not a valid service name; use letters, digits, "_", "." and "-"',
    ],
    [
      'a wrong environment type',
      svc('image: x', 'environment: 5'),
      4,
      'services.api.environment: expected a mapping or a list of KEY=value, got 5',
    ],
    [
      'an environment value that is a list',
      svc('image: x', 'environment:', '  A: [1]'),
      5,
      'services.api.environment.A: expected a string, a number or a boolean, got a list',
    ],
    [
      'an unterminated quote in a command',
      svc('image: x', `command: echo "hi`),
      4,
      'services.api.command: unterminated " quote in "echo \\"hi"; close it, or escape a literal one as \\"',
    ],
    [
      'a tmpfs that is not absolute',
      svc('image: x', 'tmpfs: [run]'),
      4,
      'services.api.tmpfs[0]: "run" must be an absolute path',
    ],
    [
      'an unknown x-inception key',
      svc('image: x', 'x-inception:', '  wiat: { tcp: 1 }'),
      5,
      'services.api.x-inception.wiat: unknown key "wiat"; x-inception takes wait and timeout',
    ],
    [
      'a zero timeout',
      svc('image: x', 'x-inception: { timeout: 0s }'),
      4,
      'services.api.x-inception.timeout: the timeout must be more than 0',
    ],
    [
      'a bad timeout',
      svc('image: x', 'x-inception:', '  timeout: forever'),
      5,
      'services.api.x-inception.timeout: "forever" is not a duration; write e.g. "30s", "1m30s", "500ms", "2h" or a number of seconds',
    ],
    [
      'a bad environment list entry',
      svc('image: x', 'environment: ["=x"]'),
      4,
      'services.api.environment[0]: "=x" has no name before "="; write KEY=value',
    ],
  ];
  for (const [name, text, line, message] of cases) {
    it(`reports ${name} at line ${line}`, () => {
      const expected = message.startsWith('expected')
        ? `${file}:${line}: ${message}`
        : `${file}:${line}: ${message}`;
      assertFails(text, expected);
    });
  }
});

describe('compose loader: warnings', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'unsupported service keys',
      lines('services:', '  api:', '    image: x', '    gpus: all', '    isolation: process'),
      [
        `${file}:4: service "api": key "gpus" is not supported by inception and is ignored`,
        `${file}:5: service "api": key "isolation" is not supported by inception and is ignored`,
      ],
    ],
    [
      'unsupported nested keys',
      lines(
        'services:',
        '  api:',
        '    build: { context: ., ssh: [default] }',
        '    healthcheck: { test: "true", start_interval: 1s }',
        '    deploy:',
        '      replicas: 2',
        '      resources: { limits: { pids: 10 }, reservations: { cpus: "1" } }',
      ),
      [
        `${file}:3: service "api": key "build.ssh" is not supported by inception and is ignored`,
        `${file}:4: service "api": key "healthcheck.start_interval" is not supported by inception and is ignored`,
        `${file}:7: service "api": key "deploy.resources.reservations.cpus" is not supported by inception and is ignored`,
      ],
    ],
    [
      'bind and volume options of the long form that are not applied',
      lines(
        'services:',
        '  api:',
        '    image: x',
        '    volumes:',
        '      - { type: bind, source: ./a, target: /a, bind: { propagation: rshared, selinux: z } }',
        '      - { type: volume, source: data, target: /d, volume: { labels: { a: b }, nocopy: true } }',
        'volumes:',
        '  data:',
      ),
      [
        `${file}:5: service "api": key "volumes[0].bind.propagation" is not supported by inception and is ignored`,
        `${file}:5: service "api": key "volumes[0].bind.selinux" is not supported by inception and is ignored`,
        `${file}:6: service "api": key "volumes[1].volume.labels" is not supported by inception and is ignored`,
      ],
    ],
    [
      'ports, expose and hostname of a service in another network namespace',
      lines(
        'services:',
        '  vpn: { image: x }',
        '  api:',
        '    image: x',
        '    network_mode: service:vpn',
        '    ports: ["8080:80"]',
        '    hostname: api',
        '  tool:',
        '    image: x',
        '    network_mode: host',
        '    expose: ["9000"]',
      ),
      [
        `${file}:5: service "api": ports, hostname are not applied with network_mode "service:vpn"; publish the ports on "vpn", whose network namespace it shares`,
        `${file}:10: service "tool": expose is not applied with network_mode "host"`,
      ],
    ],
    [
      'a pull_policy that would refresh the image',
      lines('services:', '  api:', '    image: x', '    pull_policy: daily'),
      [
        `${file}:4: service "api": pull_policy "daily" is taken as "missing": the image is pulled only when the engine does not have it, never refreshed`,
      ],
    ],
  ];
  for (const [name, text, warnings] of cases) {
    it(`warns about ${name}`, () => {
      assert.deepEqual([...parse(text).warnings].sort(), [...warnings].sort());
    });
  }
});
