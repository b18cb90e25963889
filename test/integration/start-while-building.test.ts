import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { loadComposeFile } from '../../src/config/compose/loader.js';
import { ImageBuildError } from '../../src/docker/build/build-images.js';
import { upEnvironment } from '../../src/docker/environment/up.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { BASE_IMAGE, docker, EnvironmentNames, writeCompose } from '../support/docker.js';

const names = new EnvironmentNames();
after(() => names.removeAll());

/** A compose file whose `slow` build takes a few seconds and whose `fast` one is a single step; the build
 * contexts are folders next to it. */
function project(compose: string, dockerfiles: Record<string, string>): string {
  const file = writeCompose(compose);
  for (const [folder, text] of Object.entries(dockerfiles)) {
    mkdirSync(path.join(path.dirname(file), folder));
    writeFileSync(path.join(path.dirname(file), folder, 'Dockerfile'), text);
  }
  return file;
}

const IDLE = `["sh", "-c", "echo ready; exec sleep 600"]`;

describe('a service starts as soon as its own image is ready, while other images still build', () => {
  test('the service with a quick build runs before the slow build has finished; a build is not start-up time', async () => {
    const file = project(
      `services:
  fast:
    build: fast
    command: ${IDLE}
    x-inception: { wait: { log: ready } }
  slow:
    build: slow
    command: ${IDLE}
    depends_on: [fast]
    # Shorter than its build: the clock starts once its image is there.
    x-inception: { wait: { log: ready }, timeout: 2s }
`,
      {
        fast: `FROM ${BASE_IMAGE}\nRUN echo fast > /built\n`,
        slow: `FROM ${BASE_IMAGE}\nRUN sleep 4 && echo slow > /built\n`,
      },
    );
    const name = names.next('pipeline');
    const logger = new MemoryLogger();
    const info = await upEnvironment({
      docker,
      project: await loadComposeFile(file),
      name,
      logger,
      // Both build for real: a reused image would be ready at once and prove nothing.
      noCache: true,
    });
    assert.deepEqual(Object.keys(info.services).sort(), ['fast', 'slow']);

    const fast = await docker.getContainer(`${name}-fast`).inspect();
    const slow = await docker.getContainer(`${name}-slow`).inspect();
    const slowImage = await docker.getImage(slow.Image).inspect();
    const fastStarted = Date.parse(fast.State.StartedAt);
    const slowBuilt = Date.parse(slowImage.Created);
    assert.ok(
      fastStarted < slowBuilt,
      `"fast" started at ${fast.State.StartedAt}, after "slow"'s image was built at ${slowImage.Created}:\n${logger.text()}`,
    );
    assert.match(logger.text(), new RegExp(`Build 2 images and start 2 services of ${name}`));
  });

  // Without the abort the start would wait out db's 30 s, or the other build's 10 minutes: the test's own
  // timeout fails it then.
  test(
    "a failed build ends the start at once, not after a dependency's timeout or another build",
    { timeout: 120_000 },
    async () => {
      const file = project(
        `services:
  db:
    image: ${BASE_IMAGE}
    command: ["sleep", "600"]
    healthcheck: { test: ["CMD", "false"], interval: 1s, retries: 1000 }
    x-inception: { wait: { healthy: true }, timeout: 30s }
  app:
    build: app
    command: ${IDLE}
    depends_on: { db: { condition: service_healthy } }
    x-inception: { timeout: 30s }
  other:
    build: other
    command: ${IDLE}
`,
        {
          app: `FROM ${BASE_IMAGE}\nRUN echo "the step that fails" && exit 3\n`,
          other: `FROM ${BASE_IMAGE}\nRUN sleep 600\n`,
        },
      );
      const name = names.next('pipeline');
      const logger = new MemoryLogger();
      await assert.rejects(
        upEnvironment({ docker, project: await loadComposeFile(file), name, logger, noCache: true }),
        (error: unknown) => {
          assert.ok(error instanceof ImageBuildError, `expected the build's error, got ${String(error)}`);
          assert.equal(error.image.endsWith('-app'), true, error.image);
          assert.match(error.message, /the step that fails/);
          return true;
        },
      );
    },
  );
});
