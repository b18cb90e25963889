import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  loadComposeFile,
  parseComposeText,
  type ComposeLoadOptions,
} from '../../src/config/compose/loader.js';
import type { ServiceSpec } from '../../src/config/compose/model.js';
import { ConfigurationError } from '../../src/errors.js';

const root = mkdtempSync(join(tmpdir(), 'inception-compose-'));
after(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder (its own `.env`) holding `compose.yml` and the given extra files. */
function folder(
  files: Record<string, string> = {},
  name = `project-${++folders}`,
): { dir: string; file: string } {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return { dir, file: join(dir, 'compose.yml') };
}

const { dir, file } = folder({}, 'shared');
const lines = (...text: string[]) => text.join('\n') + '\n';
const parse = (text: string, options: ComposeLoadOptions = {}, at = file) =>
  parseComposeText(text, at, { env: {}, ...options });

/** The `api` service of a file whose service body is `body` (indented under `api:`). */
function api(body: string[], extra: string[] = [], options: ComposeLoadOptions = {}): ServiceSpec {
  const project = parse(
    lines('services:', '  api:', ...body.map((line) => `    ${line}`), ...extra),
    options,
  );
  const spec = project.services.find((service) => service.name === 'api');
  assert.ok(spec, 'service api is in the project');
  return spec;
}

function assertFails(text: string, message: string, options: ComposeLoadOptions = {}, at = file): void {
  assert.throws(
    () => parse(text, options, at),
    (error: Error) => {
      assert.ok(
        error instanceof ConfigurationError,
        `a ConfigurationError, got ${error.name}: ${error.message}`,
      );
      assert.equal(error.message, message);
      return true;
    },
  );
}

describe('compose loader: service keys', () => {
  const cases: Array<[string, string[], Partial<ServiceSpec>]> = [
    ['image', ['image: redis:7'], { image: 'redis:7' }],
    [
      'build as a folder',
      ['build: ./api'],
      { build: { context: join(dir, 'api'), dockerfile: 'Dockerfile', args: {} }, image: undefined },
    ],
    [
      'build as a mapping with args as a map',
      [
        'build:',
        '  context: ../other',
        '  dockerfile: docker/Test.Dockerfile',
        '  args: { A: 1, B: "two", C: }',
        '  target: test',
      ],
      {
        build: {
          context: join(root, 'other'),
          dockerfile: 'docker/Test.Dockerfile',
          args: { A: '1', B: 'two', C: 'from-env' },
          target: 'test',
        },
      },
    ],
    [
      'build args as a list',
      ['build: { context: ., args: [A=1, "B=x=y", C, UNSET] }'],
      { build: { context: dir, dockerfile: 'Dockerfile', args: { A: '1', B: 'x=y', C: 'from-env' } } },
    ],
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
    [
      'ports in every short form',
      [
        'image: x',
        'ports: ["8080", "8081:80", "127.0.0.1:8082:81", "53/udp", 9000, "127.0.0.1::82", "[::1]:8083:83"]',
      ],
      {
        ports: [
          { containerPort: 8080, protocol: 'tcp' },
          { containerPort: 80, protocol: 'tcp', hostPort: 8081 },
          { containerPort: 81, protocol: 'tcp', hostPort: 8082, hostIp: '127.0.0.1' },
          { containerPort: 53, protocol: 'udp' },
          { containerPort: 9000, protocol: 'tcp' },
          { containerPort: 82, protocol: 'tcp', hostIp: '127.0.0.1' },
          { containerPort: 83, protocol: 'tcp', hostPort: 8083, hostIp: '::1' },
        ],
      },
    ],
    [
      'port ranges expand pairwise',
      ['image: x', 'ports: ["7000-7001:8000-8001/udp", "9000-9001"]'],
      {
        ports: [
          { containerPort: 8000, protocol: 'udp', hostPort: 7000 },
          { containerPort: 8001, protocol: 'udp', hostPort: 7001 },
          { containerPort: 9000, protocol: 'tcp' },
          { containerPort: 9001, protocol: 'tcp' },
        ],
      },
    ],
    [
      'ports in the long form',
      [
        'image: x',
        'ports:',
        '  - { target: 80, published: 8080, protocol: udp, host_ip: 0.0.0.0 }',
        '  - target: 81',
        '  - { target: 82, published: "8082", mode: host }',
      ],
      {
        ports: [
          { containerPort: 80, protocol: 'udp', hostPort: 8080, hostIp: '0.0.0.0' },
          { containerPort: 81, protocol: 'tcp' },
          { containerPort: 82, protocol: 'tcp', hostPort: 8082 },
        ],
      },
    ],
    [
      'expose',
      ['image: x', 'expose: [3000, "4000", "5000/udp", "6000-6001"]'],
      { expose: [3000, 4000, 5000, 6000, 6001] },
    ],
    ['depends_on as a list', ['image: x', 'depends_on: [db]'], { dependsOn: { db: 'service_started' } }],
    [
      'depends_on as a map',
      [
        'image: x',
        'depends_on:',
        '  db: { condition: service_healthy, required: true, restart: true }',
        '  migrate: { condition: service_completed_successfully }',
        '  cache:',
        '  queue: {}',
      ],
      {
        dependsOn: {
          db: 'service_healthy',
          migrate: 'service_completed_successfully',
          cache: 'service_started',
          queue: 'service_started',
        },
      },
    ],
    [
      'healthcheck with a shell test',
      [
        'image: x',
        'healthcheck:',
        '  test: pg_isready -U app',
        '  interval: 2s',
        '  timeout: 1s',
        '  retries: 5',
        '  start_period: 1m',
      ],
      {
        healthcheck: {
          test: ['CMD-SHELL', 'pg_isready -U app'],
          intervalMs: 2000,
          timeoutMs: 1000,
          retries: 5,
          startPeriodMs: 60_000,
        },
        wait: { kind: 'healthy' },
      },
    ],
    [
      'healthcheck with a list test',
      ['image: x', 'healthcheck: { test: ["CMD", "redis-cli", "ping"] }'],
      { healthcheck: { test: ['CMD', 'redis-cli', 'ping'] }, wait: { kind: 'healthy' } },
    ],
    [
      'healthcheck disabled',
      ['image: x', 'healthcheck: { disable: true }'],
      { healthcheck: { test: ['NONE'] }, wait: { kind: 'started' } },
    ],
    [
      'healthcheck NONE',
      ['image: x', 'healthcheck: { test: [NONE] }'],
      { healthcheck: { test: ['NONE'] }, wait: { kind: 'started' } },
    ],
    ['tmpfs as a string', ['image: x', 'tmpfs: /run'], { tmpfs: ['/run'] }],
    ['tmpfs as a list', ['image: x', 'tmpfs: [/run, /tmp]'], { tmpfs: ['/run', '/tmp'] }],
    [
      'volumes in short forms',
      [
        'image: x',
        'volumes: ["data:/var/lib/data", "./conf:/etc/conf:ro", "/abs/path:/abs:rw", "~/cache:/cache:ro,z"]',
      ],
      {
        volumes: [
          { type: 'volume', source: 'data', target: '/var/lib/data', readOnly: false },
          { type: 'bind', source: join(dir, 'conf'), target: '/etc/conf', readOnly: true },
          { type: 'bind', source: '/abs/path', target: '/abs', readOnly: false },
          { type: 'bind', source: join(homedir(), 'cache'), target: '/cache', readOnly: true },
        ],
      },
    ],
    [
      'volumes in the long form',
      [
        'image: x',
        'volumes:',
        '  - { type: volume, source: data, target: /data, read_only: true }',
        '  - { type: bind, source: ./src, target: /src }',
        '  - { type: tmpfs, target: /scratch, tmpfs: { size: 64m } }',
      ],
      {
        volumes: [
          { type: 'volume', source: 'data', target: '/data', readOnly: true },
          { type: 'bind', source: join(dir, 'src'), target: '/src', readOnly: false },
        ],
        tmpfs: [`/scratch:size=${64 * 1024 * 1024}`],
      },
    ],
    ['working_dir', ['image: x', 'working_dir: /app'], { workingDir: '/app' }],
    ['user as text', ['image: x', 'user: "1000:1000"'], { user: '1000:1000' }],
    ['user as a number', ['image: x', 'user: 1000'], { user: '1000' }],
    [
      'labels as a map',
      ['image: x', 'labels: { com.example.team: core, tier: 1 }'],
      { labels: { 'com.example.team': 'core', tier: '1' } },
    ],
    ['labels as a list', ['image: x', 'labels: [a=1, b]'], { labels: { a: '1', b: '' } }],
    ['networks as a list with default', ['image: x', 'networks: [default]'], { aliases: [] }],
    [
      'network aliases',
      ['image: x', 'networks:', '  default:', '    aliases: [api.local, api]'],
      { aliases: ['api.local', 'api'] },
    ],
    [
      'deploy limits',
      ['image: x', 'deploy:', '  resources:', '    limits: { cpus: "0.5", memory: 256m }'],
      { limits: { nanoCpus: 500_000_000, memoryBytes: 256 * 1024 ** 2 } },
    ],
    [
      'memory in gigabytes',
      ['image: x', 'deploy: { resources: { limits: { memory: 1g, cpus: 2 } } }'],
      { limits: { nanoCpus: 2e9, memoryBytes: 1024 ** 3 } },
    ],
    [
      'memory in upper case',
      ['image: x', 'deploy: { resources: { limits: { memory: 512M } } }'],
      { limits: { memoryBytes: 512 * 1024 ** 2 } },
    ],
    [
      'memory in bytes',
      ['image: x', 'deploy: { resources: { limits: { memory: 1048576 } } }'],
      { limits: { memoryBytes: 1048576 } },
    ],
    [
      'mem_limit and cpus',
      ['image: x', 'mem_limit: 128m', 'cpus: 1.5'],
      { limits: { nanoCpus: 1.5e9, memoryBytes: 128 * 1024 ** 2 } },
    ],
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
  ];
  const others = [
    '  db: { image: db, healthcheck: { test: "true" } }',
    '  migrate: { image: m }',
    '  cache: { image: c }',
    '  queue: { image: q }',
    'volumes:',
    '  data:',
  ];
  for (const [name, body, expected] of cases) {
    it(`reads ${name}`, () => {
      const spec = api(body, others, { env: { C: 'from-env' } });
      for (const [key, value] of Object.entries(expected)) {
        assert.deepEqual(spec[key as keyof ServiceSpec], value, `key ${key}`);
      }
    });
  }

  it('keeps service order and names the project after the folder', () => {
    const { file: at } = folder({}, 'My_Project.Folder');
    const project = parse(lines('services:', '  web: { image: w }', '  db: { image: d }'), {}, at);
    assert.equal(project.name, 'my-project-folder');
    assert.equal(project.file, at);
    assert.deepEqual(
      project.services.map((service) => service.name),
      ['web', 'db'],
    );
    assert.deepEqual(project.warnings, []);
  });

  it('takes the project name from name:, sanitized', () => {
    assert.equal(parse(lines('name: Shop_API', 'services:', '  web: { image: w }')).name, 'shop-api');
  });

  it('lists the top-level volumes and ignores version and x- keys', () => {
    const project = parse(
      lines(
        'version: "3.9"',
        'x-anchors: &a { image: w }',
        'services:',
        '  web: *a',
        'volumes:',
        '  data:',
        '  logs: {}',
      ),
    );
    assert.deepEqual(project.volumes, ['data', 'logs']);
    assert.equal(project.services[0]?.image, 'w');
    assert.deepEqual(project.warnings, []);
  });

  it('merges anchors with <<, explicit keys winning', () => {
    const project = parse(
      lines(
        'x-base: &base',
        '  image: base',
        '  environment: { A: base }',
        'services:',
        '  api:',
        '    <<: *base',
        '    environment: { B: mine }',
      ),
    );
    assert.equal(project.services[0]?.image, 'base');
    assert.deepEqual(project.services[0]?.environment, { B: 'mine' });
  });

  it('reads the file from disk', async () => {
    const { file: at } = folder({ 'compose.yml': lines('services:', '  web: { image: w }') });
    const project = await loadComposeFile(at, { env: {} });
    assert.deepEqual(
      project.services.map((service) => service.image),
      ['w'],
    );
  });

  it('names a compose file that does not exist', async () => {
    await assert.rejects(loadComposeFile(join(root, 'missing.yml')), {
      name: 'ConfigurationError',
      message: `compose file ${join(root, 'missing.yml')} does not exist`,
    });
  });
});

describe('compose loader: errors name the file, the line and the key', () => {
  const svc = (...body: string[]) => lines('services:', '  api:', ...body.map((line) => `    ${line}`));
  const cases: Array<[string, string, number, string]> = [
    [
      'a port that is not a port',
      svc('image: x', 'ports:', '  - "8080"', '  - abc'),
      6,
      'services.api.ports[1]: "abc" is not a port; write "8080", "8080:80" or "127.0.0.1:8080:80"',
    ],
    [
      'a port out of range',
      svc('image: x', 'ports: ["70000:80"]'),
      4,
      'services.api.ports[0]: "70000:80" is not a port; write "8080", "8080:80" or "127.0.0.1:8080:80"',
    ],
    [
      'a port protocol',
      svc('image: x', 'ports: ["80/sctp"]'),
      4,
      'services.api.ports[0]: protocol "sctp" is not supported; use tcp or udp',
    ],
    [
      'ranges of different lengths',
      svc('image: x', 'ports: ["8000-8002:80"]'),
      4,
      'services.api.ports[0]: "8000-8002:80" maps 3 host ports to 1 container ports; the ranges must be the same length',
    ],
    [
      'a long-form port without target',
      svc('image: x', 'ports:', '  - published: 80'),
      5,
      'services.api.ports[0]: the long form needs "target" (the container port)',
    ],
    ['ports not a list', svc('image: x', 'ports: 8080'), 4, 'services.api.ports: expected a list, got 8080'],
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
    ['no services', lines('name: x'), 1, 'services: the file needs "services:" with at least one service'],
    ['empty services', lines('name: x', 'services: {}'), 2, 'services: declare at least one service'],
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
      'a bad duration',
      svc('image: x', 'healthcheck:', '  test: "true"', '  interval: soon'),
      6,
      'services.api.healthcheck.interval: "soon" is not a duration; write e.g. "30s", "1m30s", "500ms", "2h" or a number of seconds',
    ],
    [
      'a bad retries',
      svc('image: x', 'healthcheck:', '  test: "true"', '  retries: many'),
      6,
      'services.api.healthcheck.retries: expected a whole number, got "many"',
    ],
    [
      'a bad healthcheck list',
      svc('image: x', 'healthcheck:', '  test: [curl, -f, x]'),
      5,
      'services.api.healthcheck.test: a list must start with "CMD", "CMD-SHELL" or "NONE", e.g. ["CMD", "pg_isready"]',
    ],
    [
      'a CMD without command',
      svc('image: x', 'healthcheck: { test: [CMD] }'),
      4,
      'services.api.healthcheck.test: "CMD" needs a command after it',
    ],
    [
      'an undeclared named volume',
      svc('image: x', 'volumes:', '  - cache:/cache'),
      5,
      'services.api.volumes[0]: volume "cache" is not declared under the top-level "volumes:"; add "cache:" there, or write "./cache" to mount a folder',
    ],
    [
      'an anonymous volume',
      svc('image: x', 'volumes: [/data]'),
      4,
      'services.api.volumes[0]: "/data" is an anonymous volume, which inception does not create; name it ("data:/data" with "data" declared under the top-level volumes:) or use tmpfs',
    ],
    [
      'a relative container path',
      svc('image: x', 'volumes: ["./a:data"]'),
      4,
      'services.api.volumes[0]: the container path "data" must be absolute',
    ],
    [
      'a volume option',
      svc('image: x', 'volumes: ["./a:/a:exec"]'),
      4,
      'services.api.volumes[0]: volume option "exec" is not supported; use ro or rw',
    ],
    [
      'a long volume type',
      svc('image: x', 'volumes:', '  - { type: npipe, source: a, target: /a }'),
      5,
      'services.api.volumes[0].type: type "npipe" is not supported; use volume, bind or tmpfs',
    ],
    [
      'a bind with a volume name',
      svc('image: x', 'volumes:', '  - { type: bind, source: data, target: /a }'),
      5,
      'services.api.volumes[0].source: "data" does not fit type bind; give a host path ("./dir" or "/abs")',
    ],
    [
      'a bad memory',
      svc('image: x', 'deploy:', '  resources:', '    limits:', '      memory: lots'),
      7,
      'services.api.deploy.resources.limits.memory: "lots" is not a size; write e.g. "512m", "1g" or a number of bytes',
    ],
    [
      'bad cpus',
      svc('image: x', 'deploy: { resources: { limits: { cpus: half } } }'),
      4,
      'services.api.deploy.resources.limits.cpus: "half" is not a number of CPUs; write e.g. "0.5" or 2',
    ],
    [
      'an unterminated quote in a command',
      svc('image: x', `command: echo "hi`),
      4,
      'services.api.command: unterminated " quote in "echo \\"hi"',
    ],
    [
      'a tmpfs that is not absolute',
      svc('image: x', 'tmpfs: [run]'),
      4,
      'services.api.tmpfs[0]: "run" must be an absolute path',
    ],
    [
      'a remote build context',
      svc('build: https://github.com/org/repo.git'),
      3,
      'services.api.build: a remote build context ("https://github.com/org/repo.git") is not supported; clone it and point "context" at the folder',
    ],
    [
      'an unknown dependency condition',
      lines(
        'services:',
        '  db: { image: d }',
        '  api:',
        '    image: x',
        '    depends_on:',
        '      db: { condition: service_ready }',
      ),
      6,
      'services.api.depends_on.db.condition: unknown condition "service_ready"; use service_started, service_healthy, service_completed_successfully',
    ],
    [
      'a dependency on an unknown service',
      svc('image: x', 'depends_on:', '  - db'),
      5,
      'services.api.depends_on[0]: service "api" depends on "db", which is not a service of this file; services: api',
    ],
    [
      'service_healthy without a healthcheck',
      lines(
        'services:',
        '  db: { image: d }',
        '  api:',
        '    image: x',
        '    depends_on:',
        '      db: { condition: service_healthy }',
      ),
      6,
      'services.api.depends_on.db: service "api" waits for "db" to be healthy, but "db" has no healthcheck; add a healthcheck to "db", or use condition service_started and give "db" an x-inception wait (http, tcp, log, ...)',
    ],
    [
      'service_healthy on a disabled healthcheck',
      lines(
        'services:',
        '  db: { image: d, healthcheck: { disable: true } }',
        '  api:',
        '    image: x',
        '    depends_on: { db: { condition: service_healthy } }',
      ),
      5,
      'services.api.depends_on.db: service "api" waits for "db" to be healthy, but "db" has no healthcheck; add a healthcheck to "db", or use condition service_started and give "db" an x-inception wait (http, tcp, log, ...)',
    ],
    [
      'a dependency cycle',
      lines(
        'services:',
        '  a:',
        '    image: x',
        '    depends_on: [b]',
        '  b:',
        '    image: x',
        '    depends_on: [c]',
        '  c:',
        '    image: x',
        '    depends_on: [a]',
      ),
      4,
      'services.a.depends_on: dependency cycle a -> b -> c -> a; remove one of these dependencies',
    ],
    [
      'a service depending on itself',
      svc('image: x', 'depends_on: [api]'),
      4,
      'services.api.depends_on: dependency cycle api -> api; remove one of these dependencies',
    ],
    [
      'an unknown x-inception key',
      svc('image: x', 'x-inception:', '  wiat: { tcp: 1 }'),
      5,
      'services.api.x-inception.wiat: unknown key "wiat"; x-inception takes wait and timeout',
    ],
    [
      'an unknown wait strategy',
      svc('image: x', 'x-inception:', '  wait:', '    ready: true'),
      6,
      'services.api.x-inception.wait.ready: unknown wait strategy "ready"; use one of http, tcp, log, exit, running, healthy, started',
    ],
    [
      'a bad wait regex',
      svc('image: x', 'x-inception:', '  wait:', '    log: "(["'),
      6,
      'services.api.x-inception.wait.log: "([" is not a valid regular expression (Invalid regular expression: /([/: Unterminated character class)',
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
    ['a file that is not a mapping', lines('- a', '- b'), 1, 'expected a mapping with "services:"'],
  ];
  for (const [name, text, line, message] of cases) {
    it(`reports ${name} at line ${line}`, () => {
      const expected = message.startsWith('expected')
        ? `${file}:${line}: ${message}`
        : `${file}:${line}: ${message}`;
      assertFails(text, expected);
    });
  }

  const syntax: Array<[string, string, number, string]> = [
    [
      'bad indentation',
      lines('services:', '  api:', '    image: x', '   ports: []'),
      4,
      'YAML syntax error: ',
    ],
    [
      'an unclosed flow list',
      lines('services:', '  api:', '    image: x', '    ports: [80', 'x: 1'),
      5,
      'YAML syntax error: ',
    ],
    [
      'a duplicate key',
      lines('services:', '  api:', '    image: x', '    image: y'),
      4,
      'YAML syntax error: Map keys must be unique',
    ],
    ['a tab', lines('services:', '\tapi: {}'), 2, 'YAML syntax error: '],
  ];
  for (const [name, text, line, prefix] of syntax) {
    it(`reports YAML syntax: ${name} at line ${line}`, () => {
      assert.throws(
        () => parse(text),
        (error: Error) =>
          error instanceof ConfigurationError && error.message.startsWith(`${file}:${line}: ${prefix}`),
      );
    });
  }
});

describe('compose loader: warnings', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'unsupported service keys',
      lines('services:', '  api:', '    image: x', '    cap_add: [NET_ADMIN]', '    privileged: true'),
      [
        `${file}:4: service "api": key "cap_add" is not supported by inception and is ignored`,
        `${file}:5: service "api": key "privileged" is not supported by inception and is ignored`,
      ],
    ],
    [
      'container_name and restart',
      lines('services:', '  api:', '    image: x', '    container_name: fixed', '    restart: always'),
      [
        `${file}:4: service "api": container_name is ignored; inception names containers per environment so two environments never collide`,
        `${file}:5: service "api": restart is ignored; a service that stops fails the environment instead of being restarted`,
      ],
    ],
    [
      'unsupported top-level keys',
      lines('services:', '  api: { image: x }', 'secrets:', '  token: { file: ./t }', 'configs: {}'),
      [
        `${file}:3: key "secrets" is not supported by inception and is ignored`,
        `${file}:5: key "configs" is not supported by inception and is ignored`,
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
        `${file}:6: service "api": key "deploy.replicas" is not supported by inception and is ignored`,
        `${file}:7: service "api": key "deploy.resources.reservations" is not supported by inception and is ignored`,
        `${file}:7: service "api": key "deploy.resources.limits.pids" is not supported by inception and is ignored`,
      ],
    ],
    [
      'named networks',
      lines(
        'services:',
        '  api:',
        '    image: x',
        '    networks:',
        '      backend:',
        '        aliases: [api.internal]',
        '  web:',
        '    image: x',
        '    networks: [default, front]',
        'networks:',
        '  backend: {}',
        '  front: { driver: bridge }',
        '  default: { driver: bridge }',
      ),
      [
        `${file}:5: service "api": network "backend" is ignored; every service joins the one environment network`,
        `${file}:9: service "web": network "front" is ignored; every service joins the one environment network`,
        `${file}:11: network "backend" is ignored; every service joins the one environment network`,
        `${file}:12: network "front" is ignored; every service joins the one environment network`,
        `${file}:13: the settings of network "default" are ignored; inception creates its own network per environment`,
      ].sort(),
    ],
    [
      'settings of top-level volumes',
      lines('services:', '  api: { image: x }', 'volumes:', '  data:', '    external: true'),
      [`${file}:5: key "volumes.data.external" is not supported by inception and is ignored`],
    ],
    [
      'an unset variable',
      lines('services:', '  api:', '    image: "app:${TAG}"'),
      [`${file}:3: variable TAG is not set; using an empty string (give a default with \${TAG:-value})`],
    ],
  ];
  for (const [name, text, warnings] of cases) {
    it(`warns about ${name}`, () => {
      assert.deepEqual([...parse(text).warnings].sort(), [...warnings].sort());
    });
  }

  it('keeps the aliases of a named network', () => {
    const project = parse(
      lines('services:', '  api:', '    image: x', '    networks: { backend: { aliases: [api.internal] } }'),
    );
    assert.deepEqual(project.services[0]?.aliases, ['api.internal']);
  });
});

