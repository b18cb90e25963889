import { describe, test } from 'node:test';
import { readPlanShardsInputs } from '../../../../src/actions/plan-shards/inputs.js';
import { readRecordTimingsInputs } from '../../../../src/actions/record-timings/inputs.js';
import { assertRefused, caseTitle, HUGE, type BadInputCase } from '../../../support/bad-input.js';

const bad = (inputs: Record<string, string>, names: string, says: RegExp): BadInputCase => ({
  inputs: { reports: 'reports/**/*.xml', tests: 'tests/*.py', ...inputs },
  names,
  says,
});

const cases: BadInputCase[] = [
  bad({ reports: '' }, 'reports', /is empty: give globs of every leg's JUnit reports, downloaded first/),
  bad({ tests: '' }, 'tests', /or "plan" \(plan-shards' plan output\)/),
  bad({ plan: 'shard 1: a.py' }, 'plan', /is not JSON/),
  bad({ plan: '{"of":2}' }, 'plan', /has no "shards" list/),
  bad({ 'timings-key': 'a,b' }, 'timings-key', /holds a comma, which the Actions cache does not allow/),
  bad({ 'timings-key': 'k'.repeat(401) }, 'timings-key', /write at most 400/),
  bad({ save: 'maybe' }, 'save', /write true or false/),
  bad({ 'default-branch': HUGE }, 'default-branch', /at most 65536/),
];

describe('record-timings refuses bad inputs, naming the input and what to write', () => {
  for (const badCase of cases) {
    test(caseTitle(badCase), () => assertRefused(() => readRecordTimingsInputs(), badCase));
  }
  test('plan-shards: a timings-key with a comma', () =>
    assertRefused(() => readPlanShardsInputs(), {
      inputs: { tests: 'tests/*.py', shards: '2', 'timings-key': 'suite,api' },
      names: 'timings-key',
      says: /does not allow in a key; write e\.g\. inception-timings-api/,
    }));
});
