// run-tests inputs for mode: cluster (pure parsing, no cluster).
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { readRunTestsClusterInputs } from '../../../../src/actions/run-tests/cluster-inputs.js';
import { readRunTestsMode } from '../../../../src/actions/run-tests/inputs.js';

const WORKSPACE = '/home/runner/work/shop/shop';
const RUNNER = {
  GITHUB_WORKSPACE: WORKSPACE,
  GITHUB_JOB: 'e2e',
  GITHUB_RUN_ID: '1000',
  GITHUB_RUN_ATTEMPT: '2',
};

function withInputs(inputs: Record<string, string>): NodeJS.ProcessEnv {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  return { ...RUNNER, ...process.env };
}
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('readRunTestsClusterInputs', () => {
  it('defaults', () => {
    const env = withInputs({ mode: 'cluster', image: 'shop-tests:run-1' });
    assert.equal(readRunTestsMode(), 'cluster');
    assert.deepEqual(readRunTestsClusterInputs(env), {
      mode: 'cluster',
      image: 'shop-tests:run-1',
      env: {},
      envFrom: [],
      nodeSelector: {},
      unschedulableTimeoutMs: 120_000,
      keepNamespace: false,
      reports: '/reports/*.xml',
      reportsDir: `${WORKSPACE}/inception-reports`,
      timeoutMs: 30 * 60_000,
      runName: 'e2e-1000-2',
      sharding: { appendShardFiles: false, rerunFailed: false, tests: [] },
    });
  });

  it('reads every input', () => {
    const env = withInputs({
      mode: 'cluster',
      image: 'shop-tests:run-1',
      command: 'pytest',
      args: '-x "tests/a b"',
      env: 'A=1',
      'env-from': 'secret:db-credentials\nconfigmap:test-settings',
      'service-account': 'tests',
      resources: '{requests: {cpu: 500m, memory: 512Mi}, limits: {memory: 1}}',
      'node-selector': 'node.type=services',
      'unschedulable-timeout': '5s',
      'keep-namespace': 'true',
      kubeconfig: 'kube/config',
      context: 'kind-ci',
      namespace: 'shop-e2e',
      'job-manifest': 'k8s/e2e-job.yaml',
      'test-container': 'e2e',
      reports: '/out/*.xml',
      'reports-dir': 'out',
      timeout: '10m',
      'working-directory': '/app',
      name: 'e2e-tests',
    });
    assert.deepEqual(readRunTestsClusterInputs(env), {
      mode: 'cluster',
      kubeconfig: `${WORKSPACE}/kube/config`,
      context: 'kind-ci',
      namespace: 'shop-e2e',
      jobManifest: `${WORKSPACE}/k8s/e2e-job.yaml`,
      testContainer: 'e2e',
      image: 'shop-tests:run-1',
      command: ['pytest'],
      args: ['-x', 'tests/a b'],
      serviceAccount: 'tests',
      resources: { requests: { cpu: '500m', memory: '512Mi' }, limits: { memory: '1' } },
      workingDirectory: '/app',
      name: 'e2e-tests',
      env: { A: '1' },
      envFrom: [
        { kind: 'secret', name: 'db-credentials' },
        { kind: 'configmap', name: 'test-settings' },
      ],
      nodeSelector: { 'node.type': 'services' },
      unschedulableTimeoutMs: 5000,
      keepNamespace: true,
      reports: '/out/*.xml',
      reportsDir: `${WORKSPACE}/out`,
      timeoutMs: 600_000,
      runName: 'e2e-1000-2',
      sharding: { appendShardFiles: false, rerunFailed: false, tests: [] },
    });
  });

  it("turns the reports off with reports: ''", () => {
    const env = withInputs({ image: 'x:1', reports: '' });
    assert.equal(readRunTestsClusterInputs(env).reports, '');
  });

  it('needs no image with a Job manifest', () => {
    const env = withInputs({ 'job-manifest': 'job.yaml' });
    assert.equal(readRunTestsClusterInputs(env).image, undefined);
  });

  const refused: [Record<string, string>, RegExp][] = [
    [{}, /Input "image" is required in cluster mode unless "job-manifest"/],
    [{ image: 'x', 'env-from': 'vault:db' }, /"vault:db" is not secret:NAME or configmap:NAME/],
    [{ image: 'x', 'env-from': 'secret:Bad_Name' }, /Input "env-from" is "Bad_Name"; a Kubernetes name/],
    [{ image: 'x', resources: '{cpu: 1}' }, /has "cpu"; only requests and limits are allowed/],
    [{ image: 'x', resources: '[1]' }, /must be a mapping/],
    [{ image: 'x', namespace: 'Shop' }, /Input "namespace" is "Shop"/],
    [{ image: 'x', 'unschedulable-timeout': 'soon' }, /"unschedulable-timeout": "soon" is not a duration/],
    [{ image: 'x', 'keep-namespace': 'maybe' }, /write true or false/],
    [{ image: 'x', 'working-directory': 'app' }, /give an absolute path/],
    [{ image: 'x', 'node-selector': 'nokey' }, /"nokey" is not KEY=VALUE/],
  ];
  for (const [inputs, message] of refused) {
    it(`refuses ${JSON.stringify(inputs)}`, () => {
      const env = withInputs(inputs);
      assert.throws(() => readRunTestsClusterInputs(env), message);
    });
  }
});
