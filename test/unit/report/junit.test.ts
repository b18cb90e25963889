import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeSummaries, parseJUnit } from '../../../src/report/junit.js';

const PYTEST = `<?xml version="1.0" encoding="utf-8"?>
<testsuites name="pytest tests"><testsuite name="pytest" errors="1" failures="1" skipped="1" tests="5" time="1.234" timestamp="2024-05-01T10:00:00" hostname="runner">
<testcase classname="tests.test_orders" name="test_create" time="0.010" />
<testcase classname="tests.test_orders" name="test_cancel" time="0.020"><failure message="AssertionError: assert 500 == 200&#10; +  where 500 = &lt;Response&gt;.status">def test_cancel():
&gt;       assert r.status == 200
E       AssertionError: assert 500 == 200</failure></testcase>
<testcase classname="tests.test_orders" name="test_skip" time="0.000"><skipped type="pytest.skip" message="not on CI">tests/test_orders.py:20: not on CI</skipped></testcase>
<testcase classname="tests.test_db" name="test_conn" time="0.100"><error message="failed on setup with &quot;ConnectionRefusedError&quot;">fixture trace</error></testcase>
<testcase classname="tests.test_db" name="test_query[param-1]" time="0.001"><system-out>some output</system-out></testcase>
</testsuite></testsuites>`;

const JEST = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="3" failures="1" errors="0" time="2.5">
  <testsuite name="Cart" errors="0" failures="1" skipped="0" timestamp="2024-05-01T10:00:00" time="2.1" tests="2">
    <testcase classname="Cart adds an item" name="Cart adds an item" time="0.004"></testcase>
    <testcase classname="Cart removes an item" name="Cart removes an item" time="0.002">
      <failure><![CDATA[Error: expect(received).toBe(expected) // Object.is equality

Expected: 0
Received: 1
    at Object.<anonymous> (cart.test.js:12:5)]]></failure>
    </testcase>
  </testsuite>
  <testsuite name="Checkout" errors="0" failures="0" skipped="1" time="0.4" tests="1">
    <testcase classname="Checkout pays" name="Checkout pays" time="0"><skipped/></testcase>
  </testsuite>
</testsuites>`;

const SUREFIRE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE testsuite [ <!ENTITY x "y"> ]>
<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="com.acme.OrderServiceTest" time="1,204.5" tests="3" errors="0" skipped="0" failures="1">
  <properties><property name="java.version" value="21"/></properties>
  <testcase name="createsOrder" classname="com.acme.OrderServiceTest" time="0.5"/>
  <testcase name="flaky" classname="com.acme.OrderServiceTest" time="0.1"><flakyFailure message="once" type="java.lang.AssertionError"/></testcase>
  <testcase name="rejectsEmpty" classname="com.acme.OrderServiceTest" time="0.01">
    <failure message="expected: &lt;400&gt; but was: &lt;200&gt;" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: expected: &lt;400&gt; but was: &lt;200&gt;
	at com.acme.OrderServiceTest.rejectsEmpty(OrderServiceTest.java:42)</failure>
    <system-out><![CDATA[log line]]></system-out>
  </testcase>
</testsuite>`;

const GO = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="3" failures="1" errors="0" time="0.012">
	<testsuite name="example.com/shop/orders" tests="3" failures="1" errors="0" id="0" hostname="ci" time="0.012" timestamp="2024-05-01T10:00:00Z">
		<properties><property name="go.version" value="go1.22.0"></property></properties>
		<testcase name="TestCreate" classname="example.com/shop/orders" time="0.000"></testcase>
		<testcase name="TestCancel" classname="example.com/shop/orders" time="0.010"><failure message="Failed" type="">    orders_test.go:20: want 200, got 500</failure></testcase>
		<testcase name="TestSkip" classname="example.com/shop/orders" time="0.000"><skipped message="    orders_test.go:30: slow"></skipped></testcase>
	</testsuite>
