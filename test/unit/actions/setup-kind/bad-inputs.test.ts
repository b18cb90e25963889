import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { readSetupKindInputs } from '../../../../src/actions/setup-kind/inputs.js';
import {
  assertRefused,
  caseTitle,
  HUGE,
  TEN_THOUSAND_LINES,
  type BadInputCase,
} from '../../../support/bad-input.js';

const workspace = mkdtempSync(path.join(os.tmpdir(), 'bad-setup-kind-'));
writeFileSync(path.join(workspace, 'kind.yaml'), 'kind: Cluster\n');
const env = { GITHUB_WORKSPACE: workspace, GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1' };
const bad = (inputs: Record<string, string>, names: string, says: RegExp): BadInputCase => ({
  inputs,
  names,
  says,
});

const cases: BadInputCase[] = [
  bad({ workers: '-1' }, 'workers', /"-1"; write a whole number from 0 to 20, e\.g\. workers: 0/),
  bad({ workers: 'ten' }, 'workers', /write a whole number from 0 to 20/),
  bad({ workers: '1.5' }, 'workers', /write a whole number/),
  bad({ workers: '10000' }, 'workers', /from 0 to 20/),
  bad({ keep: 'maybe' }, 'keep', /write true or false/),
  bad({ 'install-only': 'perhaps' }, 'install-only', /write true or false/),
  bad({ cache: '2' }, 'cache', /write true or false/),
  bad({ wait: 'ten' }, 'wait', /not a duration; write e\.g\. "30s"/),
  bad({ wait: '0' }, 'wait', /above 0/),
  bad(
    { version: 'latest' },
    'version',
    /not a version; write it as v<major>\.<minor>\.<patch>, e\.g\. v0\.29\.0/,
  ),
  bad({ version: HUGE }, 'version', /at most 65536/),
  bad({ 'kubectl-version': '1.33' }, 'kubectl-version', /not a version; write it as/),
  bad({ 'cluster-name': 'My_Cluster' }, 'cluster-name', /use lowercase letters, digits/),
  bad(
    { 'cluster-name': 'a'.repeat(51) },
    'cluster-name',
    /write at most 50, e\.g\. cluster-name: integration/,
  ),
  bad({ config: '../../etc/kind.yaml' }, 'config', /outside the workspace .*e\.g\. config: ci\/kind\.yaml/),
  bad({ config: '/etc/hostname' }, 'config', /outside the workspace/),
  bad({ config: 'missing.yaml' }, 'config', /missing\.yaml does not exist/),
  bad(
    { config: 'kind.yaml', workers: '1' },
    'config',
    /not both: put the nodes, labels and port mappings into your config file/,
  ),
  bad(
    { 'node-labels': '[a, b]' },
    'node-labels',
    /must map a role to labels, e\.g\. "worker: node\.type=services"/,
  ),
  bad(
    { 'node-labels': 'workr: a=b' },
    'node-labels',
    /"workr" is not a node role; use control-plane or worker/,
  ),
  bad({ 'node-labels': 'worker: [1]' }, 'node-labels', /write labels as KEY=VALUE,KEY=VALUE or a mapping/),
  bad(
    { 'extra-port-mappings': 'eighty' },
    'extra-port-mappings',
    /not a port mapping; write HOST_PORT:NODE_PORT.*e\.g\. 8080:80/,
  ),
  bad({ 'extra-port-mappings': '70000:80' }, 'extra-port-mappings', /not a port mapping/),
  bad({ 'extra-port-mappings': TEN_THOUSAND_LINES }, 'extra-port-mappings', /10000 items; give at most 1000/),
  bad({ registry: 'maybe' }, 'registry', /write true \(a free port\), false, or the host port .*e\.g\. 5001/),
  bad({ registry: '70000' }, 'registry', /the host port/),
  bad({ registry: '0x10' }, 'registry', /the host port/),
  bad(
    { 'collect-logs-on-failure': 'sometimes' },
    'collect-logs-on-failure',
    /write on-failure, always or never/,
  ),
  bad({ 'node-image': 'k'.repeat(300) }, 'node-image', /write at most 255, e\.g\. node-image: kindest\/node/),
];

describe('setup-kind refuses bad inputs, naming the input and what to write', () => {
  for (const badCase of cases) {
    test(caseTitle(badCase), () => assertRefused(() => readSetupKindInputs({ ...env }), badCase, env));
  }
});
