import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { LABEL_ENVIRONMENT, LABEL_MANAGED, LABEL_RUN } from '../../src/shared/identity/labels.js';
import { ActionJob, type StepResult } from '../support/action-runner.js';
import { docker } from '../support/docker.js';

/** Every name this file gives or makes starts with it, so its count ignores what other tests run beside it. */
const PREFIX = `bad-input-${randomBytes(3).toString('hex')}`;
const KIND_CLUSTER_LABEL = 'io.x-k8s.kind.cluster';

/** Containers, networks, volumes, images and kind nodes on the real engine that carry our labels and PREFIX. */
async function ours(): Promise<string[]> {
  const managed = JSON.stringify({ label: [`${LABEL_MANAGED}=true`] });
  const mine = (labels: Record<string, string> | null | undefined, key: string) =>
    (labels?.[key] ?? '').startsWith(PREFIX);
  const [containers, networks, { Volumes: volumes }, images, kindNodes] = await Promise.all([
    docker.listContainers({ all: true, filters: managed }),
    docker.listNetworks({ filters: managed }),
    docker.listVolumes({ filters: managed }),
    docker.listImages({ filters: managed }),
    docker.listContainers({ all: true, filters: JSON.stringify({ label: [KIND_CLUSTER_LABEL] }) }),
  ]);
  return [
    ...containers.filter((c) => mine(c.Labels, LABEL_ENVIRONMENT)).map((c) => `container ${c.Names[0]}`),
    ...networks.filter((n) => mine(n.Labels, LABEL_ENVIRONMENT)).map((n) => `network ${n.Name}`),
    ...(volumes ?? []).filter((v) => mine(v.Labels, LABEL_ENVIRONMENT)).map((v) => `volume ${v.Name}`),
    ...images.filter((i) => mine(i.Labels, LABEL_RUN)).map((i) => `image ${i.RepoTags?.join(',')}`),
    ...kindNodes.filter((c) => mine(c.Labels, KIND_CLUSTER_LABEL)).map((c) => `kind node ${c.Names[0]}`),
  ];
}

/** A workspace of this file's own: a compose project and an inception.yml named with PREFIX. */
const workspace = mkdtempSync(path.join(os.tmpdir(), 'bad-input-workspace-'));
const files: Record<string, string> = {
  'compose.yml': `name: ${PREFIX}\nservices:\n  api:\n    image: debian:bookworm-slim\n    command: [sleep, infinity]\n`,
  'inception.yml': 'compose: compose.yml\ntests: { image: debian:bookworm-slim }\n',
  'ci/typo.yml': 'compose: ../compose.yml\ntests:\n  image: debian:bookworm-slim\n  timout: 5m\n',
  'app/Dockerfile': 'FROM debian:bookworm-slim\n',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
  writeFileSync(path.join(workspace, name), text);
}

function assertRefused(step: StepResult, input: string, says: RegExp): void {
  const printed = step.stdout + step.stderr;
  assert.equal(step.exitCode, 1, printed);
  const errors = step.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  assert.equal(errors.length, 1, printed);
  assert.ok(
    errors[0]!.includes(`"${input}"`) || errors[0]!.includes(`${input}:`),
    `names ${input}: ${errors[0]}`,
  );
  assert.match(errors[0]!, says);
  assert.doesNotMatch(printed, /^\s+at /m, 'no stack trace');
  assert.equal(step.stderr, '', 'nothing on stderr');
}

/** The step runs with the bad input and fails naming it; with `post`, its post step then does nothing. */
async function refused(
  action: string,
  inputs: Record<string, string>,
  input: string,
  says: RegExp,
  post: boolean,
) {
  const job = new ActionJob({ GITHUB_WORKSPACE: workspace });
  assertRefused(await job.run(action, inputs), input, says);
  if (post) {
    const cleanup = await job.run(action, {}, 'post');
    assert.equal(cleanup.exitCode, 0, cleanup.stdout + cleanup.stderr);
    assert.doesNotMatch(cleanup.stdout, /::(error|warning)::/, cleanup.stdout);
  }
}

/** Actions whose post step runs after a failed main step: it must find nothing to remove and say nothing. */
const WITH_POST = new Set(['setup-docker', 'setup-kind', 'pipeline']);

type Case = [action: string, inputs: Record<string, string>, input: string, says: RegExp];

