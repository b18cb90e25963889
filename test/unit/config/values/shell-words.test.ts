import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitShellWords } from '../../../../src/config/values/shell-words.js';

describe('splitShellWords', () => {
  const cases: Array<[string, string[]]> = [
    ['npm test', ['npm', 'test']],
    ['  pytest   -k "a and not b"  ', ['pytest', '-k', 'a and not b']],
    [`sh -c 'echo "$HOME" && exit 3'`, ['sh', '-c', 'echo "$HOME" && exit 3']],
    ['echo "a \\"quoted\\" \\$x \\n"', ['echo', 'a "quoted" $x \\n']],
    ['echo a\\ b ""', ['echo', 'a b', '']],
    ['pytest \\\n  -x', ['pytest', '-x']],
    ['echo "one \\\ntwo"', ['echo', 'one two']],
    ["echo 'keeps \\\n'", ['echo', 'keeps \\\n']],
  ];
  for (const [text, words] of cases) {
    it(`splits ${JSON.stringify(text)}`, () => assert.deepEqual(splitShellWords(text, 'command'), words));
  }

  it('names the place of an unterminated quote', () => {
    assert.throws(
      () => splitShellWords('sh -c "echo', 'tests.command'),
      /^.*tests\.command: unterminated " quote/,
    );
  });
});
