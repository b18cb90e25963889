import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { LABEL_ENVIRONMENT, LABEL_OWNER, LABEL_RUN_ID } from '../../src/shared/identity/labels.js';
import { parseOwner } from '../../src/shared/identity/run-identity.js';
import { ActionJob } from '../support/action-runner.js';
import { startCli, type CliProcess } from '../support/cli-process.js';
import { BASE_IMAGE, docker, EnvironmentNames, resourcesLabelled } from '../support/docker.js';

const names = new EnvironmentNames();
const foreign = `not-ours-${randomBytes(4).toString('hex')}`;
const running: CliProcess[] = [];
after(async () => {
  for (const cli of running) cli.child.kill('SIGKILL');
  await names.removeAll();
  await docker
    .getContainer(foreign)
    .remove({ force: true })
    .catch(() => undefined);
  await docker
    .getNetwork(foreign)
    .remove()
    .catch(() => undefined);
  await docker
    .getVolume(foreign)
    .remove()
    .catch(() => undefined);
});

/** An environment of one service that never becomes ready, with a volume: `up` holds it until stopped. */
function holdingConfig(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-sweep-'));
  writeFileSync(
    path.join(folder, 'compose.yml'),
    `services:\n  held:\n    image: ${BASE_IMAGE}\n    command: ['sleep', 'infinity']\n    volumes: ['data:/data']\n` +
      "    x-inception: { wait: { log: 'never printed' }, timeout: 10m }\nvolumes:\n  data: {}\n",
  );
  writeFileSync(path.join(folder, 'inception.yml'), 'compose: compose.yml\n');
  return path.join(folder, 'inception.yml');
}

/** A run holding an environment: a real `inception up` process, waiting for its service. */
async function holdEnvironment(environment: string): Promise<CliProcess> {
  const cli = startCli(['up', '--config', holdingConfig(), '--name', environment]);
  running.push(cli);
  await cli.waitFor(/held: started, waiting for/);
  return cli;
}

/** A run that was killed while it held its environment: SIGKILL leaves it no chance to clean up. */
async function killedRun(environment: string): Promise<void> {
  const cli = await holdEnvironment(environment);
  cli.child.kill('SIGKILL');
  await cli.exited;
}

const of = (environment: string) => resourcesLabelled(`${LABEL_ENVIRONMENT}=${environment}`);
const none = { containers: [], networks: [], volumes: [] };

async function createForeignResources(): Promise<void> {
  await docker.createNetwork({ Name: foreign });
  await docker.createVolume({ Name: foreign });
  await docker.createContainer({ name: foreign, Image: BASE_IMAGE, Cmd: ['sleep', 'infinity'] });
}

async function foreignResourcesLeft(): Promise<number> {
  const present = await Promise.all([
    docker.getContainer(foreign).inspect(),
    docker.getNetwork(foreign).inspect(),
    docker.getVolume(foreign).inspect(),
  ]).then(
    () => true,
    () => false,
  );
  return present ? 3 : 0;
}

describe('sweeping what killed runs left (real engine, real processes)', () => {
  test('resources carry the run id and the owning process', async () => {
    const environment = names.next('sweep-labels');
    const cli = await holdEnvironment(environment);
    const [container] = await docker.listContainers({
      all: true,
      filters: JSON.stringify({ label: [`${LABEL_ENVIRONMENT}=${environment}`] }),
    });
    const owner = parseOwner(container!.Labels[LABEL_OWNER]);
    assert.equal(owner?.host, os.hostname());
    assert.equal(owner?.pid, cli.child.pid);
    assert.match(container!.Labels[LABEL_RUN_ID]!, /^local-\d+-[0-9a-f]{8}$/);
    const [network] = await docker.listNetworks({
      filters: JSON.stringify({ label: [`${LABEL_ENVIRONMENT}=${environment}`] }),
    });
    assert.equal(network!.Labels?.[LABEL_OWNER], container!.Labels[LABEL_OWNER]);
    cli.child.kill('SIGTERM');
    await cli.exited;
  });

  test('`inception down --all` from a folder without inception.yml removes exactly the killed run’s resources', async () => {
    const killed = names.next('sweep-killed');
    const live = names.next('sweep-live');
    await killedRun(killed);
    const concurrent = await holdEnvironment(live);
    await createForeignResources();
    const before = await of(killed);
    assert.deepEqual(
      [before.containers.length, before.networks.length, before.volumes.length],
      [1, 1, 1],
      'the killed run left its container, network and volume',
    );

    const emptyFolder = mkdtempSync(path.join(os.tmpdir(), 'inception-sweep-cwd-'));
    const down = startCli(['down', '--all'], { cwd: emptyFolder });
    const exit = await down.exited;
    assert.equal(exit.code, 0, down.output());
    assert.match(
      down.output(),
      new RegExp(`removed ${killed}: 1 container\\(s\\), 1 network\\(s\\), 1 volume\\(s\\)`),
    );
    assert.match(
      down.output(),
      new RegExp(`skipped ${live}: its run is still running \\(pid ${concurrent.child.pid}\\)`),
    );

    assert.deepEqual(await of(killed), none);
    const alive = await of(live);
    assert.deepEqual([alive.containers.length, alive.networks.length, alive.volumes.length], [1, 1, 1]);
    assert.equal(await foreignResourcesLeft(), 3, 'resources that are not ours stay');

    concurrent.child.kill('SIGTERM');
    assert.equal((await concurrent.exited).code, 143);
    assert.deepEqual(await of(live), none);
  });

  test('the next setup-docker sweeps the same way before it starts', async () => {
    const killed = names.next('sweep-before-setup');
    const environment = names.next('sweep-setup');
    await killedRun(killed);
    const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-sweep-setup-'));
    writeFileSync(
      path.join(folder, 'compose.yml'),
      `services:\n  one:\n    image: ${BASE_IMAGE}\n    command: ['sleep', 'infinity']\n    x-inception: { wait: { running: 1s } }\n`,
    );
    const job = new ActionJob({ GITHUB_WORKSPACE: folder });
    const main = await job.run('setup-docker', {
      'compose-file': 'compose.yml',
      'environment-name': environment,
    });
    assert.equal(main.exitCode, 0, main.stdout + main.stderr);
    assert.match(main.stdout, new RegExp(`removed ${killed}: 1 container`));
    assert.deepEqual(await of(killed), none);
    assert.equal((await of(environment)).containers.length, 1);
    assert.equal((await job.run('setup-docker', {}, 'post')).exitCode, 0);
    assert.deepEqual(await of(environment), none);
  });
});
