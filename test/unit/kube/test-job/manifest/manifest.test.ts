import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTestJob } from '../../../../../src/kube/test-job/manifest/manifest.js';

describe('buildTestJob + prepareTestJob', () => {
  it('refuses a Job without an image', () => {
    assert.throws(() => buildTestJob({}), /No test image: give an image or a Job manifest file/);
  });
});