</testsuites>`;

const NESTED = `<testsuites><testsuite name="outer"><testsuite name="inner" time="1"><testcase name="a"/><testcase name="b"><failure>boom</failure></testcase></testsuite></testsuite></testsuites>`;

const CRASHED_SUITE = `<testsuites><testsuite name="broken.test.js" tests="0" failures="0" errors="1"><system-err>SyntaxError: Unexpected token</system-err></testsuite></testsuites>`;

const TRUNCATED = `<testsuite name="cut"><testcase name="done"/><testcase name="half"><failure message="x">partial`;

describe('parseJUnit', () => {
  const cases = [
    { name: 'pytest', xml: PYTEST, tests: 5, passed: 2, failed: 1, errored: 1, skipped: 1, timeMs: 1234 },
    { name: 'jest-junit', xml: JEST, tests: 3, passed: 1, failed: 1, errored: 0, skipped: 1, timeMs: 2500 },
    {
      name: 'surefire',
      xml: SUREFIRE,
      tests: 3,
      passed: 2,
      failed: 1,
      errored: 0,
      skipped: 0,
      timeMs: 1_204_500,
    },
    { name: 'go-junit-report', xml: GO, tests: 3, passed: 1, failed: 1, errored: 0, skipped: 1, timeMs: 12 },
    { name: 'nested suites', xml: NESTED, tests: 2, passed: 1, failed: 1, errored: 0, skipped: 0, timeMs: 0 },
    {
      name: 'suite crashed before tests',
      xml: CRASHED_SUITE,
      tests: 1,
      passed: 0,
      failed: 0,
      errored: 1,
      skipped: 0,
      timeMs: 0,
    },
    {
      name: 'report cut short',
      xml: TRUNCATED,
      tests: 2,
      passed: 1,
      failed: 1,
      errored: 0,
      skipped: 0,
      timeMs: 0,
    },
    {
      name: 'bare testcase root',
      xml: '<testcase name="solo"/>',
      tests: 1,
      passed: 1,
      failed: 0,
      errored: 0,
      skipped: 0,
      timeMs: 0,
    },
    {
      name: 'empty suite',
      xml: '<testsuite name="none" tests="0"/>',
      tests: 0,
      passed: 0,
      failed: 0,
      errored: 0,
      skipped: 0,
      timeMs: 0,
    },
  ];
  for (const { name, xml, ...expected } of cases) {
    it(`counts ${name}`, () => {
      const summary = parseJUnit(xml);
      const counts = { ...expected, timeMs: summary.timeMs };
      for (const key of Object.keys(expected) as Array<keyof typeof expected>) counts[key] = summary[key];
      assert.deepEqual(counts, expected);
    });
  }

  const messages = [
    {
      name: 'pytest failure: message attribute, first line',
      xml: PYTEST,
      index: 0,
      expected: {
        suite: 'pytest',
        name: 'test_cancel',
        classname: 'tests.test_orders',
        message: 'AssertionError: assert 500 == 200',
        kind: 'failure',
      },
    },
    {
      name: 'pytest error',
      xml: PYTEST,
      index: 1,
      expected: {
        suite: 'pytest',
        name: 'test_conn',
        classname: 'tests.test_db',
        message: 'failed on setup with "ConnectionRefusedError"',
        kind: 'error',
      },
    },
    {
      name: 'jest: CDATA text when no message',
      xml: JEST,
      index: 0,
      expected: {
        suite: 'Cart',
        name: 'Cart removes an item',
        classname: 'Cart removes an item',
        message: 'Error: expect(received).toBe(expected) // Object.is equality',
        kind: 'failure',
      },
    },
    {
      name: 'surefire: entities decoded',
      xml: SUREFIRE,
      index: 0,
      expected: {
        suite: 'com.acme.OrderServiceTest',
        name: 'rejectsEmpty',
        classname: 'com.acme.OrderServiceTest',
        message: 'expected: <400> but was: <200>',
        kind: 'failure',
      },
    },
    {
      name: 'go: generic message kept',
      xml: GO,
      index: 0,
      expected: {
        suite: 'example.com/shop/orders',
        name: 'TestCancel',
        classname: 'example.com/shop/orders',
        message: 'Failed',
        kind: 'failure',
      },
    },
    {
      name: 'nested: innermost suite',
      xml: NESTED,
      index: 0,
      expected: { suite: 'inner', name: 'b', classname: '', message: 'boom', kind: 'failure' },
    },
    {
      name: 'crashed suite',
      xml: CRASHED_SUITE,
      index: 0,
      expected: {
        suite: 'broken.test.js',
        name: 'broken.test.js',
        classname: '',
        message: 'the suite reported 1 error without running a test case',
        kind: 'error',
      },
    },
  ];
  for (const { name, xml, index, expected } of messages) {
    it(`describes failures: ${name}`, () => {
      const failure = parseJUnit(xml).failures[index] ?? assert.fail('no failure');
      assert.deepEqual({ ...failure, details: undefined }, { ...expected, details: undefined });
    });
  }

  it('keeps the failure text as details', () => {
    assert.match(parseJUnit(JEST).failures[0]?.details ?? '', /Expected: 0\nReceived: 1/);
    assert.match(parseJUnit(GO).failures[0]?.details ?? '', /want 200, got 500/);
    assert.match(parseJUnit(CRASHED_SUITE).failures[0]?.details ?? '', /SyntaxError/);
  });

  it('refuses documents that are not JUnit', () => {
    assert.throws(() => parseJUnit('<html><body/></html>'), /not a JUnit report \(root element <html>\)/);
    assert.throws(() => parseJUnit('just text'), /not a JUnit report/);
  });

  it('merges summaries', () => {
    const merged = mergeSummaries([parseJUnit(PYTEST), parseJUnit(GO)]);
    assert.equal(merged.tests, 8);
    assert.equal(merged.failed, 2);
    assert.equal(merged.failures.length, 3);
    assert.equal(merged.timeMs, 1246);
  });
});
