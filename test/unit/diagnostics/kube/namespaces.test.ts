import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CoreV1Api } from '@kubernetes/client-node';
import { resolveKubeNamespaces } from '../../../../src/diagnostics/kube/namespaces.js';

/** The namespace listing is the only API call; this stands in for a cluster holding these namespaces
 * (labels as run-tests sets them), matching selectors of `key=value` terms. */
function apiWith(namespaces: Array<{ name: string; labels?: Record<string, string> }>): CoreV1Api {
  const matches = (labels: Record<string, string>, selector: string) =>
    selector.split(',').every((term) => {
      const [key, value] = term.split('=');
      return labels[key!] === value;
    });
  return {
    listNamespace: async ({ labelSelector }: { labelSelector?: string } = {}) => ({
      items: namespaces
        .filter((namespace) => !labelSelector || matches(namespace.labels ?? {}, labelSelector))
        .map((namespace) => ({ metadata: { name: namespace.name } })),
    }),
  } as unknown as CoreV1Api;
}

const runLabels = (run: string) => ({ 'io.inception.managed': 'true', 'io.inception.run': run });
const cluster = apiWith([
  { name: 'services' },
  { name: 'inception-tests-1-1-abc', labels: runLabels('tests-1-1') },
  { name: 'inception-tests-2-1-def', labels: runLabels('tests-2-1') },
  { name: 'kube-system' },
]);

describe('resolveKubeNamespaces', () => {
  const cases: Array<[string, Parameters<typeof resolveKubeNamespaces>[1], string[]]> = [
    [
      "default: the run namespace and the ones labelled with this run, not another run's",
      { runNamespace: 'run-ns', run: 'tests-1-1' },
      ['run-ns', 'inception-tests-1-1-abc'],
    ],
    ['default without a run name: only the recorded ones', { runNamespace: 'run-ns' }, ['run-ns']],
    [
      "names given: added to this run's",
      { namespaces: ['services'], runNamespace: 'run-ns', run: 'tests-2-1' },
      ['services', 'run-ns', 'inception-tests-2-1-def'],
    ],
    [
      "names given: plus every test run's namespace from the records",
      { namespaces: ['services'], testRunNamespaces: ['inception-tests-1-1-abc', 'services'] },
      ['services', 'inception-tests-1-1-abc'],
    ],
    [
      'all: every namespace but the system ones',
      { namespaces: ['all'] },
      ['services', 'inception-tests-1-1-abc', 'inception-tests-2-1-def'],
    ],
  ];
  for (const [name, choice, expected] of cases) {
    test(name, async () => {
      const failures: string[] = [];
      const names = await resolveKubeNamespaces(cluster, choice, (what) => failures.push(what));
      assert.deepEqual(names, expected);
      assert.deepEqual(failures, []);
    });
  }
});

test('a listing that fails is reported and the known names are still used', async () => {
  const broken = {
    listNamespace: async () => {
      throw new Error('connection refused');
    },
  } as unknown as CoreV1Api;
  const failures: string[] = [];
  const names = await resolveKubeNamespaces(broken, { runNamespace: 'run-ns', run: 'tests-1-1' }, (what) =>
    failures.push(what),
  );
  assert.deepEqual(names, ['run-ns']);
  assert.deepEqual(failures, [
    'listing namespaces labelled io.inception.managed=true,io.inception.run=tests-1-1',
  ]);
});
