import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryLogger } from '../support/memory-logger.js';
import { parseNodeTarget, selectNodesByName } from '../../src/kube/kind/image-load/nodes.js';
import { withRetries } from '../../src/kube/kind/image-load/retry.js';
import type { KindNode } from '../../src/kube/kind/nodes.js';
import { ConfigurationError } from '../../src/errors.js';

const nodes: KindNode[] = ['c-control-plane', 'c-worker', 'c-worker2'].map((name) => ({
  name,
  role: name.endsWith('plane') ? 'control-plane' : 'worker',
  running: true,
}));

describe('parseNodeTarget', () => {
  const cases: [string[], unknown][] = [
    [[], { kind: 'all' }],
    [['', ' '], { kind: 'all' }],
    [['c-worker', 'c-worker2', 'c-worker'], { kind: 'names', names: ['c-worker', 'c-worker2'] }],
    [['node.type=services'], { kind: 'selector', selector: 'node.type=services' }],
    [['node.type=services', 'tier!=db'], { kind: 'selector', selector: 'node.type=services,tier!=db' }],
    [['tier in (a', 'b)'], { kind: 'selector', selector: 'tier in (a,b)' }],
    [['!gpu'], { kind: 'selector', selector: '!gpu' }],
  ];
  for (const [items, want] of cases)
    it(JSON.stringify(items), () => assert.deepEqual(parseNodeTarget(items), want));
});

describe('selectNodesByName', () => {
  it('keeps the order asked for', () => {
    assert.deepEqual(
      selectNodesByName(nodes, ['c-worker2', 'c-control-plane'], 'c').map((node) => node.name),
      ['c-worker2', 'c-control-plane'],
    );
  });
  it('names the real nodes when one is unknown', () => {
    assert.throws(
      () => selectNodesByName(nodes, ['c-worker3'], 'c'),
      (error: unknown) =>
        error instanceof ConfigurationError &&
        error.message ===
          'kind cluster "c" has no node "c-worker3"; its nodes are c-control-plane, c-worker, c-worker2.',
    );
  });
});

describe('withRetries', () => {
  it('retries failures with doubling backoff, then succeeds', async () => {
    const logger = new MemoryLogger();
    const started = Date.now();
    const result = await withRetries('load', { retries: 2, backoffMs: 20, logger }, async (attempt) => {
      if (attempt < 3) throw new Error(`flaky ${attempt}`);
      return attempt;
    });
    assert.equal(result, 3);
    assert.ok(Date.now() - started >= 60);
    assert.deepEqual(logger.lines, [
      'warning: load failed (attempt 1 of 3): flaky 1; retrying in 20ms',
      'warning: load failed (attempt 2 of 3): flaky 2; retrying in 40ms',
    ]);
  });
  it('gives up after the last retry with the last error', async () => {
    let calls = 0;
    await assert.rejects(
      withRetries('load', { retries: 1, backoffMs: 1, logger: new MemoryLogger() }, async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      }),
      /boom 2/,
    );
    assert.equal(calls, 2);
  });
  it('does not retry a user mistake', async () => {
    let calls = 0;
    await assert.rejects(
      withRetries('load', { retries: 3, backoffMs: 1, logger: new MemoryLogger() }, async () => {
        calls++;
        throw new ConfigurationError('fix it');
      }),
      ConfigurationError,
    );
    assert.equal(calls, 1);
  });
});
