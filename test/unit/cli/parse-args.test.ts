import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCommandLine } from '../../../src/cli/parse-args.js';

describe('parseCommandLine', () => {
  const cases: [argv: string[], expect: Record<string, unknown>][] = [
    [
      ['logs', '-f', 'api', 'worker'],
      { command: 'logs', follow: true, file: undefined, positionals: ['api', 'worker'] },
    ],
    [['-f', 'c.yml', 'logs', 'api'], { command: 'logs', follow: false, file: 'c.yml', positionals: ['api'] }],
    [['logs', '--file', 'c.yml', '-f'], { command: 'logs', follow: true, file: 'c.yml', positionals: [] }],
    [['up', '-f', 'c.yml'], { command: 'up', file: 'c.yml', follow: false }],
    [
      ['test', '--image', 'debian', '-e', 'A=1', '--env', 'B', '--', 'sh', '-c', 'exit 3'],
      { command: 'test', image: 'debian', env: ['A=1', 'B'], testCommand: ['sh', '-c', 'exit 3'] },
    ],
    [
      ['-c', 'x/inception.yml', 'status', '--json'],
      { command: 'status', config: 'x/inception.yml', json: true },
    ],
    [
      ['test', '--parallel', 'api', 'ui', '--max-parallel', '2'],
      { command: 'test', parallel: true, maxParallel: '2', positionals: ['api', 'ui'] },
    ],
    [
      ['test', '--watch', 'src', '--watch', 'tests'],
      { command: 'test', parallel: false, watch: ['src', 'tests'], positionals: [] },
    ],
    [['down', '--all', '--images'], { command: 'down', all: true, images: true }],
    [['down', '--graceful'], { command: 'down', graceful: true, images: false }],
    [
      ['refresh', 'api', 'worker', '--no-cache'],
      { command: 'refresh', noCache: true, positionals: ['api', 'worker'] },
    ],
  ];
  for (const [argv, expected] of cases) {
    test(argv.join(' '), () => {
      const { command, options } = parseCommandLine(argv);
      const actual: Record<string, unknown> = { command, ...options };
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(actual[key], value, key);
    });
  }

  test('--help after a command asks for that command’s help', () => {
    const parsed = parseCommandLine(['status', '--help']);
    assert.equal(parsed.command, 'status');
    assert.equal(parsed.help, true);
  });

  test('an unknown option is refused', () => {
    assert.throws(() => parseCommandLine(['up', '--bogus']), /bogus/);
  });
});
