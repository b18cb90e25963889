import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filesToRerun } from '../../../../src/shard/selection/failed-files.js';

const FILES = ['tests/test_api.py', 'tests/test_db.py', 'tests/test_ui.py', 'web/cart.spec.ts'];

const report = (body: string) => ({ path: 'r.xml', xml: `<testsuites>${body}</testsuites>` });

describe('filesToRerun', () => {
  it('picks the files with a failing or erroring case, however the framework names them', () => {
    const choice = filesToRerun(
      [
        report(
          '<testsuite name="pytest">' +
            '<testcase classname="tests.test_api" name="ok"/>' +
            '<testcase classname="tests.test_api" name="bad"><failure message="x"/></testcase>' +
            '<testcase classname="tests.test_db" name="skip"><skipped/></testcase>' +
            '</testsuite>',
        ),
        report(
          '<testsuite name="web/cart.spec.ts"><testcase classname="cart" name="adds"><error message="boom"/></testcase></testsuite>',
        ),
      ],
      FILES,
      1,
    );
    assert.deepEqual(choice, { kind: 'files', files: ['tests/test_api.py', 'web/cart.spec.ts'] });
  });

  it('counts a suite that failed before any case ran (an import error)', () => {
    const choice = filesToRerun(
      [
        report(
          '<testsuite name="tests/test_ui.py" errors="1" tests="0"><system-err>ImportError</system-err></testsuite>',
        ),
      ],
      FILES,
      2,
    );
    assert.deepEqual(choice, { kind: 'files', files: ['tests/test_ui.py'] });
  });

  const everything: [string, { path: string; xml: string }[], RegExp][] = [
    ['no reports', [], /attempt 1 left no test reports/],
    [
      'no failure',
      [report('<testsuite><testcase file="tests/test_db.py" name="a"/></testsuite>')],
      /show no failure/,
    ],
    [
      'a failure that names no file',
      [
        report(
          '<testsuite><testcase file="tests/test_db.py" name="a"><failure/></testcase><testcase classname="Mystery" name="b"><failure/></testcase></testsuite>',
        ),
      ],
      /1 failure\(s\) of attempt 1 name no test file/,
    ],
    ['a report that is not JUnit', [{ path: 'x.xml', xml: '<html/>' }], /could not be read: x\.xml/],
  ];
  for (const [what, reports, reason] of everything) {
    it(`runs everything after ${what}`, () => {
      const choice = filesToRerun(reports, FILES, 1);
      assert.equal(choice.kind, 'everything');
      assert.match(choice.kind === 'everything' ? choice.reason : '', reason);
    });
  }
});
