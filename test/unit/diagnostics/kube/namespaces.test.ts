import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CoreV1Api } from '@kubernetes/client-node';
import { resolveKubeNamespaces } from '../../../../src/diagnostics/kube/namespaces.js';
import { MemoryLogger } from '../../../support/memory-logger.js';

/** The namespace listing is the only API call; this stands in for a cluster holding these namespaces. */
function apiWith(namespaces: Array<{ name: string; managed?: boolean }>): CoreV1Api {
  return {
    listNamespace: async ({ labelSelector }: { labelSelector?: string } = {}) => ({
      items: namespaces
        .filter((namespace) => !labelSelector || namespace.managed)
        .map((namespace) => ({ metadata: { name: namespace.name } })),
    }),
  } as unknown as CoreV1Api;
}

const cluster = apiWith([
  { name: 'services' },
  { name: 'inception-run-1-abc', managed: true },
  { name: 'kube-system' },
]);

describe('resolveKubeNamespaces', () => {
  const cases: Array<[string, Parameters<typeof resolveKubeNamespaces>[1], string[]]> = [
    [
      'default: the run namespace and the labelled ones',
      { runNamespace: 'run-ns' },
      ['run-ns', 'inception-run-1-abc'],
    ],
    [
      'names given: those, plus the namespace of the failed test Job',
      { namespaces: ['services'], runNamespace: 'run-ns' },
      ['services', 'run-ns'],
    ],
    [
      "names given: plus every test run's namespace from the records",
      { namespaces: ['services'], testRunNamespaces: ['inception-run-1-abc', 'services'] },
      ['services', 'inception-run-1-abc'],
    ],
    [
      'all: every namespace but the system ones',
      { namespaces: ['all'] },
      ['services', 'inception-run-1-abc'],
    ],
  ];
  for (const [name, choice, expected] of cases) {
    test(name, async () => {
      assert.deepEqual(await resolveKubeNamespaces(cluster, choice, new MemoryLogger()), expected);
    });
  }
});
