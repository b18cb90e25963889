import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Docker from 'dockerode';
import { ConfigurationError } from '../../src/errors.js';
import {
  buildImages,
  ImageBuildError,
  type BuildImagesOptions,
} from '../../src/docker/build/build-images.js';
import {
  LABEL_ENVIRONMENT,
  LABEL_MANAGED,
  LABEL_RUN,
  labelFilter,
} from '../../src/shared/identity/labels.js';
import { MemoryLogger } from '../support/memory-logger.js';

const docker = new Docker();
const ENV = `it-build-${randomBytes(4).toString('hex')}`;
const labels = { [LABEL_ENVIRONMENT]: ENV };
let root: string;

const STAGED = `FROM debian:bookworm-slim AS base
ARG GREETING=hello
RUN echo "greeting is $GREETING" > /greeting && cat /greeting
LABEL stage=base greeting=$GREETING
COPY . /ctx
RUN test ! -e /ctx/secret.txt && test -e /ctx/keep/kept.txt && test ! -e /ctx/keep/dropped.txt

FROM base AS final
LABEL stage=final
`;

const PLAIN = `FROM debian:bookworm-slim
RUN date +%s%N > /stamp
`;

const FAILING = `FROM debian:bookworm-slim
RUN echo "step one is fine ${ENV}"
RUN echo "checking the widget" && echo "widget missing: /opt/widget" >&2 && exit 7
RUN echo "never runs"
`;

