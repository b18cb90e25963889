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

const PLAN = JSON.stringify({
  of: 2,
  basis: 'timings',
  shards: [
    { shard: 1, seconds: 10, files: ['a.test.ts'] },
    { shard: 2, seconds: 9, files: ['b.test.ts'] },
  ],
});

const shardCases = (
  make: (inputs: Record<string, string>, names: string, says: RegExp) => BadInputCase,
): BadInputCase[] => [
  make({ shard: '1' }, 'shard', /needs "plan", the plan output of plan-shards/),
  make({ of: '2' }, 'of', /needs "plan"/),
  make({ plan: PLAN, shard: '3' }, 'shard', /is 3, but the plan has 2 shard\(s\)/),
  make({ plan: PLAN, shard: '0' }, 'shard', /write a whole number from 1/),
  make({ plan: PLAN, shard: 'one' }, 'shard', /write a whole number from 1/),
  make(
    { plan: PLAN, shard: '1', of: '3' },
    'of',
    /is 3, but the plan has 2 shard\(s\).*different plan-shards runs/,
  ),
  make({ plan: '{"of": 2', shard: '1' }, 'plan', /is not JSON .*plan output of plan-shards/),
  make({ plan: '{"matrix": []}', shard: '1' }, 'plan', /is not a shard plan: it has no "shards" list/),
  make(
    { plan: '{"of": 0, "shards": []}', shard: '1' },
    'plan',
    /"of" must be the number of shards, 1 to 256/,
  ),
  make(
    { plan: '{"of": 2, "shards": [{"shard": 5, "files": []}]}', shard: '1' },
    'plan',
    /shards\[0\]: "shard" must be a whole number from 1 to 2/,
  ),
  make(
    { plan: '{"of": 1, "shards": [{"shard": 1, "files": [3]}]}', shard: '1' },
    'plan',
    /"files" must be a list of test file paths/,
  ),
  make({ plan: 'no-such-plan.json', shard: '1' }, 'plan', /neither plan JSON nor a readable file/),
  make({ plan: '../../plan.json', shard: '1' }, 'plan', /outside the workspace/),
  make({ plan: HUGE, shard: '1' }, 'plan', /more than a runner passes/),
  make(
    { plan: PLAN, shard: '1', 'append-shard-files': 'maybe' },
    'append-shard-files',
    /write true or false/,
  ),
  make({ 'rerun-failed': 'sometimes' }, 'rerun-failed', /write true or false/),
];

const containerCases: BadInputCase[] = [
  ...shardCases(container),
  container(
    { plan: PLAN },
    'plan',
    /"shard" is not: say which shard this leg runs, e\.g\. shard: \$\{\{ matrix\.shard \}\}/,
  ),
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
  ...shardCases(cluster),
  cluster({ plan: PLAN, shard: '1', shards: '2' }, 'shards', /"shards" and "shard" do not go together/),
  cluster({ plan: PLAN, shards: '3' }, 'shards', /is 3, but the plan has 2 shard\(s\)/),
  cluster({ shards: '0', command: 'npm test' }, 'shards', /whole number from 1 to 256/),
  cluster({ shards: '300', command: 'npm test' }, 'shards', /whole number from 1 to 256/),
  cluster({ parallelism: '2' }, 'parallelism', /needs "shards"/),
  cluster({ shards: '2' }, 'shards', /needs "command": each pod's command is wrapped/),
  cluster(
    { shards: '2', command: 'npm test', 'rerun-failed': 'true' },
    'rerun-failed',
    /does not work with "shards" \(an Indexed Job\) yet: run the shards as a matrix/,
  ),
  cluster(
    { plan: PLAN, shard: '1', 'append-shard-files': 'true' },
    'append-shard-files',
    /needs "command" or "args" in cluster mode/,
  ),
  cluster({ shards: '2', parallelism: '3', command: 'npm test' }, 'parallelism', /whole number from 1 to 2/),
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
