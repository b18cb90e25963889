import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { combineJUnitReports } from '../../../src/report/combine-junit.js';
import { parseJUnit } from '../../../src/report/junit.js';
import { parseXml, findAll } from '../../../src/report/xml.js';

const pytest = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="2">
<testcase classname="tests.test_orders" name="test_create"/>
<testcase classname="tests.test_orders" name="test_pay"><failure message="boom">trace</failure></testcase>
</testsuite></testsuites>`;
const jest = `<testsuite tests="1" time="0.5"><testcase classname="ui" name="renders"><skipped/></testcase></testsuite>`;
const nested = `<testsuites><testsuite name="outer"><testsuite name="inner"><testcase name="a"/></testsuite></testsuite><testsuite name="empty"/></testsuites>`;

describe('one JUnit document over the suites of a parallel run', () => {
  test('counts what the reports count, each suite named after its run', () => {
    const combined = combineJUnitReports([
      { run: 'api', xml: pytest },
      { run: 'ui', xml: jest },
    ]);
    const summary = parseJUnit(combined);
    assert.deepEqual([summary.tests, summary.passed, summary.failed, summary.skipped], [3, 1, 1, 1]);
    const names = findAll(parseXml(combined), 'testsuite').map((suite) => suite.attributes.name);
    assert.deepEqual(names, ['api: pytest', 'ui']);
  });

  test('a nested suite stays inside its parent; a self-closed one is kept', () => {
    const combined = combineJUnitReports([{ run: 'x "1"', xml: nested }]);
    const top = parseXml(combined).children[0]!.children;
    assert.deepEqual(
      top.map((suite) => suite.attributes.name),
      ['x "1": outer', 'x "1": empty'],
    );
    assert.equal(parseJUnit(combined).tests, 1);
  });

  test('no reports: an empty document that still reads', () => {
    assert.equal(parseXml(combineJUnitReports([])).children[0]?.name, 'testsuites');
  });
});
