// record-timings as the runner runs its main step, on a runner without a cache service: the reports merged,
// the combined report and the timings file written, and nothing saved, saying why. Saving and restoring
// through the cache is tested under act (test/e2e/shard-timings.test.ts).
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { recordTimingsAction } from '../../../../src/actions/record-timings/index.js';
import { runEntryInProcess } from '../../../support/in-process-action.js';

const junit = (cases: [file: string, seconds: number][], failing = false) =>
  `<testsuites><testsuite name="leg">${cases
    .map(
      ([file, seconds]) =>
        `<testcase classname="t" name="${file}" file="${file}" time="${seconds}">${failing ? '<failure message="no"/>' : ''}</testcase>`,
    )
    .join('')}</testsuite></testsuites>`;

const plan = {
  of: 2,
  basis: 'timings',
  shards: [
    { shard: 1, seconds: 5, files: ['tests/slow.py'] },
    { shard: 2, seconds: 4, files: ['tests/a.py', 'tests/b.py'] },
  ],
};

describe('record-timings, in process as the runner runs it', () => {
  let workspace: string;
  before(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'record-timings-action-'));
    await mkdir(path.join(workspace, 'reports/junit-a'), { recursive: true });
    await mkdir(path.join(workspace, 'reports/junit-b'), { recursive: true });
    await writeFile(path.join(workspace, 'reports/junit-a/junit.xml'), junit([['tests/slow.py', 6]]));
    await writeFile(
      path.join(workspace, 'reports/junit-b/junit.xml'),
      junit([
        ['tests/a.py', 1.25],
        ['tests/b.py', 2],
      ]),
    );
  });
  after(() => rm(workspace, { recursive: true, force: true }));

  test('merges every leg, writes the combined report and the timings file; with no cache service saves nothing', async () => {
    const result = await runEntryInProcess(
      recordTimingsAction,
      {
        reports: 'reports/**/*.xml',
        plan: JSON.stringify(plan),
        'timings-key': 'suite',
        'default-branch': 'main',
      },
      {
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: workspace,
        GITHUB_RUN_ID: '77',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_REF: 'refs/heads/main',
        ACTIONS_RESULTS_URL: '',
        ACTIONS_CACHE_URL: '',
      },
      { echo: false },
    );
    assert.equal(result.failed, false, result.log);
    assert.equal(result.outputs.saved, 'false');
    assert.equal(result.outputs.key, '');
    assert.equal(result.outputs.files, '3');
    const file = JSON.parse(await readFile(result.outputs['timings-file'] ?? '', 'utf8')) as {
      version: number;
      run: unknown;
      files: unknown;
    };
    assert.equal(result.outputs['timings-file'], path.join(workspace, 'suite-77-2.json'));
    assert.equal(file.version, 1);
    assert.deepEqual(file.run, { id: '77', attempt: 2, ref: 'refs/heads/main' });
    assert.deepEqual(file.files, { 'tests/a.py': 1.25, 'tests/b.py': 2, 'tests/slow.py': 6 });
    assert.match(result.log, /This runner offers no Actions cache: no recorded timings to read/);
    assert.match(result.log, /not saved \(key suite-77-2\): this runner offers no Actions cache service/);
    // Each report given to the shard that planned its files; shard 1 took 6 s against 5 s planned.
    assert.match(result.summary, /Tests over 2 shard\(s\): 3 passed, 0 failed/);
    assert.match(result.summary, /\| 1\/2 \| 1 \| 0 \| 0 \| 6\.0s \| 5\.0s \|/);
    assert.match(result.summary, /Timings: 3 of 3 test file\(s\) timed/);
    assert.match(result.summary, /not saved: this runner offers no Actions cache service/);
  });

  test('a pull request: not saved, saying why, in the log and the summary', async () => {
    const event = path.join(workspace, 'event.json');
    await writeFile(event, JSON.stringify({ repository: { default_branch: 'main' } }));
    const result = await runEntryInProcess(
      recordTimingsAction,
      { reports: 'reports/**/*.xml', plan: JSON.stringify(plan) },
      {
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: workspace,
        GITHUB_REF: 'refs/pull/3/merge',
        GITHUB_EVENT_PATH: event,
      },
      { echo: false },
    );
    assert.equal(result.failed, false, result.log);
    assert.equal(result.outputs.saved, 'false');
    assert.match(
      result.log,
      /not saved \(key inception-timings-local-1\): refs\/pull\/3\/merge is not the default branch/,
    );
    assert.match(
      result.summary,
      /not saved: refs\/pull\/3\/merge is not the default branch \(refs\/heads\/main\)/,
    );
  });

  test('no report at all: a warning, and the step passes', async () => {
    const result = await runEntryInProcess(
      recordTimingsAction,
      { reports: 'missing/*.xml', tests: 'tests/*.py', plan: JSON.stringify(plan) },
      { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, GITHUB_REF: 'refs/heads/main' },
      { echo: false },
    );
    assert.equal(result.failed, false, result.log);
    assert.equal(result.outputs.saved, 'false');
    assert.match(result.log, /::warning::No report of "reports" \(missing\/\*\.xml\) timed a test file/);
    assert.match(result.summary, /not saved: no report timed a test file/);
  });
});
