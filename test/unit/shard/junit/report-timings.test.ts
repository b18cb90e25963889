import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readReportTimings, reportTimingsOf } from '../../../../src/shard/junit/report-timings.js';
import { TestFileIndex } from '../../../../src/shard/junit/test-file-index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** One repository holding a suite of each framework, as the fixtures' reports name it. */
const REPOSITORY = [
  'tests/integration/test_orders.py',
  'tests/integration/test_inventory.py',
  'tests/unit/test_money.py',
  'services/billing/tests/test_invoices.py',
  'web/src/cart/cart.test.ts',
  'web/src/search/search.test.ts',
  'web/src/legacy/broken.test.ts',
  'internal/cart/cart_test.go',
  'internal/cart/cart_pg_test.go',
  'internal/search/search_test.go',
  'server_test.go',
  'orders/src/test/java/com/acme/shop/orders/OrderServiceIT.java',
  'api/test/orders.test.mjs',
  'api/test/health.test.mjs',
  'e2e/tests/checkout/pay.spec.ts',
  'e2e/tests/login.spec.ts',
  'test/worker/queue.spec.js',
  'test/worker/mailer.spec.js',
];

async function timings(fixture: string, index = new TestFileIndex(REPOSITORY)) {
  return readReportTimings(path.join(fixtures, fixture), index);
}

/** Seconds per file, rounded to the millisecond: the sums are of floating-point times. */
function rounded(seconds: Map<string, number>): Record<string, number> {
  return Object.fromEntries(
    [...seconds]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([file, value]) => [file, Math.round(value * 1000) / 1000]),
  );
}

describe('timings per test file from the JUnit of each framework', () => {
  const cases: {
    fixture: string;
    framework: string;
    expected: Record<string, number>;
    unmatched?: string[];
  }[] = [
    {
      framework: 'pytest, junit_family=xunit1 (file attribute)',
      fixture: 'pytest-xunit1.xml',
      expected: {
        'tests/integration/test_inventory.py': 6.397,
        'tests/integration/test_orders.py': 7.655,
        'tests/unit/test_money.py': 0.002,
      },
    },
    {
      framework: 'pytest, xunit2 (dotted classname: module, then classes)',
      fixture: 'pytest-xunit2.xml',
      expected: {
        'services/billing/tests/test_invoices.py': 7.93,
        'tests/integration/test_inventory.py': 6,
        'tests/integration/test_orders.py': 8,
      },
    },
    {
      framework: 'jest-junit with addFileAttribute (absolute paths of another machine)',
      fixture: 'jest-junit-file.xml',
      expected: { 'web/src/cart/cart.test.ts': 4.225, 'web/src/search/search.test.ts': 3.088 },
    },
    {
      framework: 'jest-junit without the file attribute, suiteNameTemplate {filepath} (suite time counts)',
      fixture: 'jest-junit-filepath.xml',
      expected: {
        'web/src/cart/cart.test.ts': 5.9,
        'web/src/legacy/broken.test.ts': 0,
        'web/src/search/search.test.ts': 2.87,
      },
    },
    {
      framework: "gotestsum (package as classname, its time shared by the package's _test.go files)",
      fixture: 'gotestsum.xml',
      expected: {
        'internal/cart/cart_pg_test.go': 4.06,
        'internal/cart/cart_test.go': 4.06,
        'internal/search/search_test.go': 4.36,
      },
    },
    {
      framework: 'go-junit-report (the root package needs go.mod, see below)',
      fixture: 'go-junit-report.xml',
      expected: { 'internal/search/search_test.go': 2.2 },
      unmatched: ['github.com/acme/shop'],
    },
    {
      framework: 'Maven Surefire (class to src/test/java path, nested class, "1,203.5")',
      fixture: 'TEST-com.acme.shop.orders.OrderServiceIT.xml',
      expected: { 'orders/src/test/java/com/acme/shop/orders/OrderServiceIT.java': 1203.5 },
    },
    {
      framework: 'node:test --test-reporter=junit (file attribute, Node 22+)',
      fixture: 'node-test.xml',
      expected: { 'api/test/health.test.mjs': 0.051, 'api/test/orders.test.mjs': 2.501 },
    },
    {
      framework: 'Playwright (suite named by the file under testDir; two projects add up)',
      fixture: 'playwright.xml',
      expected: { 'e2e/tests/checkout/pay.spec.ts': 58.12, 'e2e/tests/login.spec.ts': 0 },
    },
    {
      framework: "mocha-junit-reporter (the suite's file attribute)",
      fixture: 'mocha.xml',
      expected: { 'test/worker/mailer.spec.js': 2.502, 'test/worker/queue.spec.js': 5.005 },
    },
  ];
  for (const { framework, fixture, expected, unmatched = [] } of cases) {
    test(framework, async () => {
      const report = await timings(fixture);
      assert.deepEqual(rounded(report.seconds), expected);
      assert.deepEqual(report.unmatched.names, unmatched);
    });
  }

  test("go.mod's module names the root package's folder", async () => {
    const report = await timings(
      'go-junit-report.xml',
      new TestFileIndex(REPOSITORY, { goModule: 'github.com/acme/shop' }),
    );
    assert.deepEqual(rounded(report.seconds), {
      'internal/search/search_test.go': 2.2,
      'server_test.go': 3.831,
    });
  });

  test('jest-junit with its default templates names no file: the cases are counted as unmatched', async () => {
    const report = await timings('jest-junit-default.xml');
    assert.equal(report.seconds.size, 0);
    assert.deepEqual(report.unmatched, {
      testCases: 2,
      names: ['cart adds an item', 'search finds by prefix'],
    });
  });

  test("the report's latest suite timestamp is its time; without one, the file's modification time", async () => {
    assert.equal((await timings('pytest-xunit1.xml')).time, Date.parse('2026-11-30T09:12:44.183211+00:00'));
    const report = reportTimingsOf(
      'r.xml',
      '<testsuite name="x"><testcase name="a" time="1"/></testsuite>',
      new TestFileIndex([]),
      42,
    );
    assert.equal(report.time, 42);
  });
});

