import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import {
  readCollectLogsKubeInputs,
  type CollectLogsKubeInputs,
} from '../../../../src/actions/collect-logs/kube-inputs.js';
import { saved, setInputs } from './support.js';

describe('readCollectLogsKubeInputs', () => {
  afterEach(() => {
    process.env = { ...saved };
  });

  // The variables come from the env argument; a HOME without .kube/config keeps `auto` to them alone.
  const home = { HOME: '/nonexistent-home' };
  const cases: Array<{
    name: string;
    inputs: Record<string, string>;
    env?: Record<string, string>;
    expected: Partial<CollectLogsKubeInputs>;
    problems?: RegExp[];
  }> = [
    { name: 'auto without any kubeconfig', inputs: {}, expected: { kubernetes: false } },
    {
      name: 'auto with KUBECONFIG; the run namespace and kind cluster from the variables',
      inputs: {},
      env: { KUBECONFIG: '/k', INCEPTION_NAMESPACE: 'run-1', INCEPTION_KIND_CLUSTER: 'ci' },
      expected: { kubernetes: true, runNamespace: 'run-1', kindCluster: 'ci' },
    },
    {
      name: "this job's run, as run-tests labels its namespaces",
      inputs: {},
      env: { GITHUB_JOB: 'e2e', GITHUB_RUN_ID: '812', GITHUB_RUN_ATTEMPT: '2' },
      expected: { run: 'e2e-812-2' },
    },
    {
      name: 'every input given',
      inputs: {
        kubernetes: 'true',
        kubeconfig: '/kc',
        context: 'kind-ci',
        namespaces: 'a, b\nc',
        selectors: 'app=api,tier=backend\n# spawned\njob=x',
        'kind-cluster': 'mine',
      },
      env: { INCEPTION_KIND_CLUSTER: 'ci' },
      expected: {
        kubernetes: true,
        kubeconfig: '/kc',
        context: 'kind-ci',
        namespaces: ['a', 'b', 'c'],
        selectors: ['app=api,tier=backend', 'job=x'],
        kindCluster: 'mine',
      },
    },
    {
      name: 'false beats a kubeconfig',
      inputs: { kubernetes: 'false', kubeconfig: '/kc' },
      expected: { kubernetes: false, kubeconfig: '/kc' },
    },
    {
      name: 'an invalid value is auto, with a problem',
      inputs: { kubernetes: 'sometimes' },
      env: { KUBECONFIG: '/k' },
      expected: { kubernetes: true },
      problems: [/Input "kubernetes" is "sometimes"; write auto, true or false\. Using auto\./],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      setInputs(c.inputs);
      const { inputs, problems } = readCollectLogsKubeInputs({ ...home, ...c.env });
      assert.deepEqual(inputs, {
        kubernetes: false,
        kubeconfig: undefined,
        context: undefined,
        namespaces: [],
        runNamespace: undefined,
        run: 'local',
        selectors: [],
        kindCluster: undefined,
        ...c.expected,
      });
      assert.equal(problems.length, c.problems?.length ?? 0, problems.join('\n'));
      c.problems?.forEach((pattern, index) => assert.match(problems[index] as string, pattern));
    });
  }
});
