import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Docker from 'dockerode';
import { buildImagesAction } from '../../src/actions/build-images/index.js';
import { labelFilter } from '../../src/shared/identity/labels.js';
import { runEntryInProcess } from '../support/in-process-action.js';

const docker = new Docker();
const ENV = `it-action-build-${randomBytes(4).toString('hex')}`;

let workspace: string;

function runAction(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runEntryInProcess(buildImagesAction, inputs, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'deadbeef',
    ...env,
  });
}

describe('build-images action (real engine, runner files)', { timeout: 300_000 }, () => {
  before(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'inception-action-build-'));
    const dockerfiles: Record<string, string> = {
      'services/api/Dockerfile':
        'FROM debian:bookworm-slim AS base\nARG VERSION\nLABEL version=$VERSION\nFROM base AS extra\nLABEL extra=yes\n',
      'services/worker/docker/Worker.Dockerfile': 'FROM debian:bookworm-slim\nLABEL role=worker\n',
      'broken/Dockerfile': `FROM debian:bookworm-slim\nRUN echo "compiling ${ENV}" && echo "error: missing semicolon" && false\n`,
    };
    for (const [path, text] of Object.entries(dockerfiles)) {
      await mkdir(join(workspace, path, '..'), { recursive: true });
      await writeFile(join(workspace, path), text);
    }
  });

  after(async () => {
    const images = await docker.listImages({ filters: labelFilter(ENV) });
    for (const image of images)
      await docker
        .getImage(image.Id)
        .remove({ force: true })
        .catch(() => undefined);
    await rm(workspace, { recursive: true, force: true });
  });

  it('builds a list of images and outputs their refs, IDs and tags', async () => {
    const run = await runAction(
      {
        images: `
- name: ${ENV}-api
  context: services/api
  target: base
  build-args: {VERSION: "1.2.3"}
  tags: [ci]
- name: ${ENV}-worker
  context: services/worker
  dockerfile: docker/Worker.Dockerfile
`,
        labels: `io.inception.environment=${ENV}`,
      },
      { GITHUB_RUN_ID: '777', GITHUB_RUN_ATTEMPT: '2' },
    );
    assert.equal(run.failed, false, run.log);
    const images = JSON.parse(run.outputs.images ?? '{}') as Record<
      string,
      { ref: string; id: string; tags: string[] }
    >;
    assert.deepEqual(Object.keys(images), [`${ENV}-api`, `${ENV}-worker`]);
    assert.equal(images[`${ENV}-api`]?.ref, `${ENV}-api:run-777-2`);
    assert.deepEqual(images[`${ENV}-api`]?.tags, [`${ENV}-api:run-777-2`, `${ENV}-api:ci`]);
    assert.match(images[`${ENV}-worker`]?.id ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.equal(run.outputs.refs, `${ENV}-api:run-777-2\n${ENV}-worker:run-777-2`);

    const api = await docker.getImage(`${ENV}-api:run-777-2`).inspect();
    assert.equal(api.Config.Labels.version, '1.2.3');
    assert.equal(api.Config.Labels.extra, undefined, 'built the target stage');
    assert.equal(api.Config.Labels['org.opencontainers.image.revision'], 'deadbeef');
    assert.equal((await docker.getImage(`${ENV}-worker:run-777-2`).inspect()).Config.Labels.role, 'worker');

    assert.match(run.log, /::group::Build 2 images \(run-777-2\)/);
    assert.match(run.summary, /### 🐳 Built 2 images/);
    assert.match(
      run.summary,
      new RegExp(`\\| ${ENV}-api \\| \`${ENV}-api:run-777-2\`<br>\`${ENV}-api:ci\` \\|`),
    );
  });

  it('builds a single image from the single-image inputs', async () => {
    const run = await runAction({
      name: `${ENV}-solo`,
      context: 'services/api',
      'build-args': 'VERSION=9',
      tag: 'pr-5',
      'no-cache': 'true',
      labels: `io.inception.environment=${ENV}`,
    });
    assert.equal(run.failed, false, run.log);
    assert.equal(run.outputs.refs, `${ENV}-solo:pr-5`);
    assert.equal((await docker.getImage(`${ENV}-solo:pr-5`).inspect()).Config.Labels.version, '9');
  });

  it('fails on latest with the reason, before building', async () => {
    const run = await runAction({ name: `${ENV}-x`, context: 'services/api', tag: 'latest' });
    assert.equal(run.failed, true);
    assert.match(run.log, /::error::Input "tag": the tag "latest" is not allowed/);
    assert.deepEqual(run.outputs, {});
  });

  it('fails with the failing step output', async () => {
    const run = await runAction({
      name: `${ENV}-broken`,
      context: 'broken',
      labels: `io.inception.environment=${ENV}`,
    });
    assert.equal(run.failed, true);
    const error = run.log.split('\n').find((line) => line.startsWith('::error::')) ?? '';
    assert.match(error, /image "it-action-build-.*-broken" failed to build:/);
    assert.match(error, /RUN echo "compiling/);
    assert.match(error, /error: missing semicolon/);
  });
});
