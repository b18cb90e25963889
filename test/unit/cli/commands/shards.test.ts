import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { shardsCommand } from '../../../../src/cli/commands/shards.js';
import { runCli } from '../../../../src/cli/main.js';
import { MemoryLogger } from '../../../support/memory-logger.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../shard/fixtures');

async function shards(argv: string[]): Promise<{ code: number; stdout: string; log: string }> {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const logger = new MemoryLogger();
  const code = await shardsCommand(argv, logger, stdout);
  return { code, stdout: text, log: logger.text() };
}

describe('inception shards', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cli-shards-'));
    for (const file of [
      'test/worker/queue.spec.js',
      'test/worker/mailer.spec.js',
      'test/api/users.spec.js',
    ]) {
      await mkdir(path.join(root, path.dirname(file)), { recursive: true });
      await writeFile(path.join(root, file), '');
    }
    await copyFile(path.join(fixtures, 'mocha.xml'), path.join(root, 'mocha.xml'));
  });
  after(() => rm(root, { recursive: true, force: true }));

  const base = () => [
    '--working-directory',
    root,
    '--tests',
    'test/**/*.spec.js',
    '--reports',
    'mocha.xml',
    '--shards',
    '2',
  ];

  test('prints a table of the shards, each followed by its files', async () => {
    const { code, stdout, log } = await shards(base());
    assert.equal(code, 0, log);
    assert.equal(
      stdout,
      [
        'SHARD  FILES  ESTIMATED',
        '1/2    1      5.0s',
        '    test/worker/queue.spec.js',
        '2/2    2      6.3s',
        '    test/api/users.spec.js',
        '    test/worker/mailer.spec.js',
        '',
      ].join('\n'),
    );
    assert.match(log, /test\/api\/users\.spec\.js/);
  });

  test('--json prints the plan output of the action', async () => {
    const { stdout } = await shards([...base(), '--json']);
    assert.deepEqual(JSON.parse(stdout), {
      of: 2,
      basis: 'timings',
      shards: [
        { shard: 1, seconds: 5.005, files: ['test/worker/queue.spec.js'] },
        { shard: 2, seconds: 6.256, files: ['test/api/users.spec.js', 'test/worker/mailer.spec.js'] },
      ],
    });
  });

  const refusals: [string[], RegExp][] = [
    [['--shards', '2'], /Give the test files: --tests <glob>/],
    [['--tests', 'x'], /Give --shards <N> or --target-duration/],
    [['--tests', 'x', '--shards', '0'], /--shards is "0"; write a whole number from 1 to 256/],
    [['--tests', 'x', '--target-duration', 'later'], /--target-duration: "later" is not a duration/],
  ];
  for (const [argv, message] of refusals) {
    test(`${argv.join(' ')}: an error saying what to give`, async () => {
      await assert.rejects(shards(argv), message);
    });
  }

  test('through runCli: an unknown option prints the usage and exits 2, an error exits 1', async () => {
    const write = process.stderr.write.bind(process.stderr);
    let stderr = '';
    process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
    try {
      assert.equal(await runCli(['shards', '--bogus']), 2);
      assert.match(stderr, /Usage: inception shards --tests <glob>/);
      assert.equal(
        await runCli(['shards', '--tests', 'none/**', '--shards', '2', '--working-directory', root]),
        1,
      );
      assert.match(stderr, /No test files match "tests" \(none\/\*\*\)/);
    } finally {
      process.stderr.write = write;
    }
  });
});
