import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type Docker from 'dockerode';
import { collectDockerDiagnostics } from '../../src/diagnostics/docker/collector.js';
import type { DockerDiagnostics } from '../../src/diagnostics/model.js';
import { removeEnvironment } from '../../src/docker/environment/cleanup/cleanup.js';
import { LABEL_ENVIRONMENT, LABEL_MANAGED, LABEL_SERVICE } from '../../src/shared/identity/labels.js';
import { silentLogger } from '../../src/log.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { docker } from '../support/docker.js';

const IMAGE = 'debian:bookworm-slim';
const suffix = randomBytes(4).toString('hex');
const environment = `diag-it-${suffix}`;
const otherEnvironment = `diag-other-${suffix}`;
const name = (service: string): string => `${environment}-${service}`;

function labels(env: string, service: string): Record<string, string> {
  return { [LABEL_MANAGED]: 'true', [LABEL_ENVIRONMENT]: env, [LABEL_SERVICE]: service };
}

async function run(
  env: string,
  service: string,
  cmd: string,
  extra: Partial<Docker.ContainerCreateOptions> = {},
): Promise<Docker.Container> {
  const container = await docker.createContainer({
    name: `${env}-${service}`,
    Image: IMAGE,
    Cmd: ['sh', '-c', cmd],
    Labels: labels(env, service),
    HostConfig: { NetworkMode: env },
    ...extra,
  });
  await container.start();
  return container;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const health = async (container: Docker.Container): Promise<string | undefined> =>
  (await container.inspect()).State.Health?.Status;

describe('collectDockerDiagnostics against the engine', () => {
  let outDir: string;
  let result: DockerDiagnostics;
  const logger = new MemoryLogger();
  const read = (relative: string): Promise<string> => readFile(path.join(outDir, relative), 'utf8');

  before(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'diagnostics-docker-'));
    for (const env of [environment, otherEnvironment]) {
      await docker.createNetwork({
        Name: env,
        Labels: { [LABEL_MANAGED]: 'true', [LABEL_ENVIRONMENT]: env },
      });
    }
    const failing = await run(
      environment,
      'api',
      'echo starting; sleep 0.2; echo "oops: no database" >&2; sleep 0.2; echo line3; exit 3',
    );
    await failing.wait();
    await run(environment, 'cache', 'sleep 300', {
      Healthcheck: { Test: ['CMD-SHELL', 'echo probe-failed; exit 1'], Interval: 1e9, Retries: 1 },
    });
    const healthy = await run(environment, 'db', 'sleep 300', {
      Healthcheck: { Test: ['CMD-SHELL', 'exit 0'], Interval: 1e9, Retries: 1 },
    });
    const tty = await run(environment, 'console', 'echo tty-line; echo second', { Tty: true });
    await tty.wait();
    await (await run(otherEnvironment, 'api', 'echo other-environment; exit 5')).wait();
    await waitFor(
      'cache to turn unhealthy',
      async () => (await health(docker.getContainer(name('cache')))) === 'unhealthy',
    );
    await waitFor('db to turn healthy', async () => (await health(healthy)) === 'healthy');
    result = await collectDockerDiagnostics({ docker, environment, outDir, logger });
  });

  after(async () => {
    await removeEnvironment(docker, environment, silentLogger);
    await removeEnvironment(docker, otherEnvironment, silentLogger);
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  test('writes the failing container log with timestamps and stream names', async () => {
    const log = await read(`containers/${name('api')}/log.txt`);
    const lines = log.trimEnd().split('\n');
    assert.equal(lines.length, 3, log);
    assert.match(lines[0] as string, /^\d{4}-\d\d-\d\dT[\d:.]+Z stdout starting$/);
    assert.match(lines[1] as string, /^\S+ stderr oops: no database$/);
    assert.match(lines[2] as string, /^\S+ stdout line3$/);
  });

  test('reads TTY logs, which are not multiplexed', async () => {
    const log = await read(`containers/${name('console')}/log.txt`);
    assert.match(log, /^\S+Z tty-line\n\S+Z second\n$/);
  });

  test('writes inspect.json and a state.txt with the exit code', async () => {
    const inspect = JSON.parse(
      await read(`containers/${name('api')}/inspect.json`),
    ) as Docker.ContainerInspectInfo;
    assert.equal(inspect.Name, `/${name('api')}`);
    assert.equal(inspect.State.ExitCode, 3);
    const state = await read(`containers/${name('api')}/state.txt`);
    assert.match(state, /^status: exited$/m);
    assert.match(state, /^exit code: 3$/m);
    assert.match(state, /^failure: exited with 3 at /m);
  });

  test('state.txt of the unhealthy container holds the health-check log with outputs', async () => {
    const state = await read(`containers/${name('cache')}/state.txt`);
    assert.match(state, /^health: unhealthy/m);
    assert.match(state, /health checks/);
    assert.match(state, /exit 1\n\s+probe-failed/);
  });

  test('events.txt holds the die event of the failing container', async () => {
    const events = await read('events.txt');
    const die = events.split('\n').find((line) => / container die /.test(line) && line.includes(name('api')));
    assert.ok(die, events);
    assert.match(die, /^\d{4}-\d\d-\d\dT[\d:]+\.\d{9}Z container die \S+ .*exitCode=3/);
    assert.match(events, /network create /);
  });

  test('index.md names the exit-3 container as the first failure and orders by failure', async () => {
    const index = await read('index.md');
    assert.match(index, new RegExp(`First failure: ${name('api')} \\(api\\) — exited with 3 at \\d{4}-`));
    assert.deepEqual(
      result.containers.map((container) => container.service),
      ['api', 'cache', 'console', 'db'],
    );
    assert.equal(result.firstFailure?.name, name('api'));
    assert.equal(result.containers[1]?.state.failure?.kind, 'unhealthy');
    assert.equal(result.containers[2]?.state.failure, undefined);
    const json = JSON.parse(await read('index.json')) as DockerDiagnostics;
    assert.equal(json.firstFailure?.name, name('api'));
  });

  test('the timeline holds each container from its events: the failed one ends in its exit', () => {
    const api = result.timeline.find((lane) => lane.name === 'api');
    assert.deepEqual(
      api?.bars.map((bar) => [bar.label, bar.failed]),
      [
        ['created', false],
        ['running', false],
        ['exited 3', true],
      ],
    );
    assert.equal(api?.log, `containers/${name('api')}/log.txt`);
    const cache = result.timeline.find((lane) => lane.name === 'cache');
    assert.deepEqual(
      cache?.bars.map((bar) => bar.label),
      ['created', 'starting', 'unhealthy'],
    );
  });

  test('returns the last log lines for the summary', () => {
    assert.deepEqual(result.containers[0]?.lastLines, ['starting', 'oops: no database', 'line3']);
  });

  test('writes networks.json and engine.json', async () => {
    const networks = JSON.parse(await read('networks.json')) as Docker.NetworkInspectInfo[];
    assert.deepEqual(
      networks.map((network) => network.Name),
      [environment],
    );
    const engine = JSON.parse(await read('engine.json')) as { version: { ApiVersion: string } };
    assert.ok(engine.version.ApiVersion);
  });

  test('leaves out containers of other environments and records no errors', async () => {
    const dirs = await readdir(path.join(outDir, 'containers'));
    assert.deepEqual(dirs.sort(), ['api', 'cache', 'console', 'db'].map(name).sort());
    assert.doesNotMatch(await read('index.md'), new RegExp(otherEnvironment));
    assert.doesNotMatch(await read('events.txt'), new RegExp(otherEnvironment));
    assert.deepEqual(result.errors, []);
    assert.doesNotMatch(logger.text(), /warning/);
  });

  test('a container that disappears is a warning and a line in the index, not an error', async () => {
    const ghostDir = await mkdtemp(path.join(os.tmpdir(), 'diagnostics-ghost-'));
    const ghostLogger = new MemoryLogger();
    const flaky = Object.create(docker) as Docker;
    flaky.getContainer = (id: string) => {
      const container = docker.getContainer(id);
      if (id !== result.firstFailure?.id) return container;
      container.inspect = () => Promise.reject(new Error('no such container'));
      return container;
    };
    try {
      const ghost = await collectDockerDiagnostics({
        docker: flaky,
        environment,
        outDir: ghostDir,
        logger: ghostLogger,
      });
      assert.equal(ghost.containers.length, 4);
      assert.match(ghostLogger.text(), /warning: diagnostics: .*api: inspect.json: no such container/);
      assert.match(
        await readFile(path.join(ghostDir, 'index.md'), 'utf8'),
        /## Not collected\n\n- .*api: inspect.json/,
      );
    } finally {
      await rm(ghostDir, { recursive: true, force: true });
    }
  });
});