describe('compose loader: variable interpolation', () => {
  const cases: Array<[string, string, Record<string, string>, string]> = [
    ['braced', '${TAG}', { TAG: '1.2' }, '1.2'],
    ['bare', 'v$TAG-x', { TAG: '1.2' }, 'v1.2-x'],
    ['default when unset', '${TAG:-latest}', {}, 'latest'],
    ['default when empty', '${TAG:-latest}', { TAG: '' }, 'latest'],
    ['dash default only when unset', '${TAG-latest}', { TAG: '' }, ''],
    ['dash default when unset', '${TAG-latest}', {}, 'latest'],
    ['set value wins over default', '${TAG:-latest}', { TAG: '2' }, '2'],
    ['nested default', '${TAG:-${FALLBACK}}', { FALLBACK: 'fb' }, 'fb'],
    ['replacement when set', '${TAG:+set}', { TAG: 'x' }, 'set'],
    ['replacement when unset', '${TAG:+set}', {}, ''],
    ['escaped dollar', 'cost $$5 and $${TAG}', { TAG: 'x' }, 'cost $5 and ${TAG}'],
    ['required when set', '${TAG:?give a tag}', { TAG: 'ok' }, 'ok'],
    ['several', '${A}-${B:-b}-$C', { A: 'a', C: 'c' }, 'a-b-c'],
  ];
  for (const [name, template, env, expected] of cases) {
    it(`interpolates ${name}`, () => {
      const spec = api(['image: x', `environment: { V: ${JSON.stringify(template)} }`], [], { env });
      assert.equal(spec.environment.V, expected);
    });
  }

  it('interpolates numbers and durations too', () => {
    const spec = api(
      ['image: x', 'ports: ["${PORT}:80"]', 'healthcheck: { test: "true", retries: "${RETRIES:-3}" }'],
      [],
      {
        env: { PORT: '8080' },
      },
    );
    assert.deepEqual(spec.ports, [{ containerPort: 80, hostPort: 8080, protocol: 'tcp' }]);
    assert.equal(spec.healthcheck?.retries, 3);
  });

  const errors: Array<[string, string, string]> = [
    [
      'a required variable',
      '${TAG:?set TAG to the release}',
      'required variable TAG is missing a value: set TAG to the release',
    ],
    ['a required variable without message', '${TAG?}', 'required variable TAG is missing a value'],
    [
      'a lone dollar',
      'cost $5',
      'invalid "$" in "cost $5"; write "$$" for a literal "$", or ${NAME} for a variable',
    ],
    ['an unterminated brace', '${TAG', 'unterminated "${" in "${TAG"'],
    ['a bad operator', '${TAG/x}', '"${TAG/x}" is not a valid substitution; use ${TAG:-default}'],
  ];
  for (const [name, template, message] of errors) {
    it(`fails on ${name}, naming the line`, () => {
      assertFails(
        lines('services:', '  api:', '    image: x', `    command: ${JSON.stringify(template)}`),
        `${file}:4: services.api.command: ${message}`,
      );
    });
  }

  it('reads .env next to the file; the given variables win', () => {
    const { file: at } = folder({
      '.env': lines('# defaults', 'TAG=from-dotenv', 'OTHER="quoted value"', ''),
    });
    const text = lines(
      'services:',
      '  api:',
      '    image: "app:${TAG}"',
      '    environment: { O: "${OTHER}" }',
    );
    const fromFile = parse(text, { env: {} }, at).services[0];
    assert.equal(fromFile?.image, 'app:from-dotenv');
    assert.equal(fromFile?.environment.O, 'quoted value');
    assert.equal(parse(text, { env: { TAG: 'from-env' } }, at).services[0]?.image, 'app:from-env');
  });

  it('uses process.env when no variables are given', () => {
    process.env.INCEPTION_TEST_TAG = 'from-process';
    try {
      const project = parseComposeText(
        lines('services:', '  api: { image: "app:${INCEPTION_TEST_TAG}" }'),
        file,
      );
      assert.equal(project.services[0]?.image, 'app:from-process');
    } finally {
      delete process.env.INCEPTION_TEST_TAG;
    }
  });
});

