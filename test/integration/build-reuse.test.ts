import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { loadComposeFile } from '../../src/config/compose/loader.js';
import { buildImages, REUSE_TAG, type BuildImagesOptions } from '../../src/docker/build/build-images.js';
import { removeEnvironment } from '../../src/docker/environment/cleanup/cleanup.js';
import { upEnvironment } from '../../src/docker/environment/up.js';
import { removeKeptBuilds } from '../../src/docker/build/kept-builds.js';
import { LABEL_ENVIRONMENT, LABEL_MANAGED } from '../../src/shared/identity/labels.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { BASE_IMAGE, docker, EnvironmentNames, writeCompose } from '../support/docker.js';

const PREFIX = `reuse-${randomBytes(3).toString('hex')}`;
const names = new EnvironmentNames();

after(async () => {
  await names.removeAll();
  const images = await docker.listImages({ filters: JSON.stringify({ reference: [`${PREFIX}*`] }) });
  for (const image of images)
    await docker
      .getImage(image.Id)
      .remove({ force: true })
      .catch(() => undefined);
});

function folder(files: Record<string, string>): string {
  const dir = path.dirname(writeCompose('services: {}\n'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function build(context: string, runTag: string, extra: Partial<BuildImagesOptions> = {}, args = {}) {
  const logger = new MemoryLogger();
  const [image] = await buildImages(docker, [{ name: `${PREFIX}-app`, context, buildArgs: args }], {
    runTag,
    noCache: false,
    reuse: true,
    labels: { [LABEL_MANAGED]: 'true' },
    logger,
    env: {},
    ...extra,
  });
  return { image: image!, text: logger.text() };
}

const DOCKERFILE = `FROM ${BASE_IMAGE}\nARG FLAVOUR=plain\nRUN echo "$FLAVOUR $(date +%s%N)" > /built\nCOPY . /src\n`;

describe('a build whose inputs did not change is reused, not run again', () => {
  test('same files, args and base: reused; a changed file, arg, base or noCache: built', async () => {
    const context = folder({ Dockerfile: DOCKERFILE, 'main.txt': 'one', '.dockerignore': 'notes.md\n' });
    const first = await build(context, 'r1');
    assert.ok(!first.image.reused, first.text);
    const kept = await docker.getImage(`${PREFIX}-app:${REUSE_TAG}`).inspect();
    assert.equal(kept.Id, first.image.id, 'the last build is kept under the reuse tag');

    // Its run tag gone (as an environment's teardown does), the kept build still stands in.
    await docker.getImage(`${PREFIX}-app:r1`).remove({ noprune: true });
    writeFileSync(path.join(context, 'notes.md'), 'ignored by .dockerignore, so not part of the build');
    const second = await build(context, 'r2');
    assert.equal(second.image.reused, true, second.text);
    assert.equal(second.image.id, first.image.id);
    assert.match(second.text, /Reused [0-9a-f]{12} as .*-app:r2/);
    assert.equal((await docker.getImage(`${PREFIX}-app:r2`).inspect()).Id, first.image.id);

    writeFileSync(path.join(context, 'main.txt'), 'two');
    const changed = await build(context, 'r3');
    assert.ok(!changed.image.reused, 'a changed file is built again');
    assert.notEqual(changed.image.id, first.image.id);
    assert.equal((await docker.getImage(`${PREFIX}-app:${REUSE_TAG}`).inspect()).Id, changed.image.id);

    const withArg = await build(context, 'r4', {}, { FLAVOUR: 'spicy' });
    assert.ok(!withArg.image.reused, 'another build arg is built');
    const again = await build(context, 'r5', {}, { FLAVOUR: 'spicy' });
    assert.equal(again.image.id, withArg.image.id, again.text);

    const forced = await build(context, 'r6', { noCache: true }, { FLAVOUR: 'spicy' });
    assert.ok(!forced.image.reused, 'noCache always builds');
    assert.notEqual(forced.image.id, withArg.image.id);
  });

  test('a base image retagged to other content is built again', async () => {
    const baseRef = `${PREFIX}-base:1`;
    const context = folder({ Dockerfile: `FROM ${baseRef}\nRUN date +%s%N > /built\n` });
    const base = folder({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo one > /base\n` });
    await buildImages(docker, [{ name: `${PREFIX}-base`, context: base, tags: [baseRef] }], {
      runTag: 'b1',
      noCache: false,
      labels: {},
      logger: new MemoryLogger(),
      env: {},
    });
    const first = await build(context, 'b1');
    assert.equal((await build(context, 'b2')).image.id, first.image.id);
    writeFileSync(path.join(base, 'Dockerfile'), `FROM ${BASE_IMAGE}\nRUN echo two > /base\n`);
    await buildImages(docker, [{ name: `${PREFIX}-base`, context: base, tags: [baseRef] }], {
      runTag: 'b2',
      noCache: false,
      labels: {},
      logger: new MemoryLogger(),
      env: {},
    });
    const rebased = await build(context, 'b3');
    assert.ok(!rebased.image.reused, rebased.text);
    assert.notEqual(rebased.image.id, first.image.id);
  });

  test('environments started at once build once, and tearing one down leaves the other its image', async () => {
    const file = writeCompose(
      `name: ${PREFIX}-pair\nservices:\n  app:\n    build: app\n    command: [sleep, infinity]\n`,
    );
    const app = path.join(path.dirname(file), 'app');
    mkdirSync(app);
    writeFileSync(
      path.join(app, 'Dockerfile'),
      `FROM ${BASE_IMAGE}\nRUN echo ${PREFIX} $(date +%s%N) > /built\n`,
    );
    const project = await loadComposeFile(file);
    const [a, b] = [names.next(), names.next()];
    const loggers = [new MemoryLogger(), new MemoryLogger()];
    await Promise.all(
      [a, b].map((name, index) => upEnvironment({ docker, project, name, logger: loggers[index]! })),
    );
    const text = loggers.map((logger) => logger.text()).join('\n');
    assert.equal(text.match(/Built \S+-app:/g)?.length, 1, text);
    assert.equal(text.match(/Reused [0-9a-f]{12} as \S+-app:/g)?.length, 1, text);

    await removeEnvironment(docker, a, new MemoryLogger());
    const image = await docker.getImage(`${PREFIX}-pair-app:${b}`).inspect();
    assert.ok(
      !(image.RepoTags ?? []).includes(`${PREFIX}-pair-app:${a}`),
      'only the removed environment loses its tag',
    );
    const [container] = await docker.listContainers({
      filters: JSON.stringify({ label: [`io.inception.environment=${b}`] }),
    });
    assert.equal(container?.State, 'running');

    // `down --all --images`: the kept build goes; the image stays for the environment that runs from it.
    const kept = `${PREFIX}-pair-app:${REUSE_TAG}`;
    assert.equal((await docker.getImage(kept).inspect()).Id, image.Id);
    const report = await removeKeptBuilds(docker, image.Config.Labels![LABEL_ENVIRONMENT]);
    assert.deepEqual(report, { removed: [kept], kept: [] });
    await assert.rejects(docker.getImage(kept).inspect(), /no such image/i);
    assert.equal((await docker.getImage(`${PREFIX}-pair-app:${b}`).inspect()).Id, image.Id);
  });
});
