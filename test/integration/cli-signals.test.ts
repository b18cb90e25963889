import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { LABEL_ENVIRONMENT } from '../../src/shared/identity/labels.js';
import { repoRoot } from '../support/action-runner.js';
import { startCli } from '../support/cli-process.js';
import { EnvironmentNames, resourcesLabelled } from '../support/docker.js';

const fixtures = path.join(repoRoot, 'fixtures');
const names = new EnvironmentNames();
after(() => names.removeAll());

/** The fixture system with a test run that says it started, then runs until stopped. */
function longTestsConfig(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-cli-signal-'));
  const file = path.join(folder, 'inception.yml');
  const script = "import time; print('tests are running', flush=True); time.sleep(300)";
  writeFileSync(
    file,
    `compose: ${path.join(fixtures, 'compose.yml')}
images:
  - name: inception-fixture-tests
    context: ${path.join(fixtures, 'tests')}
tests:
  image: inception-fixture-tests
  command: ["python3", "-c", ${JSON.stringify(script)}]
`,
  );
  return file;
}

/** A compose file whose one service starts and never becomes ready: `up` waits until stopped. */
function neverReadyConfig(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-cli-signal-'));
  writeFileSync(
    path.join(folder, 'compose.yml'),
    `services:
  stuck:
    image: debian:bookworm-slim
    command: ['sleep', 'infinity']
    volumes: ['data:/data']
    x-inception:
      wait: { log: 'never printed' }
      timeout: 5m
volumes:
  data: {}
`,
  );
  const file = path.join(folder, 'inception.yml');
  writeFileSync(file, 'compose: compose.yml\n');
  return file;
}

const left = (environment: string) => resourcesLabelled(`${LABEL_ENVIRONMENT}=${environment}`);

describe('the inception command under SIGINT and SIGTERM', () => {
  test('SIGTERM while the tests run: exits 143 within seconds, removes everything, diagnostics say cancelled', async () => {
    const environment = names.next('cli-sigterm');
    const config = longTestsConfig();
    const cli = startCli(['test', '--config', config, '--name', environment]);
    await cli.waitFor(/tests are running/, 240_000);
    assert.ok((await left(environment)).containers.length >= 4, 'the services and the tests run');
    const sent = Date.now();
    cli.child.kill('SIGTERM');
    const exit = await cli.exited;
    assert.equal(exit.code, 143, cli.output());
    assert.ok(exit.at - sent < 30_000, `exited ${exit.at - sent} ms after SIGTERM`);
    assert.match(cli.output(), /SIGTERM received: stopping and cleaning up/);
    assert.deepEqual(await left(environment), { containers: [], networks: [], volumes: [] });
    const index = readFileSync(
      path.join(path.dirname(config), '.inception/diagnostics', environment, 'index.md'),
      'utf8',
    );
    assert.match(index, /\*\*Cancelled\*\*: cancelled by SIGTERM while the tests ran/);
  });

  test('SIGINT while `up` waits for a service: exits 130 and removes its containers, network and volume', async () => {
    const environment = names.next('cli-sigint');
    const cli = startCli(['up', '--config', neverReadyConfig(), '--name', environment]);
    await cli.waitFor(/stuck: started, waiting for/);
    const created = await left(environment);
    assert.equal(created.containers.length, 1);
    assert.equal(created.volumes.length, 1);
    const sent = Date.now();
    cli.child.kill('SIGINT');
    const exit = await cli.exited;
    assert.equal(exit.code, 130, cli.output());
    assert.ok(exit.at - sent < 20_000, `exited ${exit.at - sent} ms after SIGINT`);
    assert.deepEqual(await left(environment), { containers: [], networks: [], volumes: [] });
  });

  test('with --keep, a cancelled `up` leaves the environment; a second signal exits at once', async () => {
    const environment = names.next('cli-keep');
    const cli = startCli(['up', '--config', neverReadyConfig(), '--name', environment, '--keep']);
    await cli.waitFor(/stuck: started, waiting for/);
    cli.child.kill('SIGTERM');
    await cli.waitFor(/SIGTERM received/);
    const sent = Date.now();
    cli.child.kill('SIGTERM');
    const exit = await cli.exited;
    assert.equal(exit.code, 143, cli.output());
    assert.ok(exit.at - sent < 3_000, `exited ${exit.at - sent} ms after the second SIGTERM`);
    assert.equal((await left(environment)).containers.length, 1, '--keep leaves the service');
  });
});
