import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { recordRun } from '../../../../src/shard/timings/record-run.js';
import { timingsFile } from '../../../../src/shard/timings/timings-file.js';
import { MemoryLogger } from '../../../support/memory-logger.js';

const junit = (cases: [file: string, seconds: number][]) =>
  `<testsuites><testsuite name="leg">${cases
    .map(
      ([file, seconds], i) => `<testcase classname="t" name="case ${i}" file="${file}" time="${seconds}"/>`,
    )
    .join('')}</testsuite></testsuites>`;

describe('recordRun', () => {
  let root: string;
  const now = new Date('2026-12-01T12:00:00Z');
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'record-run-'));
    for (const file of ['tests/a.sh', 'tests/b.sh', 'tests/c.sh', 'tests/d.sh']) {
      await mkdir(path.join(root, path.dirname(file)), { recursive: true });
      await writeFile(path.join(root, file), '');
    }
    await mkdir(path.join(root, 'reports/junit-1'), { recursive: true });
    await mkdir(path.join(root, 'reports/junit-2'), { recursive: true });
    await writeFile(
      path.join(root, 'reports/junit-1/a.xml'),
      junit([
        ['tests/a.sh', 2],
        ['tests/a.sh', 1.5],
      ]),
    );
    await writeFile(path.join(root, 'reports/junit-2/b.xml'), junit([['tests/b.sh', 4]]));
    // A leg that ran a.sh again (a retried job's second report): the run spent both.
    await writeFile(path.join(root, 'reports/junit-2/retry.xml'), junit([['tests/a.sh', 0.5]]));
  });
  after(() => rm(root, { recursive: true, force: true }));

  test("adds up each file's cases over every leg's reports of the run", async () => {
    const run = await recordRun({
      root,
      tests: ['tests/*.sh'],
      planFiles: [],
      reports: ['reports/**/*.xml'],
      now,
      logger: new MemoryLogger(),
    });
    assert.deepEqual(Object.fromEntries(run.measured), { 'tests/a.sh': 4, 'tests/b.sh': 4 });
    assert.deepEqual(Object.fromEntries(run.kept), Object.fromEntries(run.measured));
    assert.equal(run.reports.length, 3);
  });

  test("keeps earlier timings of files this run did not time, drops those of files gone, and this run's win", async () => {
    const previous = timingsFile(
      new Map([
        ['tests/a.sh', 100],
        ['tests/c.sh', 3],
        ['tests/removed.sh', 9],
      ]),
      // Recorded "later" by a runner whose clock was ahead: this run's measurement still wins.
      new Date('2026-12-01T13:00:00Z'),
    );
    const logger = new MemoryLogger();
    const run = await recordRun({
      root,
      tests: [],
      planFiles: ['tests/a.sh', 'tests/b.sh', 'tests/c.sh', 'tests/d.sh'],
      reports: ['reports/**/*.xml'],
      previous: { key: 'timings-1-1', file: previous },
      now,
      logger,
    });
    assert.deepEqual(Object.fromEntries(run.kept), { 'tests/a.sh': 4, 'tests/b.sh': 4, 'tests/c.sh': 3 });
    assert.match(logger.text(), /This run timed 2 of 4 test file\(s\), 8\.0s in all; 3 timing\(s\) kept/);
    assert.match(logger.text(), /1 timing\(s\) carried over from timings-1-1/);
  });

  test('no report that times a test file: a warning and nothing to keep', async () => {
    const logger = new MemoryLogger();
    const run = await recordRun({
      root,
      tests: ['tests/*.sh'],
      planFiles: [],
      reports: ['nothing/*.xml'],
      now,
      logger,
    });
    assert.equal(run.kept.size, 0);
    assert.match(logger.text(), /warning: No report of "reports" \(nothing\/\*\.xml\) timed a test file/);
  });

  test('no test files at all: an error saying what to give', async () => {
    await assert.rejects(
      recordRun({
        root,
        tests: [],
        planFiles: [],
        reports: ['reports/*.xml'],
        now,
        logger: new MemoryLogger(),
      }),
      /give "tests" .* or "plan"/,
    );
  });
});
