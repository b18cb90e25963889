import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../../../../src/errors.js';
import { parseJobManifest } from '../../../../../src/kube/test-job/manifest/manifest-file.js';
import { USER_JOB } from '../support.js';

describe('a user Job manifest', () => {
  const refused: [string, string, RegExp][] = [
    [
      'two Jobs',
      `${USER_JOB}\n---\n${USER_JOB.split('---')[1]}`,
      /exactly one object of kind Job; it holds 2/,
    ],
    ['no Job', 'apiVersion: v1\nkind: Pod\n', /it holds 0/],
    [
      'an old apiVersion',
      'apiVersion: batch/v1beta1\nkind: Job\n',
      /apiVersion is "batch\/v1beta1"; write batch\/v1/,
    ],
    ['bad YAML', 'kind: Job\n  x: [', /is not valid YAML/],
  ];
  for (const [title, text, message] of refused) {
    it(`refuses ${title}`, () => {
      assert.throws(
        () => parseJobManifest(text, 'job.yaml'),
        (error: Error) => {
          assert.ok(error instanceof ConfigurationError);
          assert.match(error.message, message);
          return true;
        },
      );
    });
  }
});
