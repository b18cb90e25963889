import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { loadComposeFile } from '../../src/config/compose/loader.js';
import { removeEnvironment } from '../../src/docker/environment/cleanup/cleanup.js';
import { upEnvironment } from '../../src/docker/environment/up.js';
import { labelFilter } from '../../src/shared/identity/labels.js';
import { probeHttp } from '../../src/docker/environment/readiness/probes.js';
import { ServiceStartError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { BASE_IMAGE, docker, EnvironmentNames, perlHttpServer, writeCompose } from '../support/docker.js';

const names = new EnvironmentNames();
after(() => names.removeAll());

const yamlList = (words: string[]) => JSON.stringify(words);

async function up(composeText: string, name = names.next()) {
  const project = await loadComposeFile(writeCompose(composeText));
  const logger = new MemoryLogger();
  const info = await upEnvironment({ docker, project, name, logger });
  return { info, logger, name };
}

describe('environments from a compose file', () => {
  test('two environments from one file run side by side, each on its own network with dynamic ports', async () => {
    const file = writeCompose(`
services:
  web:
    image: ${BASE_IMAGE}
    command: ${yamlList(perlHttpServer(8080, 'hello'))}
    ports: ["8080"]
    x-inception:
      wait: { http: { port: 8080, path: /, body: hello } }
      timeout: 30s
  sidecar:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
`);
    const project = await loadComposeFile(file);
    const [first, second] = await Promise.all(
      [names.next(), names.next()].map((name) =>
        upEnvironment({ docker, project, name, logger: silentLogger }),
      ),
    );
    assert.notEqual(first!.network, second!.network);
    assert.notEqual(first!.services.web!.container, second!.services.web!.container);
    const firstPort = first!.services.web!.hostPorts['8080/tcp'];
    const secondPort = second!.services.web!.hostPorts['8080/tcp'];
    assert.ok(firstPort && secondPort && firstPort !== secondPort, 'each environment gets its own host port');
    for (const info of [first!, second!]) {
      assert.match(info.services.web!.url!, /^http:\/\/127\.0\.0\.1:\d+$/);
      const answer = await probeHttp(
        { host: '127.0.0.1', port: info.services.web!.hostPorts['8080/tcp']! },
        '/',
        'http',
      );
      assert.equal(answer?.status, 200);
      assert.equal(info.services.web!.internalUrl, 'http://web:8080');
    }
    // Services resolve each other by name on their own network only.
    const sidecar = docker.getContainer(first!.services.sidecar!.containerId);
    const exec = await sidecar.exec({
      Cmd: ['getent', 'hosts', 'web'],
      AttachStdout: true,
      AttachStderr: true,
    });
    const stream = await exec.start({});
    const output = await new Promise<string>((resolve) => {
      let text = '';
      stream.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
      stream.on('end', () => resolve(text));
    });
    assert.ok(
      output.includes(first!.services.web!.ip),
      `web resolves to ${first!.services.web!.ip}: ${output}`,
    );
  });

  test('a health-check chain starts dependents only when their dependency is healthy', async () => {
    const { info, logger } = await up(`
services:
  db:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "sleep 2; touch /tmp/ready; echo db up; sleep infinity"]
    healthcheck: { test: ["CMD", "test", "-f", "/tmp/ready"], interval: 500ms, retries: 20 }
  cache:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "sleep 1; touch /tmp/ready; sleep infinity"]
    healthcheck: { test: "test -f /tmp/ready", interval: 500ms, retries: 20 }
    depends_on: { db: { condition: service_healthy } }
  app:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    depends_on: { cache: { condition: service_healthy } }
`);
    const started = async (service: string) =>
      Date.parse((await docker.getContainer(info.services[service]!.containerId).inspect()).State.StartedAt);
    const db = await docker.getContainer(info.services.db!.containerId).inspect();
    const dbHealthyAt = Date.parse(db.State.Health!.Log!.find((entry) => entry.ExitCode === 0)!.End);
    assert.ok((await started('cache')) >= dbHealthyAt - 50, 'cache starts after db is healthy');
    assert.ok(
      (await started('app')) - (await started('cache')) >= 900,
      'app waits for cache to turn healthy',
    );
    assert.match(logger.text(), /app: ready/);
  });

  test('a one-shot migration completes before the service that needs it starts', async () => {
    const { info } = await up(`
volumes:
  data: {}
services:
  migrate:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "sleep 1; echo v1 > /data/schema; echo migration applied"]
    volumes: ["data:/data"]
  app:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "test -f /data/schema || { echo no schema; exit 1; }; sleep infinity"]
    volumes: ["data:/data"]
    depends_on: { migrate: { condition: service_completed_successfully } }
    x-inception: { wait: { running: 2s } }
`);
    const migrate = await docker.getContainer(info.services.migrate!.containerId).inspect();
    assert.equal(migrate.State.ExitCode, 0);
    const app = await docker.getContainer(info.services.app!.containerId).inspect();
    assert.equal(app.State.Running, true);
  });

  test('log, tcp and exit waits', async () => {
    const { info, logger } = await up(`
services:
  logger:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "for i in 1 2 3; do echo tick $$i; sleep 0.3; done; echo ready now; sleep infinity"]
    x-inception: { wait: { log: { pattern: "tick \\\\d", times: 3 } } }
  tcp:
    image: ${BASE_IMAGE}
    command: ${yamlList(perlHttpServer(9000, 'x', 1))}
    expose: [9000]
    x-inception: { wait: { tcp: 9000 } }
  job:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "sleep 1; exit 0"]
    x-inception: { wait: { exit: 0 } }
`);
    assert.ok(info.services.tcp!.ip, 'unpublished port waited on via the network IP');
    assert.match(logger.text(), /logger: ready/);
    assert.match(logger.text(), /job: ready/);
  });

  test('a service that crashes at start fails at once, with its last log lines in the error', async () => {
    const started = Date.now();
    await assert.rejects(
      up(`
services:
  crasher:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "echo 'crasher: loading config'; echo 'crasher: fatal: cannot open /etc/crasher.conf' >&2; exit 1"]
    x-inception: { wait: { http: 8080 }, timeout: 60s }
`),
      (error: unknown) => {
        assert.ok(error instanceof ServiceStartError);
        assert.equal(error.service, 'crasher');
        assert.match(error.message, /exited with code 1/);
        assert.match(error.message, /fatal: cannot open \/etc\/crasher.conf/);
        return true;
      },
    );
    assert.ok(Date.now() - started < 20_000, 'fails long before its 60s deadline');
  });

  test('a service that is not ready by its deadline fails, naming the wait and the deadline', async () => {
    await assert.rejects(
      up(`
services:
  slow:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "echo still booting; sleep infinity"]
    x-inception: { wait: { log: never-printed }, timeout: 2s }
`),
      /service "slow" was not ready within 2s: waited for log line \/never-printed\/[\s\S]*still booting/,
    );
  });

  test("waiting for a dependency counts against the dependent's one deadline, measured from the start", async () => {
    const started = Date.now();
    const failure = await up(`
services:
  db:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "sleep 20; touch /tmp/ready; sleep infinity"]
    healthcheck: { test: ["CMD", "test", "-f", "/tmp/ready"], interval: 300ms, retries: 100 }
    x-inception: { timeout: 60s }
  app:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    depends_on: { db: { condition: service_healthy } }
    x-inception: { timeout: 3s }
`).then(
      () => assert.fail('app must miss its deadline'),
      (error: unknown) => error,
    );
    const elapsed = Date.now() - started;
    assert.ok(failure instanceof ServiceStartError, String(failure));
    assert.equal(failure.service, 'app');
    assert.match(
      failure.message,
      /service "app" was not ready within 3s: its deadline passed while it waited for "db" to turn healthy/,
    );
    // At its own deadline (plus the time to set up on a loaded machine), long before db's 20 s, after
    // which it used to get a second full 3 s.
    assert.ok(elapsed >= 3000 && elapsed < 15_000, `failed after ${elapsed}ms`);
  });

  test('a dependent that started late has only what is left of its deadline for its own wait', async () => {
    const started = Date.now();
    await assert.rejects(
      up(`
services:
  db:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "sleep 2; touch /tmp/ready; sleep infinity"]
    healthcheck: { test: ["CMD", "test", "-f", "/tmp/ready"], interval: 300ms, retries: 100 }
  app:
    image: ${BASE_IMAGE}
    command: ["bash", "-c", "sleep 12; echo app listening; sleep infinity"]
    depends_on: { db: { condition: service_healthy } }
    x-inception: { wait: { log: app listening }, timeout: 14s }
`),
      // 12 s of its own fit in 14 s, but not after the 2 s and more spent waiting for db (which has
      // 12 s of slack on a loaded machine before app would fail while still waiting for it).
      /service "app" was not ready within 14s: waited for log line \/app listening\//,
    );
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 14_000 && elapsed < 26_000, `failed after ${elapsed}ms, at app's 14 s deadline`);
  });

  test('a dependency turning unhealthy fails its dependents fast', async () => {
    await assert.rejects(
      up(`
services:
  sick:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    healthcheck: { test: ["CMD", "false"], interval: 300ms, retries: 1 }
  app:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    depends_on: { sick: { condition: service_healthy } }
`),
      /service "sick" turned unhealthy/,
    );
  });

  test('cleanup removes exactly the environment it names', async () => {
    const text = `
volumes:
  data: {}
services:
  a:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    volumes: ["data:/data"]
`;
    const keep = await up(text);
    const remove = await up(text);
    const bystander = await docker.createContainer({
      Image: BASE_IMAGE,
      Cmd: ['sleep', 'infinity'],
      name: `${remove.name}-bystander`,
    });
    try {
      const report = await removeEnvironment(docker, remove.name, silentLogger);
      assert.deepEqual(report.containers, [`${remove.name}-a`]);
      assert.deepEqual(report.networks, [remove.name]);
      assert.deepEqual(report.volumes, [`${remove.name}_data`]);
      const filters = (name: string) => JSON.stringify(labelFilter(name));
      assert.equal((await docker.listContainers({ all: true, filters: filters(remove.name) })).length, 0);
      assert.equal((await docker.listContainers({ all: true, filters: filters(keep.name) })).length, 1);
      assert.equal((await docker.listVolumes({ filters: filters(keep.name) })).Volumes.length, 1);
      assert.equal(
        (await bystander.inspect()).Name,
        `/${remove.name}-bystander`,
        'unlabelled container untouched',
      );
    } finally {
      await bystander.remove({ force: true });
    }
  });
});
