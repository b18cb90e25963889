import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runNamespaceName } from '../../../src/kube/namespace.js';

describe('runNamespaceName', () => {
  const cases: [string | undefined, string][] = [
    ['integration-1000-1', 'inception-integration-1000-1-a1b2c3'],
    [undefined, 'inception-a1b2c3'],
    ['Build & Test_2', 'inception-build-test-2-a1b2c3'],
    ['x'.repeat(80), `inception-${'x'.repeat(46)}-a1b2c3`],
    ['---', 'inception-a1b2c3'],
  ];
  for (const [run, expected] of cases) {
    it(`${JSON.stringify(run)} -> ${expected}`, () => {
      const name = runNamespaceName(run, 'a1b2c3');
      assert.equal(name, expected);
      assert.ok(name.length <= 63);
    });
  }
});