describe('reports that are not JUnit, or are cut short', () => {
  const index = new TestFileIndex(['tests/test_a.py']);
  const cases = [
    {
      what: 'an HTML page',
      xml: '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>',
      error: /page\.xml is not a JUnit report: its root element is <html>/,
    },
    {
      what: 'coverage XML',
      xml: '<?xml version="1.0"?><coverage line-rate="0.8"></coverage>',
      error: /root element is <coverage>/,
    },
    { what: 'an empty file', xml: '', error: /page\.xml is not a JUnit report: it holds no XML element/ },
    { what: 'plain text', xml: 'FAILED tests/test_a.py::test_x', error: /holds no XML element/ },
  ];
  for (const { what, xml, error } of cases) {
    test(`${what}: an error naming the file and what to point "reports" at`, () => {
      assert.throws(
        () => reportTimingsOf('ci/page.xml', xml, index),
        (thrown: Error) => {
          assert.match(thrown.message, error);
          assert.match(thrown.message, /Point "reports" at the JUnit XML/);
          return true;
        },
      );
    });
  }

  test('a report cut short by a killed run keeps its finished test cases', () => {
    const xml =
      '<testsuites><testsuite name="pytest"><testcase classname="tests.test_a" name="t1" time="2.5"/><testcase classname="tests.test_a" name="t2" time="1';
    assert.deepEqual(rounded(reportTimingsOf('r.xml', xml, index).seconds), { 'tests/test_a.py': 2.5 });
  });

  test('a missing file is an error naming it', async () => {
    await assert.rejects(readReportTimings('/nonexistent/report.xml', index), /\/nonexistent\/report\.xml/);
  });
});

describe('a huge report', () => {
  test('is read in chunks: 60 MB of captured output in CDATA, with tags inside it ignored', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'shard-huge-'));
    try {
      const noise = `<testcase classname="tests.test_fake" time="999"/> ]] > ${'x'.repeat(1000)}\n`.repeat(
        1000,
      );
      const file = path.join(folder, 'huge.xml');
      const out = createWriteStream(file);
      out.write('<?xml version="1.0"?><testsuites><testsuite name="pytest">');
      for (let i = 0; i < 60; i++) {
        const testCase = `<testcase classname="tests.test_a" name="t${i}" time="0.5"><system-out><![CDATA[${noise}]]></system-out></testcase>`;
        if (!out.write(testCase)) await once(out, 'drain');
      }
      out.end('</testsuite></testsuites>');
      await once(out, 'finish');
      assert.ok((await stat(file)).size > 60_000_000);
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
      const report = await readReportTimings(
        file,
        new TestFileIndex(['tests/test_a.py', 'tests/test_fake.py']),
      );
      clearInterval(sampler);
      assert.deepEqual(rounded(report.seconds), { 'tests/test_a.py': 30 });
      assert.equal(report.testCases, 60);
      // Held whole, the text alone would take 60 MB of heap at once.
      assert.ok(peak - before < 40_000_000, `the heap grew by ${peak - before} bytes`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
