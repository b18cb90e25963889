import assert from 'node:assert/strict';
import { test } from 'node:test';
import { beforeDeadline, withinText } from '../../../../../src/docker/environment/readiness/deadline.js';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

test('a task done before the deadline gives its value', async () => {
  assert.equal(await beforeDeadline(after(5, 'done'), Date.now() + 1000, () => new Error('late')), 'done');
});

test('a task still running at the deadline fails with the expiry error, at the deadline', async () => {
  const started = Date.now();
  await assert.rejects(
    beforeDeadline(after(2000, 'done'), started + 50, () => new Error('late')),
    /late/,
  );
  assert.ok(Date.now() - started < 1000);
});

test('a deadline already past fails at once', async () => {
  await assert.rejects(
    beforeDeadline(after(500, 'done'), Date.now() - 10, () => new Error('late')),
    /late/,
  );
});

test('the budget reads in whole seconds', () => {
  assert.equal(withinText(3000), 'within 3s');
  assert.equal(withinText(120_000), 'within 120s');
});
