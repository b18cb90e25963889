import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findFiles } from '../../../../src/shared/files/glob-files.js';

describe('findFiles', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'glob-files-'));
    for (const file of [
      'tests/a.test.ts',
      'tests/deep/b.test.ts',
      'tests/deep/helper.ts',
      'tests/fixtures/c.test.ts',
      'node_modules/lib/x.test.ts',
      'web/z.test.ts',
    ]) {
      await mkdir(path.join(root, path.dirname(file)), { recursive: true });
      await writeFile(path.join(root, file), '');
    }
    await symlink(path.join(root, 'tests'), path.join(root, 'web/loop'));
  });
  after(() => rm(root, { recursive: true, force: true }));

  const cases: [string[], string[]][] = [
    [['tests/**/*.test.ts'], ['tests/a.test.ts', 'tests/deep/b.test.ts', 'tests/fixtures/c.test.ts']],
    [['tests/*.test.ts'], ['tests/a.test.ts']],
    [
      ['**/*.test.ts', '!tests/fixtures/**'],
      ['tests/a.test.ts', 'tests/deep/b.test.ts', 'web/z.test.ts'],
    ],
    [['./web/z.test.ts', 'web/z.test.ts'], ['web/z.test.ts']],
    [['tests/deep'], ['tests/deep/b.test.ts', 'tests/deep/helper.ts']],
    [['node_modules/**/*.test.ts'], ['node_modules/lib/x.test.ts']],
    [['missing/**', 'nope.ts'], []],
  ];
  test('an absolute pattern below the root is taken relative to it; one outside is an error', async () => {
    assert.deepEqual(await findFiles(root, [path.join(root, 'tests/*.test.ts')]), ['tests/a.test.ts']);
    await assert.rejects(
      findFiles(root, ['/elsewhere/**/*.ts']),
      /"\/elsewhere\/\*\*\/\*\.ts" is outside .*: write it relative to that folder/,
    );
  });

  for (const [patterns, expected] of cases) {
    test(`${patterns.join(' ')}: sorted, deduplicated, node_modules and symlinked folders skipped unless named`, async () => {
      assert.deepEqual(await findFiles(root, patterns), expected);
    });
  }
});
