import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { collectAndUpload, UPLOADED_ARTIFACTS_ENV } from '../../../src/diagnostics/collect-and-upload.js';
import { MemoryLogger } from '../../support/memory-logger.js';

describe('collectAndUpload without an engine', () => {
  let temp: string;
  before(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'collect-and-upload-'));
  });
  after(() => rm(temp, { recursive: true, force: true }));

  test('default path and name come from the runner variables', async () => {
    const logger = new MemoryLogger();
    const summaries: string[] = [];
    const result = await collectAndUpload({
      logger,
      collectDocker: false,
      matrix: '{"shard":2}',
      env: { RUNNER_TEMP: temp, GITHUB_JOB: 'it', GITHUB_RUN_ATTEMPT: '1' },
      writeSummary: async (markdown) => {
        summaries.push(markdown);
      },
    });
    assert.equal(result.artifactName, 'inception-diagnostics-it-2-attempt1');
    assert.equal(
      result.path,
      path.join(temp, 'inception-diagnostics', 'inception-diagnostics-it-2-attempt1'),
    );
    assert.ok(existsSync(result.path));
    assert.equal(result.artifactId, undefined);
    assert.deepEqual(summaries, [result.summary]);
    assert.match(logger.text(), /ACTIONS_RUNTIME_TOKEN/);
  });

  test('an artifact this job already uploaded is not collected again', async () => {
    const logger = new MemoryLogger();
    const result = await collectAndUpload({
      logger,
      artifactName: 'done',
      path: path.join(temp, 'skipped'),
      env: { [UPLOADED_ARTIFACTS_ENV]: 'other\ndone' },
    });
    assert.equal(result.skipped, true);
    assert.equal(existsSync(path.join(temp, 'skipped')), false);
    assert.match(logger.text(), /already uploaded as artifact "done"/);
  });

  test('a summary writer that throws is a warning', async () => {
    const logger = new MemoryLogger();
    await collectAndUpload({
      logger,
      collectDocker: false,
      upload: false,
      path: path.join(temp, 'x'),
      env: {},
      writeSummary: () => Promise.reject(new Error('no summary file')),
    });
    assert.match(logger.text(), /warning: Could not write the job summary: no summary file/);
  });
});
