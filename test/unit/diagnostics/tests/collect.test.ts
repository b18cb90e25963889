import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { collectAndUpload } from '../../../../src/diagnostics/collect-and-upload.js';
import { testRunDir, writeTestRunRecord, type TestRunRecord } from '../../../../src/report/index.js';
import { MemoryLogger } from '../../../support/memory-logger.js';

const failure = {
  suite: 'suite',
  classname: 'test_orders',
  name: 'test_checkout_total',
  message: 'assert 41 == 42',
  kind: 'failure' as const,
};

function record(env: NodeJS.ProcessEnv, overrides: Partial<TestRunRecord>): TestRunRecord {
  return {
    name: 'shop-tests-1',
    mode: 'container',
    image: 'shop-tests:run-1',
    result: 'failed',
    exitCode: 3,
    message: 'tests failed: the test container exited with code 3 after 2.0s',
    startedAt: '2026-12-01T10:00:00.000Z',
    failures: [failure],
    failureCount: 1,
    reports: [],
    logFile: path.join(testRunDir('shop-tests-1', env), 'log.txt'),
    ...overrides,
  };
}

describe('test runs in the diagnostics bundle', () => {
  let temp: string;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'inception-test-runs-'));
    env = { RUNNER_TEMP: temp, GITHUB_JOB: 'it' };
  });
  after(() => rm(temp, { recursive: true, force: true }));

  test('the failing test step comes first in index.md and the summary, with its log and reports', async () => {
    const junit = path.join(temp, 'junit.xml');
    await writeFile(junit, '<testsuite name="suite" tests="1" failures="1"/>');
    const failed = record(env, { reports: [junit] });
    await writeTestRunRecord(failed, env);
    await writeFile(failed.logFile!, 'collected 1 item\nFAILED test_orders.py::test_checkout_total\n');

    const result = await collectAndUpload({
      logger: new MemoryLogger(),
      collectDocker: false,
      upload: false,
      env,
    });
    const index = await readFile(path.join(result.path, 'index.md'), 'utf8');
    const lines = index.split('\n');
    assert.equal(lines[0], '# Diagnostics');
    assert.equal(lines[2], '## What failed first');
    assert.match(lines[4]!, /^- test step \*\*shop-tests-1\*\* failed, exit code 3: tests failed/);
    assert.equal(lines[5], '  - `test_orders › test_checkout_total`: assert 41 == 42');
    assert.match(lines[6]!, /\[full log\]\(tests\/shop-tests-1\/log\.txt\), \[01-junit\.xml\]/);
    assert.equal(
      await readFile(path.join(result.path, 'tests/shop-tests-1/log.txt'), 'utf8'),
      'collected 1 item\nFAILED test_orders.py::test_checkout_total\n',
    );
    assert.match(
      await readFile(path.join(result.path, 'tests/shop-tests-1/reports/01-junit.xml'), 'utf8'),
      /testsuite/,
    );
    assert.match(result.summary, /#### What failed first[\s\S]*test_checkout_total/);
  });

  test('a record still running was stopped mid-run: the bundle says cancelled', async () => {
    const cancelledEnv = { ...env, RUNNER_TEMP: path.join(temp, 'cancelled') };
    await writeTestRunRecord(
      record(cancelledEnv, {
        result: 'running',
        exitCode: null,
        failures: [],
        failureCount: 0,
        logFile: undefined,
      }),
      cancelledEnv,
    );
    const result = await collectAndUpload({
      logger: new MemoryLogger(),
      collectDocker: false,
      upload: false,
      env: cancelledEnv,
    });
    const index = await readFile(path.join(result.path, 'index.md'), 'utf8');
    assert.match(index, /\*\*The run was cancelled\*\* while tests ran/);
    assert.match(
      index,
      /test step \*\*shop-tests-1\*\* cancelled: the test step was stopped while the tests ran/,
    );
    const saved = JSON.parse(
      await readFile(path.join(result.path, 'tests/shop-tests-1/record.json'), 'utf8'),
    );
    assert.equal(saved.result, 'cancelled');
    assert.equal(saved.interrupted, true);
  });

  test('a passing run adds nothing to the top of the index', async () => {
    const passedEnv = { ...env, RUNNER_TEMP: path.join(temp, 'passed') };
    await writeTestRunRecord(
      record(passedEnv, { result: 'passed', exitCode: 0, failures: [], failureCount: 0, logFile: undefined }),
      passedEnv,
    );
    const result = await collectAndUpload({
      logger: new MemoryLogger(),
      collectDocker: false,
      upload: false,
      env: passedEnv,
    });
    assert.equal(result.tests.length, 1);
    assert.doesNotMatch(result.summary, /What failed first/);
  });
});
