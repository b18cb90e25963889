import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { expandFolders, filesAt } from '../../../../src/cli/watch/watched-files.js';

test('a folder stands for every file and link below it, node_modules too; links are not followed', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'inception-watched-'));
  const at = (file: string) => path.join(root, file);
  mkdirSync(at('src/node_modules/lib'), { recursive: true });
  mkdirSync(at('elsewhere'));
  writeFileSync(at('src/main.ts'), 'x');
  writeFileSync(at('src/node_modules/lib/index.js'), 'x');
  writeFileSync(at('elsewhere/big.bin'), 'x');
  symlinkSync(at('elsewhere'), at('src/linked'));
  assert.deepEqual((await filesAt(at('src'))).sort(), [
    at('src/linked'),
    at('src/main.ts'),
    at('src/node_modules/lib/index.js'),
  ]);
  assert.deepEqual(await filesAt(at('src/main.ts')), [at('src/main.ts')]);
  assert.deepEqual((await expandFolders([at('src/node_modules'), at('gone.txt')])).sort(), [
    at('gone.txt'),
    at('src/node_modules/lib/index.js'),
  ]);
});
