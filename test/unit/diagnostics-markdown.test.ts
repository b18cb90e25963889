import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import { cell, codeBlock } from '../../src/shared/markdown.js';
import { redactEnvEntry, redactInspect } from '../../src/diagnostics/bundle/redaction.js';
import { mapWithConcurrency } from '../../src/shared/concurrency.js';

describe('markdown helpers', () => {
  const cells: Array<[string | number | undefined, string]> = [
    [undefined, '-'],
    ['', '-'],
    [3, '3'],
    ['a|b', 'a\\|b'],
    ['two\nlines', 'two lines'],
  ];
  for (const [value, expected] of cells)
    test(`cell ${JSON.stringify(value)}`, () => assert.equal(cell(value), expected));

  test('code fence outgrows backtick runs inside', () => {
    assert.equal(codeBlock(['plain']), '```text\nplain\n```');
    assert.equal(codeBlock(['has ```` four']), '`````text\nhas ```` four\n`````');
  });
});

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

describe('mapWithConcurrency', () => {
  test('keeps order and never exceeds the limit', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapWithConcurrency([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, n * 3));
      running--;
      return n * 10;
    });
    assert.deepEqual(results, [50, 10, 40, 20, 30, 0, 60]);
    assert.equal(peak, 3);
  });

  test('empty input', async () => assert.deepEqual(await mapWithConcurrency([], 4, async () => 1), []));
});
