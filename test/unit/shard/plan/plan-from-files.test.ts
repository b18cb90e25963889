import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { planFromFiles } from '../../../../src/shard/plan/plan-from-files.js';
import { MemoryLogger } from '../../../support/memory-logger.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

describe('planFromFiles', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'plan-from-files-'));
    for (const file of [
      'tests/integration/test_orders.py',
      'tests/integration/test_inventory.py',
      'tests/unit/test_money.py',
      'tests/unit/test_new.py',
    ]) {
      await mkdir(path.join(root, path.dirname(file)), { recursive: true });
      await writeFile(path.join(root, file), '');
    }
    await mkdir(path.join(root, 'reports'));
    await copyFile(path.join(fixtures, 'pytest-xunit1.xml'), path.join(root, 'reports/run.xml'));
    await writeFile(path.join(root, 'reports/index.html'), '<html><body>report</body></html>');
  });
  after(() => rm(root, { recursive: true, force: true }));

  test('plans by the reports, names untimed files and warns about a report that is not JUnit', async () => {
    const logger = new MemoryLogger();
    const plan = await planFromFiles({
      root,
      tests: ['tests/**/test_*.py'],
      reports: ['reports/*'],
      shards: 2,
      logger,
    });
    assert.equal(plan.basis, 'timings');
    assert.deepEqual(
      plan.shards.map((shard) => shard.files),
      [
        ['tests/integration/test_orders.py', 'tests/unit/test_money.py'],
        ['tests/integration/test_inventory.py', 'tests/unit/test_new.py'],
      ],
    );
    const log = logger.text();
    assert.match(
      log,
      /warning: Report reports\/index\.html was not read: .*index\.html is not a JUnit report: its root element is <html>/,
    );
    assert.match(log, /info: reports\/run\.xml: 5 test case\(s\), 3 test file\(s\) timed/);
    assert.match(
      log,
      /1 test file\(s\) have no timing; each weighs the mean of the timed ones, 4\.7s: tests\/unit\/test_new\.py/,
    );
  });

  test('without matching reports, by count', async () => {
    const logger = new MemoryLogger();
    const plan = await planFromFiles({
      root,
      tests: ['tests/**/*.py'],
      reports: ['none/*.xml'],
      shards: 3,
      logger,
    });
    assert.equal(plan.basis, 'count');
    assert.match(logger.text(), /No reports match none\/\*\.xml/);
  });

  test('a pattern outside the folder: an error naming the input', async () => {
    await assert.rejects(
      planFromFiles({
        root,
        tests: ['tests/**'],
        reports: ['/tmp/elsewhere/*.xml'],
        shards: 2,
        logger: new MemoryLogger(),
      }),
      /^ConfigurationError: "reports": "\/tmp\/elsewhere\/\*\.xml" is outside /,
    );
  });

  test('tests that match nothing: an error naming the patterns and the folder', async () => {
    await assert.rejects(
      planFromFiles({ root, tests: ['spec/**/*.rb'], reports: [], shards: 2, logger: new MemoryLogger() }),
      new RegExp(`No test files match "tests" \\(spec/\\*\\*/\\*\\.rb\\) in ${root}`),
    );
  });
});