describe('compose loader: env_file', () => {
  const envText = lines(
    '# a comment',
    '',
    'PLAIN=value',
    'export EXPORTED=yes',
    'SPACED = around ',
    'DOUBLE="line\\nbreak # not a comment"',
    "SINGLE='raw \\n $x'",
    'INLINE=kept # dropped',
    'EMPTY=',
    'FROM_ENV',
    'OVERRIDDEN=file',
  );
  it('reads KEY=VAL lines, comments and blank lines; environment wins', () => {
    const { dir: at, file: compose } = folder({ 'app.env': envText, 'second.env': 'PLAIN=second\n' });
    const text = lines(
      'services:',
      '  api:',
      '    image: x',
      '    env_file: [app.env, ./second.env]',
      '    environment: { OVERRIDDEN: compose }',
    );
    const spec = parse(text, { env: { FROM_ENV: 'shell' } }, compose).services[0];
    assert.ok(at);
    assert.deepEqual(spec?.environment, {
      PLAIN: 'second',
      EXPORTED: 'yes',
      SPACED: 'around',
      DOUBLE: 'line\nbreak # not a comment',
      SINGLE: 'raw \\n $x',
      INLINE: 'kept',
      EMPTY: '',
      FROM_ENV: 'shell',
      OVERRIDDEN: 'compose',
    });
  });

  it('accepts a single file and the long form with required: false', () => {
    const { file: compose } = folder({ 'a.env': 'A=1\n' });
    const single = parse(lines('services:', '  api: { image: x, env_file: a.env }'), {}, compose).services[0];
    assert.deepEqual(single?.environment, { A: '1' });
    const optional = parse(
      lines(
        'services:',
        '  api:',
        '    image: x',
        '    env_file:',
        '      - { path: a.env }',
        '      - { path: missing.env, required: false }',
      ),
      {},
      compose,
    ).services[0];
    assert.deepEqual(optional?.environment, { A: '1' });
  });

  it('names a missing env file', () => {
    const { dir: at, file: compose } = folder();
    assertFails(
      lines('services:', '  api:', '    image: x', '    env_file:', '      - missing.env'),
      `${compose}:5: services.api.env_file[0]: env file ${join(at, 'missing.env')} does not exist`,
      {},
      compose,
    );
  });

  it('names the line of a malformed env file', () => {
    const { dir: at, file: compose } = folder({ 'bad.env': lines('A=1', 'not valid line') });
    assertFails(
      lines('services:', '  api: { image: x, env_file: bad.env }'),
      `${join(at, 'bad.env')}:2: "not valid line" is not KEY=value`,
      {},
      compose,
    );
  });
});

