import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { readSetupDockerInputs } from '../../../../src/actions/setup-docker/inputs.js';
import {
  aliasBomb,
  assertRefused,
  caseTitle,
  HUGE,
  TEN_THOUSAND_LINES,
  type BadInputCase,
} from '../../../support/bad-input.js';

const workspace = mkdtempSync(path.join(os.tmpdir(), 'bad-setup-docker-'));
writeFileSync(path.join(workspace, 'compose.yml'), 'services: { api: { image: api:1 } }\n');
const base = { 'compose-file': 'compose.yml' };
const bad = (inputs: Record<string, string>, names: string, says: RegExp): BadInputCase => ({
  inputs: { ...base, ...inputs },
  names,
  says,
});

const cases: BadInputCase[] = [
  bad({ keep: 'maybe' }, 'keep', /"maybe"; write true or false/),
  bad({ build: '2' }, 'build', /write true or false/),
  bad({ 'no-cache': 'sometimes' }, 'no-cache', /write true or false/),
  bad({ timeout: 'ten' }, 'timeout', /"ten" is not a duration; write e\.g\. "30s"/),
  bad({ timeout: '-1' }, 'timeout', /not a duration; write e\.g\./),
  bad({ timeout: '0s' }, 'timeout', /above 0 .*e\.g\. 90s/),
  bad({ timeout: '99999h' }, 'timeout', /at most 576h, e\.g\. 90s/),
  bad(
    { 'collect-logs-on-failure': 'sometimes' },
    'collect-logs-on-failure',
    /write on-failure, always or never/,
  ),
  bad(
    { 'compose-file': '../../etc/passwd' },
    'compose-file',
    /outside the workspace .*e\.g\. compose-file: deploy\/compose\.yml/,
  ),
  bad({ 'compose-file': '/etc/hosts' }, 'compose-file', /outside the workspace/),
  bad({ 'compose-file': 'missing.yml' }, 'compose-file', /missing\.yml does not exist/),
  bad({ 'environment-name': 'Web Tests' }, 'environment-name', /use lowercase letters, digits/),
  bad(
    { 'environment-name': 'a'.repeat(100) },
    'environment-name',
    /100 characters long; write at most 63, e\.g\./,
  ),
  bad(
    { 'environment-name': HUGE },
    'environment-name',
    /1048576 characters long; an input holds at most 65536/,
  ),
  bad({ profiles: TEN_THOUSAND_LINES }, 'profiles', /has 10000 items; give at most 1000/),
  bad({ wait: '[1, 2]' }, 'wait', /must map service names to a wait, e\.g\. "api: \{ http:/),
  bad({ wait: 'just text' }, 'wait', /must map service names to a wait, e\.g\./),
  bad({ wait: '{ api: ' }, 'wait', /not valid YAML or JSON/),
  bad(
    { wait: 'api: { htp: 8080 }' },
    'wait',
    /unknown wait strategy "htp"; did you mean "http"\? use one of http, tcp/,
  ),
  bad(
    { wait: 'api: { http: { port: 8080, pth: /healthz } }' },
    'wait',
    /unknown key "pth"; did you mean "path"\?/,
  ),
  bad({ wait: 'api: { http: { port: ten } }' }, 'wait', /port: expected a whole number/),
  bad({ wait: 'api: { http: 8080, tcp: 80 }' }, 'wait', /give exactly one wait strategy \(http, tcp/),
  bad({ matrix: HUGE }, 'matrix', /at most 65536/),
  bad({ wait: aliasBomb() }, 'wait', /not valid YAML or JSON: Excessive alias count/),
];

describe('setup-docker refuses bad inputs, naming the input and what to write', () => {
  for (const badCase of cases) {
    test(caseTitle(badCase), () => assertRefused(() => readSetupDockerInputs(workspace), badCase));
  }
});
