import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { readRunTestsClusterInputs } from '../../../../src/actions/run-tests/cluster-inputs.js';
import { readRunTestsInputs } from '../../../../src/actions/run-tests/inputs.js';
import {
  assertRefused,
  caseTitle,
  HUGE,
  TEN_THOUSAND_PAIRS,
  type BadInputCase,
} from '../../../support/bad-input.js';

const workspace = mkdtempSync(path.join(os.tmpdir(), 'bad-run-tests-'));
const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(workspace, '..', 'runner-temp') };
const container = (inputs: Record<string, string>, names: string, says: RegExp): BadInputCase => ({
  inputs: { image: 'tests:run-1', ...inputs },
  names,
  says,
});
const cluster = (inputs: Record<string, string>, names: string, says: RegExp): BadInputCase =>
  container({ mode: 'cluster', ...inputs }, names, says);

const containerCases: BadInputCase[] = [
  container({ image: '' }, 'image', /is required, e\.g\. image: orders-tests:run-42-1/),
  container(
    { image: 'tests:1 pytest -x' },
    'image',
    /give one image reference, e\.g\. image: .*the command goes in "command"/,
  ),
  container({ image: HUGE }, 'image', /at most 65536/),
  container({ mode: 'docker' }, 'mode', /write container .* or cluster/),
  container({ timeout: 'ten' }, 'timeout', /"ten" is not a duration; write e\.g\./),
  container({ timeout: '-1' }, 'timeout', /not a duration/),
  container({ timeout: '0' }, 'timeout', /above 0 and at most 576h, e\.g\. 90s/),
  container({ timeout: '1000000h' }, 'timeout', /at most 576h/),
  container(
    { 'working-directory': 'app' },
    'working-directory',
    /give an absolute path inside the test container, e\.g\. \/app/,
  ),
  container(
    { 'reports-dir': '../../etc' },
    'reports-dir',
    /outside the workspace .* and \$RUNNER_TEMP .*e\.g\. reports-dir: test-reports/,
  ),
  container({ 'reports-dir': '/etc' }, 'reports-dir', /outside the workspace/),
  container(
    { env: '- A=1' },
    'env',
    /is a list; write KEY=VALUE one a line \(e\.g\. LOG_LEVEL=debug\) or a YAML mapping/,
  ),
  container({ env: '[1, 2]' }, 'env', /is a list; write KEY=VALUE/),
  container({ env: 'A: { b: 1 }' }, 'env', /A is a mapping; give it one value, e\.g\. A: value/),
  container({ env: 'NOEQUALS' }, 'env', /"NOEQUALS" is not KEY=VALUE; write KEY=VALUE/),
  container({ env: '=value' }, 'env', /"=value" is not KEY=VALUE/),
  container({ env: TEN_THOUSAND_PAIRS }, 'env', /10000 items; give at most 1000/),
  container({ env: HUGE }, 'env', /at most 65536/),
  container(
    { command: '["pytest", {"x": 1}]' },
    'command',
    /must be a list of strings, e\.g\. \["pytest", "-x"\]/,
  ),
  container({ command: '[pytest' }, 'command', /looks like a YAML list but does not parse/),
  container({ command: 'pytest "unclosed' }, 'command', /unterminated " quote .*close it/),
  container({ name: 'my tests' }, 'name', /a container name is letters, digits.*e\.g\. name: orders-tests/),
  container({ name: 'n'.repeat(200) }, 'name', /write at most 128/),
];

const clusterCases: BadInputCase[] = [
  cluster(
    { image: '' },
    'image',
    /required in cluster mode unless "job-manifest" names your own Job manifest/,
  ),
  cluster({ namespace: 'My_NS' }, 'namespace', /a Kubernetes name is lower-case letters, digits and "-"/),
  cluster({ name: 'n'.repeat(64) }, 'name', /at most 63 characters/),
  cluster(
    { 'job-manifest': '../../etc/job.yaml' },
    'job-manifest',
    /outside the workspace .*e\.g\. job-manifest: ci\/test-job\.yaml/,
  ),
  cluster({ 'job-manifest': '/etc/passwd' }, 'job-manifest', /outside the workspace/),
  cluster(
    { 'env-from': 'vault:token' },
    'env-from',
    /is not secret:NAME or configmap:NAME; write e\.g\. env-from: secret:api-token/,
  ),
  cluster({ 'env-from': 'secret:Bad_Name' }, 'env-from', /a Kubernetes name/),
  cluster({ resources: '[1]' }, 'resources', /must be a mapping, e\.g\. \{requests: \{cpu: 500m/),
  cluster(
    { resources: '{requests: {cpu: 1}, limts: {}}' },
    'resources',
    /has "limts"; only requests and limits are allowed, e\.g\./,
  ),
  cluster({ resources: '{requests: 1}' }, 'resources', /requests must be a mapping, e\.g\./),
  cluster(
    { resources: '{requests: {cpu: {a: 1}}}' },
    'resources',
    /requests\.cpu must be a quantity such as 500m or 1Gi/,
  ),
  cluster({ 'unschedulable-timeout': 'soon' }, 'unschedulable-timeout', /not a duration; write e\.g\./),
  cluster({ 'keep-namespace': 'maybe' }, 'keep-namespace', /write true or false/),
  cluster({ 'node-selector': 'disk' }, 'node-selector', /"disk" is not KEY=VALUE/),
  cluster({ args: '["a", ["b"]]' }, 'args', /must be a list of strings/),
];

describe('run-tests refuses bad inputs, naming the input and what to write', () => {
  for (const badCase of containerCases) {
    test(`container: ${caseTitle(badCase)}`, () =>
      assertRefused(() => readRunTestsInputs({ ...env }), badCase, env));
  }
  for (const badCase of clusterCases) {
    test(`cluster: ${caseTitle(badCase)}`, () =>
      assertRefused(() => readRunTestsClusterInputs({ ...env }), badCase, env));
  }
});
