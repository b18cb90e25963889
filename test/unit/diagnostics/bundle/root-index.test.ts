import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { insertUnderTitle } from '../../../../src/diagnostics/bundle/root-index.js';
import { BundleWriter } from '../../../../src/diagnostics/bundle/writer.js';
import { Redactor } from '../../../../src/shared/redaction/redactor.js';
import { MemoryLogger } from '../../../support/memory-logger.js';

describe('insertUnderTitle', () => {
  let temp: string;
  before(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'inception-root-index-'));
  });
  after(() => rm(temp, { recursive: true, force: true }));

  test('puts the lines between the title and what a collector wrote', async () => {
    await writeFile(path.join(temp, 'index.md'), '# Docker diagnostics\n\nCollected at t.\n');
    await insertUnderTitle(new BundleWriter(temp, new MemoryLogger()), [
      '## What failed first',
      '',
      '- x',
      '',
    ]);
    assert.equal(
      await readFile(path.join(temp, 'index.md'), 'utf8'),
      '# Docker diagnostics\n\n## What failed first\n\n- x\n\nCollected at t.\n',
    );
  });

  test('starts an index when no collector wrote one', async () => {
    const dir = path.join(temp, 'empty');
    await mkdir(dir);
    await insertUnderTitle(new BundleWriter(dir, new MemoryLogger()), ['- y', '']);
    assert.equal(await readFile(path.join(dir, 'index.md'), 'utf8'), '# Diagnostics\n\n- y\n');
  });

  test('redacts the lines and what was there', async () => {
    const dir = path.join(temp, 'secret');
    await mkdir(dir);
    await writeFile(path.join(dir, 'index.md'), '# D\n\nold s3cret-1\n');
    const redactor = new Redactor();
    redactor.add('s3cret-1');
    redactor.add('s3cret-2');
    await insertUnderTitle(new BundleWriter(dir, new MemoryLogger(), redactor), ['- s3cret-2', '']);
    assert.equal(await readFile(path.join(dir, 'index.md'), 'utf8'), '# D\n\n- ***\n\nold ***\n');
  });
});