const cases: Case[] = [
  ['setup-docker', { keep: 'maybe' }, 'keep', /write true or false/],
  [
    'setup-docker',
    { timeout: 'ten', 'environment-name': `${PREFIX}-env` },
    'timeout',
    /not a duration; write e\.g\./,
  ],
  ['setup-docker', { 'compose-file': '../../etc/passwd' }, 'compose-file', /outside the workspace/],
  ['setup-docker', { 'environment-name': 'Bad Name' }, 'environment-name', /use lowercase letters/],
  ['setup-docker', { wait: 'api: { htp: 8080 }' }, 'wait', /did you mean "http"\?/],
  ['setup-kind', { 'cluster-name': `${PREFIX}-kind`, workers: '-1' }, 'workers', /from 0 to 20/],
  [
    'setup-kind',
    { 'cluster-name': `${PREFIX}-kind`, config: '../../etc/kind.yaml' },
    'config',
    /outside the workspace/,
  ],
  ['setup-kind', { 'cluster-name': `${PREFIX}-kind`, wait: 'ten' }, 'wait', /not a duration/],
  [
    'build-images',
    { name: `${PREFIX}-img`, tag: PREFIX, context: '../../etc' },
    'context',
    /outside the workspace/,
  ],
  [
    'build-images',
    { images: `- name: ${PREFIX}-img\n  contxt: app`, tag: PREFIX },
    'images',
    /did you mean "context"\?/,
  ],
  [
    'build-images',
    { name: `${PREFIX}-img`, context: 'app', tag: PREFIX, 'no-cache': 'maybe' },
    'no-cache',
    /true or false/,
  ],
  ['load-images', { images: `${PREFIX}-img`, 'cluster-name': `${PREFIX}-kind` }, 'images', /has no tag/],
  [
    'load-images',
    { images: `${PREFIX}-img:1`, 'cluster-name': `${PREFIX}-kind`, retries: '-1' },
    'retries',
    /from 0 to 10/,
  ],
  [
    'run-tests',
    { image: 'debian:bookworm-slim', name: `${PREFIX}-tests`, timeout: 'ten' },
    'timeout',
    /not a duration/,
  ],
  [
    'run-tests',
    { image: 'debian:bookworm-slim', name: `${PREFIX}-tests`, env: '- A=1' },
    'env',
    /write KEY=VALUE/,
  ],
  [
    'run-tests',
    { image: 'debian:bookworm-slim', mode: 'cluster', namespace: 'Bad_NS' },
    'namespace',
    /Kubernetes name/,
  ],
  ['pipeline', { keep: 'maybe', 'environment-name': `${PREFIX}-pipe` }, 'keep', /write true or false/],
  [
    'pipeline',
    { config: 'ci/typo.yml', 'environment-name': `${PREFIX}-pipe` },
    'tests.timout',
    /did you mean "timeout"\?/,
  ],
  ['pipeline', { config: '../../etc/inception.yml' }, 'config', /outside the workspace/],
];

describe('bad inputs to the bundled actions, as the runner runs them', () => {
  before(async () => {
    // The count must see what a step would leave: a network labelled as ours, made and removed here.
    const probe = await docker.createNetwork({
      Name: `${PREFIX}-probe`,
      Labels: { [LABEL_MANAGED]: 'true', [LABEL_ENVIRONMENT]: `${PREFIX}-probe` },
    });
    try {
      assert.deepEqual(await ours(), [`network ${PREFIX}-probe`]);
    } finally {
      await probe.remove();
    }
    assert.deepEqual(await ours(), []);
  });

  for (const action of new Set(cases.map(([name]) => name))) {
    test(`${action}: each bad input fails the step naming it, with no stack trace, and creates nothing`, async () => {
      // In parallel: each case is a fresh job and a node process of its own.
      await Promise.all(
        cases
          .filter(([name]) => name === action)
          .map(([, inputs, input, says], index) =>
            refused(action, inputs, input, says, index === 0 && WITH_POST.has(action)),
          ),
      );
      assert.deepEqual(await ours(), []);
    });
  }

  test('collect-logs: a bad input is a warning naming it, and the step still succeeds', async () => {
    const job = new ActionJob({ GITHUB_WORKSPACE: workspace });
    const step = await job.run('collect-logs', {
      upload: 'maybe',
      docker: 'false',
      kubernetes: 'false',
      environment: `${PREFIX}-none`,
      path: path.join(job.folder, 'diagnostics'),
    });
    assert.equal(step.exitCode, 0, step.stdout + step.stderr);
    assert.match(step.stdout, /::warning::Input "upload" is "maybe"; write true or false\. Using true\./);
    assert.doesNotMatch(step.stdout + step.stderr, /^\s+at /m);
  });
});
