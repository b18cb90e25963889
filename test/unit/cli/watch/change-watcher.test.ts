import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ChangeWatcher } from '../../../../src/cli/watch/change-watcher.js';

test('changes below a watched folder come as one batch; ignored folders never do', async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-watch-unit-'));
  mkdirSync(path.join(folder, 'src/deep'), { recursive: true });
  mkdirSync(path.join(folder, '.inception'));
  const watcher = new ChangeWatcher({
    paths: [folder],
    ignore: [path.join(folder, '.inception')],
    debounceMs: 50,
  });
  try {
    const batch = watcher.next(new AbortController().signal);
    writeFileSync(path.join(folder, '.inception/state.json'), '{}');
    writeFileSync(path.join(folder, 'src/deep/a.ts'), 'a');
    writeFileSync(path.join(folder, 'b.ts'), 'b');
    const files = await batch;
    assert.ok(files.includes(path.join(folder, 'src/deep/a.ts')), files.join(', '));
    assert.ok(files.includes(path.join(folder, 'b.ts')), files.join(', '));
    assert.ok(!files.some((file) => file.includes('.inception')), files.join(', '));
  } finally {
    watcher.close();
  }
});

test('an abort ends the wait with no files; a path that does not exist is an error naming it', async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-watch-unit-'));
  const watcher = new ChangeWatcher({ paths: [folder], ignore: [], debounceMs: 50 });
  const controller = new AbortController();
  const waiting = watcher.next(controller.signal);
  controller.abort();
  assert.deepEqual(await waiting, []);
  watcher.close();
  assert.throws(
    () => new ChangeWatcher({ paths: [path.join(folder, 'gone')], ignore: [], debounceMs: 50 }),
    /--watch .*gone: cannot watch .*give a file or folder that exists/,
  );
});

test('a watched file reports its own path, after saves that replace it too; its neighbours do not count', async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-watch-unit-'));
  const file = path.join(folder, 'nginx.conf');
  writeFileSync(file, 'a');
  const watcher = new ChangeWatcher({ paths: [file], ignore: [], debounceMs: 50 });
  try {
    const batch = watcher.next(new AbortController().signal);
    writeFileSync(file, 'b');
    writeFileSync(path.join(folder, 'other.conf'), 'not watched');
    assert.deepEqual(await batch, [file]);
    // As an editor saves: a new file renamed over the old one, twice.
    for (const text of ['c', 'd']) {
      const next = watcher.next(new AbortController().signal);
      writeFileSync(`${file}.tmp`, text);
      renameSync(`${file}.tmp`, file);
      assert.deepEqual(await next, [file]);
    }
  } finally {
    watcher.close();
  }
});
