import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type * as k8s from '@kubernetes/client-node';
import { LinePrefixer } from '../../../../src/cli/output/line-prefixer.js';
import { logPrefix, serviceOfPod } from '../../../../src/cli/cluster/pod-service.js';

const pod = (name: string, owner?: { kind: string; name: string }, hash?: string): k8s.V1Pod => ({
  metadata: {
    name,
    ...(hash ? { labels: { 'pod-template-hash': hash } } : {}),
    ...(owner ? { ownerReferences: [{ ...owner, apiVersion: 'apps/v1', uid: 'u', controller: true }] } : {}),
  },
});

describe('a pod’s service, for logs', () => {
  const cases: [k8s.V1Pod, string][] = [
    [pod('api-7d9f-x2x', { kind: 'ReplicaSet', name: 'api-7d9f' }, '7d9f'), 'api'],
    [pod('broker-0', { kind: 'StatefulSet', name: 'broker' }), 'broker'],
    [pod('migrate-abcde', { kind: 'Job', name: 'migrate' }), 'migrate'],
    [pod('odd-rs-x', { kind: 'ReplicaSet', name: 'odd-rs' }), 'odd-rs'],
    [pod('lonely'), 'lonely'],
  ];
  for (const [given, expected] of cases) {
    test(`${given.metadata!.name} -> ${expected}`, () => assert.equal(serviceOfPod(given), expected));
  }

  test('the prefix names pod and container only where there are several', () => {
    assert.equal(logPrefix('api', 'api-7d9f-x2x', 'api', 1, 1), 'api');
    assert.equal(logPrefix('api', 'api-7d9f-x2x', 'api', 2, 1), 'api/7d9f-x2x');
    assert.equal(logPrefix('api', 'api-7d9f-x2x', 'proxy', 1, 2), 'api/proxy');
  });

  test('lines split across chunks are prefixed whole; the last one without a newline at the end', () => {
    const lines = new LinePrefixer('api');
    assert.equal(lines.push('one\ntw'), 'api | one\n');
    assert.equal(lines.push('o\nthr'), 'api | two\n');
    assert.equal(lines.end(), 'api | thr\n');
    assert.equal(lines.end(), '');
  });
});
