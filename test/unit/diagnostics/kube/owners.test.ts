import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatOwnerChain, OwnerLookup, ownerChain } from '../../../../src/diagnostics/kube/owners.js';

describe('ownerChain', () => {
  const lookup = new OwnerLookup();
  lookup.add('ReplicaSet', {
    name: 'svc-7d9',
    namespace: 'ci',
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'svc', uid: 'd', controller: true }],
  });
  lookup.add('Job', {
    name: 'work',
    namespace: 'ci',
    ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: 'svc-7d9-x', uid: 'p' }],
  });
  lookup.add('Pod', {
    name: 'svc-7d9-x',
    namespace: 'ci',
    ownerReferences: [
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'svc-7d9', uid: 'r', controller: true },
    ],
  });
  const cases: Array<{
    name: string;
    ownerReferences?: Array<{ kind: string; name: string; controller?: boolean }>;
    expected: string;
  }> = [
    { name: 'no owner', expected: 'Pod p' },
    {
      name: 'Deployment pod',
      ownerReferences: [{ kind: 'ReplicaSet', name: 'svc-7d9', controller: true }],
      expected: 'Pod p -> ReplicaSet svc-7d9 -> Deployment svc',
    },
    {
      name: 'pod of a Job a service pod owns',
      ownerReferences: [{ kind: 'Job', name: 'work', controller: true }],
      expected: 'Pod p -> Job work -> Pod svc-7d9-x -> ReplicaSet svc-7d9 -> Deployment svc',
    },
    {
      name: 'owner not listed ends the chain; the controller reference wins',
      ownerReferences: [
        { kind: 'ConfigMap', name: 'x' },
        { kind: 'Job', name: 'gone', controller: true },
      ],
      expected: 'Pod p -> Job gone',
    },
  ];
  for (const { name, ownerReferences, expected } of cases) {
    test(name, () => {
      const metadata = {
        name: 'p',
        namespace: 'ci',
        ownerReferences: ownerReferences?.map((ref) => ({ apiVersion: 'v1', uid: 'u', ...ref })),
      };
      assert.equal(formatOwnerChain(ownerChain('Pod', metadata, lookup)), expected);
    });
  }
});
