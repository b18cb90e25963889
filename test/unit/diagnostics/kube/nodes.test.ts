import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { V1Node } from '@kubernetes/client-node';
import { renderNodes } from '../../../../src/diagnostics/kube/nodes.js';

describe('renderNodes', () => {
  test('roles, Ready, taints, allocatable and conditions', () => {
    const node: V1Node = {
      metadata: { name: 'kind-control-plane', labels: { 'node-role.kubernetes.io/control-plane': '' } },
      spec: { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] },
      status: {
        allocatable: { cpu: '2', memory: '8Gi' },
        conditions: [
          { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
          {
            type: 'Ready',
            status: 'True',
            reason: 'KubeletReady',
            message: 'kubelet is posting ready status',
          },
        ],
      },
    };
    const text = renderNodes([node]);
    assert.match(text, /^Roles:\s+control-plane$/m);
    assert.match(text, /^Ready:\s+True \(KubeletReady\)$/m);
    assert.match(text, /^Taints:\s+node-role\.kubernetes\.io\/control-plane:NoSchedule$/m);
    assert.match(text, /^Allocatable:\s+cpu=2\n\s+memory=8Gi$/m);
    assert.match(text, /^ {2}Ready\s+True\s+KubeletReady\s+kubelet is posting ready status$/m);
    assert.equal(renderNodes([]), 'No nodes found.\n');
  });
});
