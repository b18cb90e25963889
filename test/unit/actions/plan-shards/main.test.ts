// plan-shards as the runner runs its main step (in this process, the real @actions/core): INPUT_*
// variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, on a workspace of test files and reports.
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { planShardsAction } from '../../../../src/actions/plan-shards/index.js';
import { repoRoot } from '../../../support/action-runner.js';
import { runEntryInProcess } from '../../../support/in-process-action.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../shard/fixtures');

describe('plan-shards, in process as the runner runs it', () => {
  let workspace: string;
  before(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'plan-shards-action-'));
    const web = path.join(workspace, 'web');
    for (const file of [
      'src/cart/cart.test.ts',
      'src/search/search.test.ts',
      'src/legacy/broken.test.ts',
      'src/new/new.test.ts',
    ]) {
      await mkdir(path.join(web, path.dirname(file)), { recursive: true });
      await writeFile(path.join(web, file), '');
    }
    await mkdir(path.join(web, 'reports/leg-1'), { recursive: true });
    await mkdir(path.join(web, 'reports/leg-2'), { recursive: true });
    // jest-junit's reports name files from the repository root, here web/src/…: the suffix still finds them.
    await copyFile(path.join(fixtures, 'jest-junit-filepath.xml'), path.join(web, 'reports/leg-1/junit.xml'));
    await writeFile(path.join(web, 'reports/leg-2/junit.xml'), 'Test run was cancelled');
  });
  after(() => rm(workspace, { recursive: true, force: true }));

  const run = (inputs: Record<string, string>) =>
    runEntryInProcess(planShardsAction, inputs, { GITHUB_WORKSPACE: workspace });

  test('outputs the matrix and the plan from the timings, and a summary table', async () => {
    const result = await run({
      tests: 'src/**/*.test.ts',
      reports: 'reports/**/*.xml',
      shards: '2',
      'working-directory': 'web',
    });
    assert.equal(result.failed, false, result.log);
    assert.deepEqual(JSON.parse(result.outputs.matrix ?? ''), {
      include: [
        { shard: 1, of: 2 },
        { shard: 2, of: 2 },
      ],
    });
    assert.equal(result.outputs.count, '2');
    // cart 5.9 s; search 2.87 s; broken 0 s (1 ms); new weighs the mean, 2.924 s.
    assert.deepEqual(JSON.parse(result.outputs.plan ?? ''), {
      of: 2,
      basis: 'timings',
      shards: [
        { shard: 1, seconds: 5.9, files: ['src/cart/cart.test.ts'] },
        {
          shard: 2,
          seconds: 5.795,
          files: ['src/legacy/broken.test.ts', 'src/new/new.test.ts', 'src/search/search.test.ts'],
        },
      ],
    });
    assert.match(result.summary, /### Shard plan: 2 shard\(s\) by timings/);
    assert.match(result.summary, /\| 1\/2 \| 1 \| 5\.9s \|/);
    assert.match(result.summary, /\| 2\/2 \| 3 \| 5\.8s \|/);
    assert.match(
      result.log,
      /::warning::Report reports\/leg-2\/junit\.xml was not read: .*not a JUnit report/,
    );
    assert.match(
      result.log,
      /1 test file\(s\) have no timing; each weighs the mean .*: src\/new\/new\.test\.ts/,
    );
  });

  test('without reports, by count; target-duration falls back to shards', async () => {
    const result = await run({ tests: 'web/src/**/*.test.ts', shards: '3', 'target-duration': '5m' });
    assert.equal(result.failed, false, result.log);
    const plan = JSON.parse(result.outputs.plan ?? '') as {
      basis: string;
      shards: { files: string[]; seconds: null }[];
    };
    assert.equal(plan.basis, 'count');
    assert.deepEqual(
      plan.shards.map((shard) => shard.files.length),
      [2, 1, 1],
    );
    assert.match(result.log, /::warning::No timings are known yet/);
  });

  test('timings-key on a runner without a cache service: a notice, and the plan by count', async () => {
    const result = await run({ tests: 'web/src/**/*.test.ts', shards: '2', 'timings-key': 'web' });
    assert.equal(result.failed, false, result.log);
    assert.match(result.log, /::notice::No timings recorded under "web-" in this run's cache scope/);
    assert.equal((JSON.parse(result.outputs.plan ?? '') as { basis: string }).basis, 'count');
    assert.equal(result.outputs['timings-from'], '');
  });

  test("with action.yml's defaults, as the runner passes every input", async () => {
    const action = parse(await readFile(path.join(repoRoot, 'plan-shards/action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const defaults = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']),
    );
    const result = await run({ ...defaults, tests: 'web/src/**/*.test.ts', shards: '4' });
    assert.equal(result.failed, false, result.log);
    assert.equal(result.outputs.count, '4');
  });

  const refusals: [string, Record<string, string>, RegExp][] = [
    ['no tests', { tests: '', shards: '2' }, /Input "tests" is empty/],
    [
      'neither shards nor target-duration',
      { tests: 'web/**' },
      /Give "shards" \(how many shards, 1 to 256\) or "target-duration"/,
    ],
    [
      'shards above the matrix limit',
      { tests: 'web/**', shards: '300' },
      /Input "shards" is 300; GitHub runs at most 256 jobs/,
    ],
    [
      'shards not a number',
      { tests: 'web/**', shards: 'two' },
      /Input "shards" is "two"; write a whole number from 1 to/,
    ],
    [
      'a bad duration',
      { tests: 'web/**', 'target-duration': 'soon' },
      /Input "target-duration": "soon" is not a duration; write e.g./,
    ],
    [
      'tests that match nothing',
      { tests: 'spec/**/*.rb', shards: '2' },
      /No test files match "tests" \(spec\/\*\*\/\*\.rb\)/,
    ],
  ];
  for (const [what, inputs, message] of refusals) {
    test(`fails on ${what}, saying what to write`, async () => {
      const result = await run(inputs);
      assert.equal(result.failed, true);
      assert.match(result.log, message);
      assert.equal(result.outputs.matrix, undefined);
    });
  }
});
