import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { loadComposeFile } from '../../src/config/compose/loader.js';
import { upEnvironment } from '../../src/docker/environment/up.js';
import { silentLogger } from '../../src/log.js';
import { BASE_IMAGE, docker, EnvironmentNames, writeCompose } from '../support/docker.js';

const names = new EnvironmentNames();
after(() => names.removeAll());

test('a service whose healthcheck already passes is ready before the engine runs its first check', async () => {
  // The engine's first check comes a whole interval (10 minutes here) after the start; our own run of the
  // same command passes at once, so the dependent starts while the engine still says "starting".
  const project = await loadComposeFile(
    writeCompose(`
services:
  db:
    image: ${BASE_IMAGE}
    command: ["sh", "-c", "touch /tmp/up && exec sleep infinity"]
    healthcheck:
      test: ["CMD-SHELL", "test -f /tmp/up"]
      interval: 10m
      timeout: 5s
  app:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    depends_on:
      db: { condition: service_healthy }
    x-inception:
      timeout: 60s
`),
  );
  const name = names.next();
  const info = await upEnvironment({ docker, project, name, logger: silentLogger });
  const db = await docker.getContainer(info.services.db!.container).inspect();
  const app = await docker.getContainer(info.services.app!.container).inspect();
  assert.equal(db.State.Health?.Status, 'starting', 'the engine has not run its check yet');
  assert.equal(app.State.Running, true, 'the dependent started on our own run of the check');
});

test('a healthcheck that fails keeps the dependent waiting until the deadline names it', async () => {
  const project = await loadComposeFile(
    writeCompose(`
services:
  db:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    healthcheck:
      test: ["CMD-SHELL", "test -f /tmp/never"]
      interval: 10m
  app:
    image: ${BASE_IMAGE}
    command: ["sleep", "infinity"]
    depends_on:
      db: { condition: service_healthy }
    x-inception:
      timeout: 3s
`),
  );
  await assert.rejects(upEnvironment({ docker, project, name: names.next(), logger: silentLogger }), /db/);
});
