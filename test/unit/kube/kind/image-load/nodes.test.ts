import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNodeTarget, selectNodesByName } from '../../../../../src/kube/kind/image-load/nodes.js';
import type { KindNode } from '../../../../../src/kube/kind/nodes.js';
import { ConfigurationError } from '../../../../../src/errors.js';

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
