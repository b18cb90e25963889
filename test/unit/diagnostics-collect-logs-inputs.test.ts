import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { readCollectLogsInputs, type CollectLogsInputs } from '../../src/actions/collect-logs/inputs.js';
import {
  readCollectLogsKubeInputs,
  type CollectLogsKubeInputs,
} from '../../src/actions/collect-logs/kube-inputs.js';

const saved = { ...process.env };

/** @actions/core reads `INPUT_<NAME upper-cased, spaces as _>`; hyphens stay. */
function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

const defaults: CollectLogsInputs = {
  environment: undefined,
  path: undefined,
  artifactName: undefined,
  upload: true,
  retentionDays: undefined,
  matrix: undefined,
  docker: true,
};

describe('readCollectLogsInputs', () => {
  afterEach(() => {
    process.env = { ...saved };
  });

  const cases: Array<{
    name: string;
    inputs: Record<string, string>;
    env?: Record<string, string>;
    expected: Partial<CollectLogsInputs>;
    problems?: RegExp[];
  }> = [
    { name: 'all defaults', inputs: {}, expected: {} },
    {
      name: 'every input given',
      inputs: {
        environment: 'it-1',
        path: '/tmp/out',
        'artifact-name': 'my-logs',
        upload: 'false',
        'retention-days': '3',
        matrix: '{"shard":1}',
        docker: 'no',
      },
      expected: {
        environment: 'it-1',
        path: '/tmp/out',
        artifactName: 'my-logs',
        upload: false,
        retentionDays: 3,
        matrix: '{"shard":1}',
        docker: false,
      },
    },
    {
      name: 'environment from setup-docker',
      inputs: {},
      env: { INCEPTION_ENVIRONMENT: 'from-env' },
      expected: { environment: 'from-env' },
    },
    {
      name: 'input beats the variable',
      inputs: { environment: 'mine' },
      env: { INCEPTION_ENVIRONMENT: 'from-env' },
      expected: { environment: 'mine' },
    },
    {
      name: 'invalid values fall back to defaults with a clear problem each',
      inputs: { upload: 'maybe', 'retention-days': 'week', docker: '2' },
      expected: {},
      problems: [
        /Input "upload" is "maybe"; write true or false\. Using true\./,
        /Input "retention-days" is "week"/,
        /Input "docker"/,
      ],
    },
    {
      name: 'retention of 0 days is not a retention',
      inputs: { 'retention-days': '0' },
      expected: {},
      problems: [
        /Input "retention-days" is "0"; write a whole number of at least 1\. Using the repository's retention\./,
      ],
    },
    {
      name: 'artifact name with forbidden characters is cleaned',
      inputs: { 'artifact-name': 'logs: a/b' },
      expected: { artifactName: 'logs_ a_b' },
      problems: [/Input "artifact-name" is "logs: a\/b".*Using "logs_ a_b"/],
    },
    {
      name: 'matrix that is not JSON is kept with a hint',
      inputs: { matrix: 'linux' },
      expected: { matrix: 'linux' },
      problems: [/toJSON\(matrix\)/],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      delete process.env.INCEPTION_ENVIRONMENT;
      Object.assign(process.env, c.env ?? {});
      setInputs(c.inputs);
      const { inputs, problems } = readCollectLogsInputs();
      assert.deepEqual(inputs, { ...defaults, ...c.expected });
      assert.equal(problems.length, c.problems?.length ?? 0, problems.join('\n'));
      c.problems?.forEach((pattern, index) => assert.match(problems[index] as string, pattern));
    });
  }
});

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
        selectors: [],
        kindCluster: undefined,
        ...c.expected,
      });
      assert.equal(problems.length, c.problems?.length ?? 0, problems.join('\n'));
      c.problems?.forEach((pattern, index) => assert.match(problems[index] as string, pattern));
    });
  }
});
