import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cell, codeBlock } from '../../../../src/shared/format/markdown.js';

describe('markdown helpers', () => {
  const cells: Array<[string | number | undefined, string]> = [
    [undefined, '-'],
    ['', '-'],
    [3, '3'],
    ['a|b', 'a\\|b'],
    ['two\nlines', 'two lines'],
  ];
  for (const [value, expected] of cells)
    test(`cell ${JSON.stringify(value)}`, () => assert.equal(cell(value), expected));

  test('code fence outgrows backtick runs inside', () => {
    assert.equal(codeBlock(['plain']), '```text\nplain\n```');
    assert.equal(codeBlock(['has ```` four']), '`````text\nhas ```` four\n`````');
  });
});
