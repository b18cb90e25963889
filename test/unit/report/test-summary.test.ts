import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JUnitFailure, JUnitSummary } from '../../../src/report/junit.js';
import { testSummaryMarkdown } from '../../../src/report/test-summary.js';

function summary(failures: JUnitFailure[], extra: Partial<JUnitSummary> = {}): JUnitSummary {
  return {
    tests: 10,
    passed: 10 - failures.length,
    failed: failures.length,
    errored: 0,
    skipped: 0,
    failures,
    timeMs: 1500,
    ...extra,
  };
}

const failure = (name: string, message = 'boom', details?: string): JUnitFailure => ({
  suite: 'suite',
  name,
  classname: 'pkg.Class',
  message,
  ...(details ? { details } : {}),
  kind: 'failure',
});

describe('testSummaryMarkdown', () => {
  const headlines = [
    [{ result: 'passed', exitCode: 0, durationMs: 2000 }, '### ✅ Tests passed in 2.0s'],
    [
      { result: 'failed', exitCode: 3, durationMs: 65_000 },
      '### ❌ Tests failed with exit code 3 after 1m 05s',
    ],
    [
      { result: 'timed-out', exitCode: 137, durationMs: 30_000, timeoutMs: 30_000 },
      '### ⏱️ Tests timed out after 30.0s (timeout 30.0s)',
    ],
    [
      { result: 'passed', exitCode: 0, durationMs: 10, title: 'api_tests' },
      '### ✅ Tests api\\_tests passed in 10ms',
    ],
  ] as const;
  for (const [input, expected] of headlines) {
    it(`heads with "${expected}"`, () => {
      assert.equal(testSummaryMarkdown(input).split('\n')[0], expected);
    });
  }

  it('tables the counts', () => {
    const markdown = testSummaryMarkdown({
      result: 'passed',
      exitCode: 0,
      durationMs: 1,
      summary: summary([], { skipped: 2, passed: 8 }),
    });
    assert.match(markdown, /\| Passed \| Failed \| Errored \| Skipped \| Total \| Time \|/);
    assert.match(markdown, /\| 8 \| 0 \| 0 \| 2 \| 10 \| 1\.5s \|/);
    assert.doesNotMatch(markdown, /failing/);
  });

  it('lists a few failing tests unfolded, escaping markdown and HTML', () => {
    const markdown = testSummaryMarkdown({
      result: 'failed',
      exitCode: 1,
      durationMs: 1,
      summary: summary([failure('test_<b>|pipe', 'expected *1* got `2`')]),
    });
    assert.match(markdown, /\*\*1 failing test\*\*/);
    assert.match(markdown, /- \*\*pkg\.Class › test\\_&lt;b&gt;\\\|pipe\*\*: expected \\\*1\\\* got \\`2\\`/);
    assert.doesNotMatch(markdown, /<details>/);
  });

  it('folds many failures and long output into <details>', () => {
    const many = Array.from({ length: 12 }, (_, i) => failure(`test_${i}`));
    assert.match(
      testSummaryMarkdown({ result: 'failed', exitCode: 1, durationMs: 1, summary: summary(many) }),
      /<details><summary><b>12 failing tests<\/b><\/summary>/,
    );
    const long = [failure('test_long', 'boom', 'x'.repeat(5000))];
    const markdown = testSummaryMarkdown({
      result: 'failed',
      exitCode: 1,
      durationMs: 1,
      summary: summary(long),
    });
    assert.match(markdown, /<details><summary><b>1 failing test<\/b><\/summary>/);
    assert.match(markdown, /<details><summary>output<\/summary>\n\n {2}```\n {2}x{5000}\n {2}```/);
  });

  it('fences output that itself holds backticks', () => {
    const markdown = testSummaryMarkdown({
      result: 'failed',
      exitCode: 1,
      durationMs: 1,
      summary: summary([failure('t', 'm', 'a ```` b')]),
    });
    assert.match(markdown, /`````\n {2}a ```` b\n {2}`````/);
  });

  it('caps the list and counts the rest', () => {
    const many = Array.from({ length: 55 }, (_, i) => failure(`test_${i}`));
    const markdown = testSummaryMarkdown({
      result: 'failed',
      exitCode: 1,
      durationMs: 1,
      summary: summary(many),
    });
    assert.match(markdown, /- … and 5 more/);
    assert.doesNotMatch(markdown, /test\\_50\*\*/);
  });

  it('says where reports were looked for when there are none', () => {
    const markdown = testSummaryMarkdown({
      result: 'failed',
      exitCode: 2,
      durationMs: 1,
      reportsPattern: '/reports/*.xml',
    });
    assert.match(markdown, /No JUnit report was found \(looked for `\/reports\/\*\.xml`\)\./);
  });
});
