import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { uploadDiagnostics } from '../../../../src/diagnostics/bundle/upload.js';
import { MemoryLogger } from '../../../support/memory-logger.js';

describe('uploadDiagnostics', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'diagnostics-upload-'));
    await writeFile(path.join(dir, 'index.md'), '# x\n');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('off a runner it skips and says where the folder is', async () => {
    const logger = new MemoryLogger();
    const result = await uploadDiagnostics({ name: 'n', dir, logger, env: {} });
    assert.equal(result, undefined);
    assert.match(logger.text(), new RegExp(`info: .*ACTIONS_RUNTIME_TOKEN.*${dir}`));
  });

  test('a failing upload is a warning, never an exception', async () => {
    const saved = { ...process.env };
    // The artifact client reads the runner's variables from process.env; a token that is not a JWT fails fast.
    process.env.ACTIONS_RUNTIME_TOKEN = 'not-a-jwt';
    process.env.ACTIONS_RESULTS_URL = 'http://127.0.0.1:9/';
    try {
      const logger = new MemoryLogger();
      const result = await uploadDiagnostics({ name: 'n', dir, logger, env: process.env });
      assert.equal(result, undefined);
      assert.match(logger.text(), new RegExp(`warning: Could not upload diagnostics artifact "n" .*${dir}`));
    } finally {
      process.env = saved;
    }
  });
});