describe('compose loader: profiles', () => {
  const text = lines(
    'services:',
    '  api:',
    '    image: x',
    '  debug:',
    '    image: x',
    '    profiles: [debug, tools]',
    '  mock:',
    '    image: x',
    '    profiles: [mocks]',
  );
  const cases: Array<[string, string[] | undefined, string[]]> = [
    ['no profile', undefined, ['api']],
    ['one profile', ['debug'], ['api', 'debug']],
    ['the second profile of a service', ['tools'], ['api', 'debug']],
    ['two profiles', ['tools', 'mocks'], ['api', 'debug', 'mock']],
    ['every profile', ['*'], ['api', 'debug', 'mock']],
    ['an unused profile', ['other'], ['api']],
  ];
  for (const [name, profiles, expected] of cases) {
    it(`enables services with ${name}`, () => {
      const project = parse(text, profiles ? { profiles } : {});
      assert.deepEqual(
        project.services.map((service) => service.name),
        expected,
      );
    });
  }

  it('keeps the profiles of a service', () => {
    assert.deepEqual(parse(text, { profiles: ['debug'] }).services[1]?.profiles, ['debug', 'tools']);
  });

  it('fails when an enabled service depends on a disabled one', () => {
    const withDependency = lines(
      'services:',
      '  api:',
      '    image: x',
      '    depends_on: [mock]',
      '  mock:',
      '    image: x',
      '    profiles: [mocks, dev]',
    );
    assertFails(
      withDependency,
      `${file}:4: services.api.depends_on[0]: service "api" depends on "mock", which is only enabled with profile mocks or dev; activate one of them or remove the dependency`,
    );
    assert.equal(parse(withDependency, { profiles: ['dev'] }).services.length, 2);
  });

  it('fails when no service is enabled', () => {
    assertFails(
      lines('services:', '  mock:', '    image: x', '    profiles: [mocks]'),
      `${file}:1: services: no service is enabled; every service is in a profile, activate one of mocks`,
    );
  });
});
