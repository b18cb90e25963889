// The Docker engine restarted while an environment is starting. The machine's engine serves everyone's
// tests, so this file starts an engine of its own (test/support/own-engine.ts), points our code at it with
// DOCKER_HOST, and restarts that one: SIGTERM to its dockerd, then start it again.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type Docker from 'dockerode';
import { loadComposeFile } from '../../src/config/compose/loader.js';
import { createDockerClient } from '../../src/docker/client.js';
import { EngineGoneError } from '../../src/docker/engine-gone.js';
import { removeEnvironment } from '../../src/docker/environment/cleanup/cleanup.js';
import { upEnvironment } from '../../src/docker/environment/up.js';
import { failureReport } from '../../src/errors.js';
import { labelFilter } from '../../src/shared/identity/labels.js';
import { BASE_IMAGE, writeCompose } from '../support/docker.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { OwnEngine } from '../support/own-engine.js';

const id = randomBytes(3).toString('hex');

async function leftOf(docker: Docker, environment: string) {
  const filters = JSON.stringify(labelFilter(environment));
  const [containers, networks, { Volumes: volumes = [] }] = await Promise.all([
    docker.listContainers({ all: true, filters }),
    docker.listNetworks({ filters }),
    docker.listVolumes({ filters }),
  ]);
  return { containers: containers.length, networks: networks.length, volumes: volumes.length };
}

describe('the Docker engine restarted while an environment starts', { timeout: 120_000 }, () => {
  let engine: OwnEngine | undefined;
  let unavailable = '';
  let abandonedDir: string;
  const savedHost = process.env.DOCKER_HOST;

  before(async () => {
    abandonedDir = await mkdtemp(path.join(os.tmpdir(), 'abandoned-'));
    try {
      engine = await OwnEngine.start();
      await engine.loadImage(BASE_IMAGE);
      process.env.DOCKER_HOST = engine.host;
    } catch (error) {
      unavailable = `a second Docker engine cannot start on this machine: ${(error as Error).message}`;
      await engine?.destroy();
      engine = undefined;
    }
  });

  after(async () => {
    if (savedHost === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = savedHost;
    await engine?.destroy();
    await rm(abandonedDir, { recursive: true, force: true });
  });

  test('the step fails saying the engine went away, and the next run removes what it left', async (t) => {
    if (!engine) return t.skip(unavailable);
    const docker = createDockerClient();
    const first = `restart-${id}-first`;
    const slow = await loadComposeFile(
      writeCompose(`
services:
  db:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    volumes: ["data:/data"]
    healthcheck: { test: ["CMD", "test", "-f", "/tmp/never"], interval: 500ms, retries: 1000 }
    x-inception: { timeout: 60s }
volumes:
  data: {}
`),
    );
    const started = Date.now();
    const failure = upEnvironment({
      docker,
      project: slow,
      name: first,
      logger: new MemoryLogger(),
      abandonedDir,
    }).then(
      () => assert.fail('the environment cannot come up: its engine restarts'),
      (error: unknown) => error,
    );
    // Restart once the service is running and being waited for.
    for (;;) {
      const running = await docker.listContainers({ filters: JSON.stringify(labelFilter(first)) });
      if (running.length > 0) break;
      assert.ok(Date.now() - started < 30_000, 'db starts');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await engine.restart();
    const error = await failure;

    assert.ok(error instanceof EngineGoneError, `an EngineGoneError, not: ${String(error)}`);
    const { message, stack } = failureReport(error);
    assert.match(
      message,
      new RegExp(`^The Docker engine at ${engine.host} went away while environment ${first} was starting: `),
    );
    assert.match(message, /the next environment started on this engine first removes what this one left/);
    assert.doesNotMatch(message, /ECONNRESET|ECONNREFUSED|socket hang up|ENOENT|EPIPE/);
    assert.equal(stack, undefined, 'told as a message alone, like an engine that is not running');
    // It could not clean up after itself: its engine was gone.
    assert.deepEqual(await leftOf(docker, first), { containers: 1, networks: 1, volumes: 1 });

    const second = `restart-${id}-second`;
    const quick = await loadComposeFile(
      writeCompose(`
services:
  web:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
`),
    );
    const logger = new MemoryLogger();
    try {
      const info = await upEnvironment({ docker, project: quick, name: second, logger, abandonedDir });
      assert.deepEqual(await leftOf(docker, first), { containers: 0, networks: 0, volumes: 0 });
      assert.match(logger.text(), new RegExp(`removed ${first}, left by a run that lost the engine`));
      assert.ok(info.services.web, 'and the next run itself comes up');
    } finally {
      await removeEnvironment(docker, second, logger);
    }
  });
});
