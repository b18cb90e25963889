import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCommand } from '../../../../src/actions/run-tests/command.js';

describe('parseCommand', () => {
  const cases = [
    ['npm test', ['npm', 'test']],
    ['  pytest   -k "a and not b"  ', ['pytest', '-k', 'a and not b']],
    [`sh -c 'echo "$HOME" && exit 3'`, ['sh', '-c', 'echo "$HOME" && exit 3']],
    ['echo "a \\"quoted\\" \\$x \\n"', ['echo', 'a "quoted" $x \\n']],
    ['echo a\\ b ""', ['echo', 'a b', '']],
    ['pytest \\\n  -x', ['pytest', '-x']],
    ['["go", "test", "./..."]', ['go', 'test', './...']],
    ['- bash\n- -c\n- "exit 1"', ['bash', '-c', 'exit 1']],
    ['[pytest, 3]', ['pytest', '3']],
  ] as const;
  for (const [raw, expected] of cases) {
    it(`splits ${JSON.stringify(raw)}`, () => assert.deepEqual(parseCommand(raw, 'command'), expected));
  }
});
