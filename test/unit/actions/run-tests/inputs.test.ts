// Pure input parsing (no engine).
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { readRunTestsInputs, readRunTestsMode } from '../../../../src/actions/run-tests/inputs.js';
import { ConfigurationError } from '../../../../src/errors.js';

const WORKSPACE = '/home/runner/work/shop/shop';
const SERVICES = JSON.stringify({
  db: {
    container: 'e-db',
    containerId: '1',
    ip: '10.0.0.2',
    hostname: 'db',
    hostPorts: {},
    internalUrl: 'postgres://db:5432',
  },
});
const exported = {
  GITHUB_WORKSPACE: WORKSPACE,
  INCEPTION_ENVIRONMENT: 'shop-1',
  INCEPTION_NETWORK: 'shop-1-net',
  INCEPTION_SERVICES: SERVICES,
};

function withInputs(inputs: Record<string, string>) {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('readRunTestsInputs', () => {
  it('defaults to what setup-docker exported', () => {
    withInputs({ image: 'shop-tests:run-1-1' });
    const { name, ...inputs } = readRunTestsInputs(exported);
    assert.match(name, /^shop-1-tests-[0-9a-f]{6}$/);
    assert.deepEqual(inputs, {
      mode: 'container',
      image: 'shop-tests:run-1-1',
      env: {},
      environment: { name: 'shop-1', network: 'shop-1-net', services: JSON.parse(SERVICES) },
      network: 'shop-1-net',
      reports: '/reports/*.xml',
      reportsDir: `${WORKSPACE}/inception-reports`,
      timeoutMs: 30 * 60_000,
      workingDirectory: undefined,
      sharding: { appendShardFiles: false, rerunFailed: false, tests: [] },
    });
  });

  it('reads every input', () => {
    withInputs({
      mode: 'Container',
      image: 'tests',
      command: 'pytest -x "tests/a b" --junitxml=/out/r.xml',
      env: 'A=1\nB=x=y',
      environment: 'shop-1',
      network: 'custom-net',
      reports: '/out/*.xml',
      'reports-dir': 'out/reports',
      timeout: '90s',
      'working-directory': '/app',
      name: 'my-tests',
    });
    assert.deepEqual(readRunTestsInputs(exported), {
      mode: 'container',
      image: 'tests',
      command: ['pytest', '-x', 'tests/a b', '--junitxml=/out/r.xml'],
      env: { A: '1', B: 'x=y' },
      environment: { name: 'shop-1', network: 'custom-net', services: JSON.parse(SERVICES) },
      network: 'custom-net',
      reports: '/out/*.xml',
      reportsDir: `${WORKSPACE}/out/reports`,
      timeoutMs: 90_000,
      workingDirectory: '/app',
      name: 'my-tests',
      sharding: { appendShardFiles: false, rerunFailed: false, tests: [] },
    });
  });

  it('does not give another environment the exported network and services', () => {
    withInputs({ image: 'tests', environment: 'other-env', env: 'FOO: bar\nN: 2' });
    const inputs = readRunTestsInputs(exported);
    assert.deepEqual(inputs.environment, { name: 'other-env', network: '', services: {} });
    assert.equal(inputs.network, undefined);
    assert.deepEqual(inputs.env, { FOO: 'bar', N: '2' });
  });

  it('runs without any environment', () => {
    withInputs({ image: 'tests' });
    const inputs = readRunTestsInputs({ GITHUB_WORKSPACE: WORKSPACE });
    assert.equal(inputs.environment, undefined);
    assert.equal(inputs.network, undefined);
    assert.match(inputs.name, /^inception-tests-/);
  });

  const refused = [
    [{ image: 'x', mode: 'vm' }, /Input "mode" is "vm"/],
    [{}, /Input "image" is required/],
    [{ image: 'x', timeout: 'soon' }, /Input "timeout": "soon" is not a duration/],
    [{ image: 'x', 'working-directory': 'app' }, /give an absolute path inside the test container/],
    [{ image: 'x', command: 'sh -c "unclosed' }, /Input "command": unterminated " quote/],
    [{ image: 'x', command: '[a, {b: 1}]' }, /must be a list of strings/],
  ] as const;
  for (const [inputs, message] of refused) {
    it(`refuses ${JSON.stringify(inputs)}`, () => {
      withInputs(inputs);
      assert.throws(
        () => readRunTestsInputs(exported),
        (error: Error) => error instanceof ConfigurationError && message.test(error.message),
      );
    });
  }

  it('refuses broken INCEPTION_SERVICES with what to do', () => {
    withInputs({ image: 'x' });
    assert.throws(
      () => readRunTestsInputs({ ...exported, INCEPTION_SERVICES: '{nope' }),
      /INCEPTION_SERVICES is not valid JSON .* run setup-docker again/,
    );
  });
});

describe('readRunTestsClusterInputs', () => {
  it('refuses an unknown mode naming both', () => {
    withInputs({ mode: 'vm' });
    assert.throws(() => readRunTestsMode(), /Input "mode" is "vm"; write container .* or cluster/);
  });
});
