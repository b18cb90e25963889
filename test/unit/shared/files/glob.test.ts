import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globToRegExp, hasGlob } from '../../../../src/shared/files/glob.js';

describe('globToRegExp', () => {
  const cases = [
    ['/reports/*.xml', '/reports/junit.xml', true],
    ['/reports/*.xml', '/reports/sub/junit.xml', false],
    ['/reports/**/*.xml', '/reports/junit.xml', true],
    ['/reports/**/*.xml', '/reports/a/b/junit.xml', true],
    ['/reports/**', '/reports/a/b.txt', true],
    ['/reports/TEST-?.xml', '/reports/TEST-1.xml', true],
    ['/reports/TEST-?.xml', '/reports/TEST-12.xml', false],
    ['/r/[abc].xml', '/r/b.xml', true],
    ['/r/[!abc].xml', '/r/b.xml', false],
    ['/r/[!abc].xml', '/r/d.xml', true],
    ['/r/a.b', '/r/aXb', false],
    ['/r/\\*.xml', '/r/*.xml', true],
    ['/r/\\*.xml', '/r/a.xml', false],
    ['/r/(x)+.xml', '/r/(x)+.xml', true],
  ] as const;
  for (const [pattern, path, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(globToRegExp(pattern).test(path), expected);
    });
  }

  it('tells globs from plain paths', () => {
    assert.equal(hasGlob('/reports/junit.xml'), false);
    assert.equal(hasGlob('/reports/*.xml'), true);
    assert.equal(hasGlob('/reports/[ab].xml'), true);
  });
});
