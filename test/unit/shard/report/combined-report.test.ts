import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { combinedReportMarkdown, combineShardReports } from '../../../../src/shard/report/combined-report.js';
import { parsePlan } from '../../../../src/shard/plan/plan-input.js';

const plan = parsePlan(
  JSON.stringify({
    of: 3,
    basis: 'timings',
    shards: [
      { shard: 1, seconds: 60, files: ['tests/test_slow.py'] },
      { shard: 2, seconds: 58, files: ['tests/test_api.py', 'tests/test_db.py'] },
      { shard: 3, seconds: 55, files: ['tests/test_ui.py'] },
    ],
  }),
  'plan',
);

function report(cases: string): string {
  return `<?xml version="1.0"?><testsuites><testsuite name="pytest">${cases}</testsuite></testsuites>`;
}

const shards = [
  {
    shard: 1,
    reports: [{ path: 's1.xml', xml: report('<testcase file="tests/test_slow.py" name="a" time="61"/>') }],
  },
  {
    shard: 2,
    seconds: 75,
    reports: [
      {
        path: 's2.xml',
        xml: report(
          '<testcase classname="tests.test_api" name="ok" time="20"/>' +
            '<testcase classname="tests.test_api" name="bad" time="30"><failure message="boom"/></testcase>' +
            '<testcase classname="tests.test_db" name="skip" time="0"><skipped/></testcase>',
        ),
      },
      { path: 'notes.txt', xml: 'not xml at all' },
    ],
  },
];

describe('combineShardReports', () => {
  const combined = combineShardReports({ shards, plan });

  it('counts each shard and sums them', () => {
    assert.deepEqual(
      combined.shards.map((s) => [s.shard, s.summary.passed, s.summary.failed, s.summary.skipped, s.seconds]),
      [
        [1, 1, 0, 0, 61],
        [2, 1, 1, 1, 75],
        [3, 0, 0, 0, 0],
      ],
    );
    assert.equal(combined.total.tests, 4);
    assert.equal(combined.total.failed, 1);
    assert.match(combined.shards[1]?.unread[0] ?? '', /^notes\.txt: not a JUnit report/);
  });

  it('ranks files by their time, across shards', () => {
    assert.deepEqual(
      combined.slowestFiles.map((entry) => [entry.file, entry.seconds, entry.shard]),
      [
        ['tests/test_slow.py', 61, 1],
        ['tests/test_api.py', 50, 2],
        ['tests/test_db.py', 0, 2],
      ],
    );
  });

  it("names the worst shard against the plan's slowest", () => {
    assert.equal(combined.worst?.shard, 2);
    assert.equal(combined.plannedMakespan, 60);
    const markdown = combinedReportMarkdown(combined);
    assert.match(markdown, /^### ❌ Tests over 3 shard\(s\): 2 passed, 1 failed, 1 skipped/);
    assert.match(
      markdown,
      /Slowest shard: \*\*2\*\*, 1m 15s, planned 58\.0s; the plan's slowest shard was 1m 00s \(\+25%\)/,
    );
    assert.match(markdown, /\| 2\/3 \| 1 \| 1 \| 1 \| 1m 15s \| 58\.0s \|/);
    assert.match(markdown, /\| \*\*all\*\* \| 2 \| 1 \| 1 \| 2m 16s \| 2m 53s \|/);
    assert.match(markdown, /No test results from shard\(s\) 3\./);
    assert.match(markdown, /`tests\/test_slow\.py` \| 1 \| 1m 01s/);
    assert.match(markdown, /Reports not counted \(1\)/);
  });

  it("charts each shard's planned and actual time, the one without results marked", () => {
    const markdown = combinedReportMarkdown(combined);
    const chart = /```mermaid\n(gantt[\s\S]*?)\n```/.exec(markdown)?.[1] ?? '';
    assert.match(chart, /section shard 2\n {4}planned 58s :0, 58000\n {4}actual 75s :0, 75000/);
    assert.match(chart, /section shard 3\n {4}planned [\d.]+s :0, \d+\n {4}no result :crit/);
    assert.doesNotMatch(combinedReportMarkdown(combineShardReports({ shards })), /mermaid/);
  });

  it('works without a plan: no planned column values, no file ranking', () => {
    const withoutPlan = combineShardReports({ shards });
    assert.equal(withoutPlan.of, 2);
    assert.deepEqual(withoutPlan.slowestFiles, []);
    const markdown = combinedReportMarkdown(withoutPlan);
    assert.match(markdown, /Slowest shard: \*\*2\*\*, 1m 15s\.\n/);
    assert.match(markdown, /^### ❌ Tests over 2 shard\(s\)/);
  });

  it('reports a clean run as passed', () => {
    const clean = combineShardReports({ shards: [shards[0] as (typeof shards)[0]], plan });
    assert.match(combinedReportMarkdown(clean), /^### ✅ Tests over 3 shard\(s\): 1 passed, 0 failed/);
  });
});
