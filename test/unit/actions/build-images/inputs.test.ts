import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { readBuildImagesInputs } from '../../../../src/actions/build-images/inputs.js';
import { ConfigurationError } from '../../../../src/errors.js';

const WORKSPACE = '/home/runner/work/shop/shop';

function withInputs(inputs: Record<string, string>) {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

const env = { GITHUB_WORKSPACE: WORKSPACE, GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '3' };

describe('readBuildImagesInputs', () => {
  it('reads one image from the single-image inputs, with defaults', () => {
    withInputs({ name: 'api' });
    assert.deepEqual(readBuildImagesInputs(env), {
      images: [{ name: 'api', context: WORKSPACE, dockerfile: 'Dockerfile', buildArgs: {}, tags: [] }],
      tag: 'run-42-3',
      noCache: false,
      labels: {},
    });
  });

  it('reads every single-image input', () => {
    withInputs({
      name: 'api',
      context: 'services/api',
      dockerfile: 'docker/Dockerfile.ci',
      target: 'test',
      'build-args': 'VERSION=1.2\nEXTRA=a=b\n# comment\n',
      tag: 'pr-7',
      'no-cache': 'true',
      labels: 'team=payments',
    });
    assert.deepEqual(readBuildImagesInputs(env), {
      images: [
        {
          name: 'api',
          context: `${WORKSPACE}/services/api`,
          dockerfile: 'docker/Dockerfile.ci',
          target: 'test',
          buildArgs: { VERSION: '1.2', EXTRA: 'a=b' },
          tags: [],
        },
      ],
      tag: 'pr-7',
      noCache: true,
      labels: { team: 'payments' },
    });
  });

  it('reads a YAML list of images', () => {
    withInputs({
      images: `
- name: api
  context: services/api
  target: runtime
  build-args:
    VERSION: 1.2
    DEBUG: false
  tags: [ci, "localhost:5000/api:ci"]
- name: worker
  context: /home/runner/work/shop/shop/worker
  dockerfile: Worker.Dockerfile
  build-args: ["A=1"]
  tags: "x, y"
`,
    });
    assert.deepEqual(readBuildImagesInputs(env).images, [
      {
        name: 'api',
        context: `${WORKSPACE}/services/api`,
        dockerfile: 'Dockerfile',
        target: 'runtime',
        buildArgs: { VERSION: '1.2', DEBUG: 'false' },
        tags: ['ci', 'localhost:5000/api:ci'],
      },
      {
        name: 'worker',
        context: `${WORKSPACE}/worker`,
        dockerfile: 'Worker.Dockerfile',
        buildArgs: { A: '1' },
        tags: ['x', 'y'],
      },
    ]);
  });

  it('makes a unique local tag outside GitHub', () => {
    withInputs({ name: 'api' });
    assert.match(readBuildImagesInputs({ GITHUB_WORKSPACE: WORKSPACE }).tag, /^local-\d{14}-[0-9a-f]{6}$/);
  });

  const refused = [
    [{}, /Give "images" .* or "name" for one image/],
    [{ name: 'api', tag: 'latest' }, /Input "tag": the tag "latest" is not allowed/],
    [{ name: 'api', 'no-cache': 'maybe' }, /Input "no-cache" is "maybe"; write true or false/],
    [{ images: '- name: api', name: 'api', context: 'x' }, /either "images" .* move "name", "context"/],
    [{ images: 'name: api' }, /must be a non-empty YAML list/],
    [{ images: '- context: x' }, /entry 1 needs a "name"/],
    [
      { images: '- name: api\n  buildargs: {}' },
      /entry 1: unknown key "buildargs"; did you mean "build-args"\? known keys: name, context/,
    ],
    [{ images: '- name: api\n  build-args: ["NOEQUALS"]' }, /"NOEQUALS" is not KEY=VALUE/],
    [{ images: '- name: api\n  tags: [{a: 1}]' }, /"tags" must be a list of strings/],
    [{ images: '- [unclosed' }, /not valid YAML/],
  ] as const;
  for (const [inputs, message] of refused) {
    it(`refuses ${JSON.stringify(inputs)}`, () => {
      withInputs(inputs);
      assert.throws(
        () => readBuildImagesInputs(env),
        (error: Error) => error instanceof ConfigurationError && message.test(error.message),
      );
    });
  }
});

describe('build-images load inputs', () => {
  const env = { GITHUB_WORKSPACE: '/w', GITHUB_RUN_ID: '1' };
  it('reads load: kind with a cluster and nodes', () => {
    withInputs({ name: 'api', load: 'kind', 'cluster-name': 'ci', nodes: 'node.type=services' });
    assert.deepEqual(readBuildImagesInputs(env).load, { cluster: 'ci', nodes: ['node.type=services'] });
  });
  it('has no load by default', () => {
    withInputs({ name: 'api' });
    assert.equal('load' in readBuildImagesInputs(env), false);
  });
  it('refuses other values, and cluster-name without load', () => {
    withInputs({ name: 'api', load: 'minikube' });
    assert.throws(() => readBuildImagesInputs(env), /Input "load" is "minikube"; write kind/);
    withInputs({ load: '', 'cluster-name': 'ci' });
    assert.throws(() => readBuildImagesInputs(env), /"cluster-name" only applies with "load: kind"/);
  });
});