async function context(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

function options(runTag: string, extra: Partial<BuildImagesOptions> = {}): BuildImagesOptions {
  return { runTag, noCache: false, labels, logger: new MemoryLogger(), env: {}, ...extra };
}

describe('buildImages (real engine)', { timeout: 300_000 }, () => {
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'inception-build-'));
  });

  after(async () => {
    const images = await docker.listImages({ filters: labelFilter(ENV) });
    for (const image of images)
      await docker
        .getImage(image.Id)
        .remove({ force: true })
        .catch(() => undefined);
    // The classic builder keeps the steps before a failure as untagged, unlabelled cache images.
    for (const image of await docker.listImages({ all: true, filters: { dangling: ['true'] } })) {
      const info = await docker
        .getImage(image.Id)
        .inspect()
        .catch(() => undefined);
      const cmd = (info?.ContainerConfig?.Cmd ?? []).join(' ');
      if (cmd.includes(ENV))
        await docker
          .getImage(image.Id)
          .remove()
          .catch(() => undefined);
    }
    await rm(root, { recursive: true, force: true });
  });

  it('builds two images concurrently with unique run tags, labels, build args and a target', async () => {
    const staged = await context('staged', {
      Dockerfile: STAGED,
      '.dockerignore': 'secret.txt\nkeep/*\n!keep/kept.txt\n',
      'secret.txt': 'do not send',
      'keep/kept.txt': 'sent',
      'keep/dropped.txt': 'not sent',
    });
    const plain = await context('plain', { 'build/Plain.Dockerfile': PLAIN });
    const logger = new MemoryLogger();
    const runTag = `run-1-${randomBytes(2).toString('hex')}`;
    const built = await buildImages(
      docker,
      [
        {
          name: `${ENV}-staged`,
          context: staged,
          target: 'base',
          buildArgs: { GREETING: 'bonjour' },
          tags: ['extra'],
        },
        { name: `${ENV}-plain`, context: plain, dockerfile: 'build/Plain.Dockerfile' },
      ],
      options(runTag, { logger, env: { GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc123' } }),
    );
    assert.deepEqual(
      built.map((image) => image.tags),
      [[`${ENV}-staged:${runTag}`, `${ENV}-staged:extra`], [`${ENV}-plain:${runTag}`]],
    );
    assert.equal(built[0]?.builder, 'buildkit', logger.text());

    const text = logger.text();
    const firstDone = text.indexOf('info: Built ');
    assert.ok(text.indexOf(`[${ENV}-staged] building`) < firstDone, 'both builds start before either ends');
    assert.ok(text.indexOf(`[${ENV}-plain] building`) < firstDone, 'both builds start before either ends');
    assert.match(text, /greeting is bonjour/);

    const staged1 = await docker.getImage(built[0]?.id as string).inspect();
    assert.equal(staged1.Config.Labels.stage, 'base', 'the target stage is the result');
    assert.equal(staged1.Config.Labels.greeting, 'bonjour');
    assert.equal(staged1.Config.Labels[LABEL_MANAGED], 'true');
    assert.equal(staged1.Config.Labels[LABEL_RUN], runTag);
    assert.equal(staged1.Config.Labels[LABEL_ENVIRONMENT], ENV);
    assert.equal(staged1.Config.Labels['org.opencontainers.image.source'], 'https://github.com/acme/shop');
    assert.equal(staged1.Config.Labels['org.opencontainers.image.revision'], 'abc123');
    assert.ok(staged1.Config.Labels['org.opencontainers.image.created']);
    assert.ok(!staged1.RepoTags.some((tag) => tag.endsWith(':latest')), `no latest: ${staged1.RepoTags}`);

    const otherTag = `run-2-${randomBytes(2).toString('hex')}`;
    const again = await buildImages(
      docker,
      [{ name: `${ENV}-plain`, context: plain, dockerfile: 'build/Plain.Dockerfile' }],
      options(otherTag),
    );
    assert.equal(again[0]?.ref, `${ENV}-plain:${otherTag}`);
    const all = await docker.listImages({ filters: { reference: [`${ENV}-plain`] } });
    const tags = all.flatMap((image) => image.RepoTags ?? []).sort();
    assert.deepEqual(tags, [`${ENV}-plain:${runTag}`, `${ENV}-plain:${otherTag}`].sort());
  });

  it('reuses the cache, and rebuilds every step with noCache', async () => {
    const plain = await context('cache', { Dockerfile: PLAIN });
    const spec = [{ name: `${ENV}-cache`, context: plain }];
    // Image IDs differ anyway (the run label and creation time change); the filesystem layers tell.
    const layers = async (id: string | undefined) =>
      (await docker.getImage(id as string).inspect()).RootFS.Layers;
    const first = await buildImages(docker, spec, options('cache-1'));
    const cachedLogger = new MemoryLogger();
    const cached = await buildImages(docker, spec, options('cache-2', { logger: cachedLogger }));
    assert.deepEqual(await layers(cached[0]?.id), await layers(first[0]?.id), cachedLogger.text());
    // BuildKit interleaves steps, so find the RUN step's id rather than expect CACHED on the next line.
    const cachedRunStep = /#(\d+) \[\d\/\d\] RUN date/.exec(cachedLogger.text())?.[1];
    assert.ok(cachedRunStep, cachedLogger.text());
    assert.match(cachedLogger.text(), new RegExp(`#${cachedRunStep} CACHED`), cachedLogger.text());
    const freshLogger = new MemoryLogger();
    const fresh = await buildImages(docker, spec, options('cache-3', { noCache: true, logger: freshLogger }));
    assert.notDeepEqual(
      await layers(fresh[0]?.id),
      await layers(first[0]?.id),
      'no-cache runs the RUN step again',
    );
    const runStep = /#(\d+) \[\d\/\d\] RUN date/.exec(freshLogger.text())?.[1];
    assert.ok(runStep, freshLogger.text());
    assert.ok(!freshLogger.lines.includes(`#${runStep} CACHED\n`), freshLogger.text());
  });

  for (const builder of ['buildkit', 'classic'] as const) {
    it(`shows the failing step's output when a build fails (${builder})`, async () => {
      const failing = await context(`failing-${builder}`, { Dockerfile: FAILING });
      const logger = new MemoryLogger();
      const env = builder === 'classic' ? { DOCKER_BUILDKIT: '0' } : {};
      const error = await buildImages(
        docker,
        [{ name: `${ENV}-failing`, context: failing }],
        options('fail-1', { logger, env }),
      ).then(
        () => assert.fail('the build should fail'),
        (caught: unknown) => caught,
      );
      assert.ok(error instanceof ImageBuildError, String(error));
      assert.match(error.message, /image ".*-failing" failed to build/);
      assert.match(error.message, /RUN echo "checking the widget"/, 'names the failing step');
      assert.match(error.message, /checking the widget\n/);
      assert.match(error.message, /widget missing: \/opt\/widget/);
      assert.match(error.message, /(exit code|non-zero code): 7/);
      assert.doesNotMatch(error.message, /step one is fine/, 'only the failing step');
      if (builder === 'classic')
        assert.match(
          logger.text(),
          /warning: Building with the classic builder instead of BuildKit: DOCKER_BUILDKIT=0/,
        );
      const leftovers = await docker.listContainers({
        all: true,
        filters: { ancestor: ['debian:bookworm-slim'], status: ['exited'] },
      });
      assert.ok(
        !leftovers.some((c) => c.Command.includes('checking the widget')),
        'no build container is left behind',
      );
    });
  }

  it('refuses latest and a Dockerfile outside the context before building', async () => {
    const plain = await context('refuse', { Dockerfile: PLAIN });
    await assert.rejects(
      buildImages(docker, [{ name: `${ENV}-x`, context: plain, tags: ['latest'] }], options('ok-1')),
      (error: unknown) =>
        error instanceof ConfigurationError && /"latest" is not allowed/.test(error.message),
    );
    await assert.rejects(
      buildImages(docker, [{ name: `${ENV}-x`, context: plain }], options('latest')),
      /"latest" is not allowed/,
    );
    await assert.rejects(
      buildImages(
        docker,
        [{ name: `${ENV}-x`, context: plain, dockerfile: '../Dockerfile' }],
        options('ok-1'),
      ),
      /outside the build context/,
    );
  });
});
