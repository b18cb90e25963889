import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import {
  learnContainerSecrets,
  redactEnvEntry,
  redactInspect,
} from '../../../../src/diagnostics/bundle/redaction.js';
import { Redactor } from '../../../../src/shared/redaction/redactor.js';

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

  test("a container's secret variables make their values secret everywhere", () => {
    const inspect = {
      Config: {
        Env: ['API_TOKEN=tok-98765', 'DATABASE_URL=postgres://app:pw-4321@db/app', 'MODE=production'],
        Healthcheck: { Test: ['CMD', 'curl', '-H', 'Authorization: Bearer tok-98765'] },
      },
    } as unknown as Docker.ContainerInspectInfo;
    const redactor = new Redactor();
    learnContainerSecrets(inspect, redactor);
    assert.equal(
      redactor.redact(JSON.stringify(inspect.Config.Healthcheck) + ' PGPASSWORD=pw-4321 production'),
      '{"Test":["CMD","curl","-H","Authorization: Bearer ***"]} PGPASSWORD=*** production',
    );
  });
});
