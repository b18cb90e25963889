import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { readPipelineInputs } from '../../../../src/actions/pipeline/inputs.js';
import { ConfigurationError } from '../../../../src/errors.js';

const workspace = mkdtempSync(path.join(os.tmpdir(), 'inception-pipeline-inputs-'));
writeFileSync(path.join(workspace, 'inception.yml'), 'compose: compose.yml\n');
writeFileSync(path.join(workspace, 'ci.yml'), 'compose: compose.yml\n');
const env = { GITHUB_WORKSPACE: workspace };

function withInputs(inputs: Record<string, string>) {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('readPipelineInputs', () => {
  it('defaults: inception.yml of the workspace, reports in inception-reports, collect on failure', () => {
    assert.deepEqual(readPipelineInputs(env), {
      config: path.join(workspace, 'inception.yml'),
      env: {},
      build: true,
      noCache: false,
      reportsDir: path.join(workspace, 'inception-reports'),
      keep: false,
      collectLogs: 'on-failure',
    });
  });

  it('reads every input', () => {
    withInputs({
      config: 'ci.yml',
      'environment-name': 'shop-it',
      env: 'FAIL_ON_PURPOSE=1\nSUITE=api',
      build: 'false',
      'no-cache': 'true',
      'reports-dir': 'out/junit',
      keep: 'true',
      'collect-logs-on-failure': 'always',
      matrix: '{"leg":"fail"}',
    });
    assert.deepEqual(readPipelineInputs(env), {
      config: path.join(workspace, 'ci.yml'),
      environmentName: 'shop-it',
      env: { FAIL_ON_PURPOSE: '1', SUITE: 'api' },
      build: false,
      noCache: true,
      reportsDir: path.join(workspace, 'out/junit'),
      keep: true,
      collectLogs: 'always',
      matrix: '{"leg":"fail"}',
    });
  });

  const mistakes: [string, Record<string, string>, RegExp][] = [
    [
      'a config that is not there',
      { config: 'missing.yml' },
      /Input "config": .*missing\.yml does not exist/,
    ],
    ['keep that is not a boolean', { keep: 'maybe' }, /Input "keep" is "maybe"; write true or false/],
    ['an unknown collect policy', { 'collect-logs-on-failure': 'sometimes' }, /on-failure, always or never/],
    ['env that is not KEY=VALUE', { env: 'FAIL_ON_PURPOSE' }, /"FAIL_ON_PURPOSE" is not KEY=VALUE/],
  ];
  for (const [what, inputs, message] of mistakes) {
    it(`refuses ${what}`, () => {
      withInputs(inputs);
      assert.throws(
        () => readPipelineInputs(env),
        (error: unknown) => {
          assert.ok(error instanceof ConfigurationError);
          assert.match(error.message, message);
          return true;
        },
      );
    });
  }
});
