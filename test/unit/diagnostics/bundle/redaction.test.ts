import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import { redactEnvEntry, redactInspect } from '../../../../src/diagnostics/bundle/redaction.js';

describe('redaction', () => {
  const entries: Array<[string, string]> = [
    ['POSTGRES_PASSWORD=hunter2', 'POSTGRES_PASSWORD=***'],
    ['API_TOKEN=abc', 'API_TOKEN=***'],
    ['AWS_SECRET_ACCESS_KEY=x', 'AWS_SECRET_ACCESS_KEY=***'],
    ['PATH=/usr/bin', 'PATH=/usr/bin'],
    ['NO_VALUE', 'NO_VALUE'],
  ];
  for (const [entry, expected] of entries) test(entry, () => assert.equal(redactEnvEntry(entry), expected));

  test('inspect output is redacted, the original untouched', () => {
    const original = { Config: { Env: ['DB_PASSWORD=p', 'A=1'] } } as unknown as Docker.ContainerInspectInfo;
    assert.deepEqual(redactInspect(original).Config.Env, ['DB_PASSWORD=***', 'A=1']);
    assert.deepEqual(original.Config.Env, ['DB_PASSWORD=p', 'A=1']);
  });
});
