import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { labelFilter } from '../../src/shared/identity/labels.js';
import { ActionJob } from '../support/action-runner.js';
import { docker } from '../support/docker.js';

const containersOf = async (environment: string) =>
  docker.listContainers({ all: true, filters: JSON.stringify(labelFilter(environment)) });

/** The four bundled actions in one job, in the order a workflow runs them, post steps last. */
async function pipeline(environment: string, testEnv: string, matrix: string) {
  const job = new ActionJob();
  const setup = await job.run('setup-docker', {
    'compose-file': 'fixtures/compose.yml',
    'environment-name': environment,
    matrix,
  });
  assert.equal(setup.exitCode, 0, setup.stdout);
  const build = await job.run('build-images', {
    images: `- name: inception-fixture-tests\n  context: fixtures/tests\n`,
    tag: environment,
  });
  assert.equal(build.exitCode, 0, build.stdout);
  const images = JSON.parse(build.outputs.images!) as Record<string, { ref: string; id: string }>;
  const ref = images['inception-fixture-tests']!.ref;
  assert.equal(ref, `inception-fixture-tests:${environment}`);
  const run = await job.run('run-tests', {
    image: ref,
    env: testEnv,
    'reports-dir': path.join(job.folder, 'reports'),
  });
  return { job, setup, build, run };
}

describe('the bundled actions in one job', () => {
  test('a passing run: outputs, reports and summary; nothing is left behind', async () => {
    const { job, run } = await pipeline('action-pipe-pass', 'API_URL=http://api:8080', '{"leg":"pass"}');
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.result, 'passed');
    assert.equal(run.outputs['exit-code'], '0');
    const reports = JSON.parse(run.outputs.reports!) as string[];
    assert.equal(reports.length, 1);
    assert.match(readFileSync(reports[0]!, 'utf8'), /testcase/);
    assert.match(run.stdout, /test_worker_upper_cases_the_input PASSED/, 'test output streamed live');
    assert.match(run.summary, /\| 4 \| 0 \| 0 \| 1 \| 5 \|/, '4 passed, 1 skipped');
    const post = await job.run('setup-docker', {}, 'post');
    assert.equal(post.exitCode, 0);
    assert.equal((await containersOf('action-pipe-pass')).length, 0);
  });

  test('a failing run fails its step naming the test; collect-logs and the post step gather diagnostics', async () => {
    const { job, run } = await pipeline('action-pipe-fail', 'FAIL_ON_PURPOSE=1', '{"leg":"fail"}');
    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.result, 'failed');
    assert.match(run.stdout, /::error::.*test_fails_on_purpose/);
    assert.match(run.summary, /test_fails_on_purpose/);
    assert.equal(job.env.INCEPTION_JOB_FAILED, 'true');

    const collect = await job.run('collect-logs', { matrix: '{"leg":"fail"}' });
    assert.equal(collect.exitCode, 0);
    assert.match(collect.outputs['artifact-name']!, /fail/);
    const folder = collect.outputs.path!;
    assert.ok(existsSync(path.join(folder, 'index.md')));
    const apiLog = readFileSync(path.join(folder, 'containers/action-pipe-fail-api/log.txt'), 'utf8');
    assert.match(apiLog, /api listening on :8080/);
    assert.match(apiLog, /POST \/jobs 202/, 'the requests the tests made are in the api log');

    const post = await job.run('setup-docker', {}, 'post');
    assert.equal(post.exitCode, 0);
    assert.equal((await containersOf('action-pipe-fail')).length, 0);
  });
});
