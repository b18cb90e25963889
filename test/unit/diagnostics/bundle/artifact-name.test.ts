import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  defaultArtifactName,
  matrixValues,
  MAX_ARTIFACT_NAME_LENGTH,
  sanitizeArtifactName,
} from '../../../../src/diagnostics/bundle/artifact-name.js';

const job = { GITHUB_JOB: 'integration', GITHUB_RUN_ATTEMPT: '1' };

describe('defaultArtifactName', () => {
  const cases: Array<{
    name: string;
    env: Record<string, string | undefined>;
    matrix?: string;
    prefix?: string;
    expected: string;
  }> = [
    { name: 'job and attempt', env: job, expected: 'inception-diagnostics-integration-attempt1' },
    {
      name: 'no matrix (toJSON of none is null)',
      env: job,
      matrix: 'null',
      expected: 'inception-diagnostics-integration-attempt1',
    },
    {
      name: 'matrix values by key order',
      env: job,
      matrix: '{"shard":2,"os":"ubuntu-24.04"}',
      expected: 'inception-diagnostics-integration-ubuntu-24.04-2-attempt1',
    },
    {
      name: 'second attempt',
      env: { ...job, GITHUB_RUN_ATTEMPT: '2' },
      expected: 'inception-diagnostics-integration-attempt2',
    },
    { name: 'off a runner', env: {}, expected: 'inception-diagnostics-local-attempt1' },
    { name: 'own prefix', env: job, prefix: 'logs', expected: 'logs-integration-attempt1' },
    {
      name: 'nested values flattened',
      env: job,
      matrix: '{"b":[1,2],"a":{"y":"q","x":"p"}}',
      expected: 'inception-diagnostics-integration-p-q-1-2-attempt1',
    },
  ];
  for (const c of cases) {
    test(c.name, () => assert.equal(defaultArtifactName(c.env, c.matrix, c.prefix), c.expected));
  }

  test('same inputs give the same name', () => {
    const matrix = '{"node":"20","image":"org/app:1"}';
    assert.equal(defaultArtifactName(job, matrix), defaultArtifactName({ ...job }, matrix));
  });

  test('different legs, jobs and attempts all differ', () => {
    const legs: Array<[Record<string, string>, string]> = [
      [job, '{"shard":1}'],
      [job, '{"shard":2}'],
      [job, '{"shard":10}'],
      [job, '{"a":"","b":"x"}'],
      [job, '{"a":"x","b":""}'],
      [job, '{"image":"org/app"}'],
      [job, '{"image":"org:app"}'],
      [job, '{"image":"org_app"}'],
      [{ ...job, GITHUB_RUN_ATTEMPT: '2' }, '{"shard":1}'],
      [{ ...job, GITHUB_JOB: 'e2e' }, '{"shard":1}'],
      [job, JSON.stringify({ suite: 'x'.repeat(300), shard: 1 })],
      [job, JSON.stringify({ suite: 'x'.repeat(300), shard: 2 })],
    ];
    const names = legs.map(([env, matrix]) => defaultArtifactName(env, matrix));
    assert.equal(new Set(names).size, names.length, names.join('\n'));
  });

  const badCharacters = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];
  for (const bad of badCharacters) {
    test(`replaces ${JSON.stringify(bad)}`, () => {
      const name = defaultArtifactName(job, JSON.stringify({ v: `a${bad}b` }));
      assert.doesNotMatch(name, /[":<>|*?\r\n\\/]/);
      assert.match(name, /^inception-diagnostics-integration-a_b-[0-9a-f]{8}-attempt1$/);
    });
  }

  test('caps the length and keeps the attempt', () => {
    const name = defaultArtifactName(
      { ...job, GITHUB_RUN_ATTEMPT: '3' },
      JSON.stringify({ suite: 'y'.repeat(500) }),
    );
    assert.equal(name.length <= MAX_ARTIFACT_NAME_LENGTH, true);
    assert.match(name, /-[0-9a-f]{8}-attempt3$/);
  });

  test('text that is not JSON is one value', () => {
    assert.deepEqual(matrixValues('linux'), ['linux']);
    assert.deepEqual(matrixValues(''), []);
    assert.deepEqual(matrixValues('{}'), []);
  });

  test('sanitizeArtifactName leaves allowed characters', () => {
    assert.equal(sanitizeArtifactName('a-b_c.d e'), 'a-b_c.d e');
  });
});
