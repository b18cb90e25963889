import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CoreV1Event, V1Deployment, V1Job, V1Node, V1Pod } from '@kubernetes/client-node';
import { describePod } from '../../src/diagnostics/kube/describe/pod.js';
import { describeDeployment, describeJob } from '../../src/diagnostics/kube/describe/workloads.js';
import { renderNodes } from '../../src/diagnostics/kube/nodes.js';
import { formatOwnerChain, OwnerLookup, ownerChain } from '../../src/diagnostics/kube/owners.js';

const at = (text: string) => new Date(text);

const pod: V1Pod = {
  metadata: {
    name: 'tests-x7k',
    namespace: 'ci',
    creationTimestamp: at('2024-05-01T10:00:00Z'),
    labels: { 'job-name': 'tests', app: 'tests' },
    annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"huge":true}', note: 'hi' },
    ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'tests', uid: 'j1', controller: true }],
  },
  spec: {
    nodeName: 'kind-worker',
    initContainers: [{ name: 'setup', image: 'img:1', command: ['sh', '-c', 'true'] }],
    containers: [
      {
        name: 'tests',
        image: 'img:1',
        env: [
          { name: 'API_TOKEN', value: 's3cret' },
          { name: 'MODE', value: 'ci' },
          { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
        ],
        resources: { limits: { memory: '128Mi' } },
      },
    ],
  },
  status: {
    phase: 'Failed',
    hostIP: '10.0.0.2',
    startTime: at('2024-05-01T10:00:01Z'),
    initContainerStatuses: [
      {
        name: 'setup',
        image: 'img:1',
        imageID: 'sha256:abc',
        ready: true,
        restartCount: 0,
        state: { terminated: { exitCode: 0, reason: 'Completed', finishedAt: at('2024-05-01T10:00:02Z') } },
      },
    ],
    containerStatuses: [
      {
        name: 'tests',
        image: 'img:1',
        imageID: 'sha256:abc',
        ready: false,
        restartCount: 1,
        state: {
          terminated: {
            exitCode: 3,
            reason: 'Error',
            startedAt: at('2024-05-01T10:00:03Z'),
            finishedAt: at('2024-05-01T10:00:04Z'),
          },
        },
        lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', signal: 9 } },
      },
    ],
    conditions: [
      { type: 'Ready', status: 'False', reason: 'PodFailed', lastTransitionTime: at('2024-05-01T10:00:04Z') },
    ],
  },
};

const events: CoreV1Event[] = [
  {
    metadata: { name: 'b' },
    involvedObject: { kind: 'Pod', name: 'tests-x7k', fieldPath: 'spec.containers{tests}' },
    type: 'Normal',
    reason: 'Started',
    message: 'Started container tests',
    lastTimestamp: at('2024-05-01T10:00:03Z'),
  },
  {
    metadata: { name: 'a' },
    involvedObject: { kind: 'Pod', name: 'tests-x7k' },
    type: 'Normal',
    reason: 'Scheduled',
    message: 'Successfully assigned ci/tests-x7k to kind-worker',
    lastTimestamp: at('2024-05-01T10:00:01Z'),
  },
];

describe('describePod', () => {
  const text = describePod(pod, events, [
    { kind: 'Pod', name: 'tests-x7k' },
    { kind: 'Job', name: 'tests' },
  ]);
  const cases: Array<[string, RegExp]> = [
    ['name at the value column', /^Name: {15}tests-x7k$/m],
    ['labels, one a line, sorted', /^Labels:\s+app=tests\n\s{20}job-name=tests$/m],
    ['annotations without last-applied-configuration', /^Annotations:\s+note=hi$/m],
    ['controller', /^Controlled By:\s+Job\/tests$/m],
    ['owner chain', /^Owner Chain:\s+Pod tests-x7k -> Job tests$/m],
    ['node with host IP', /^Node:\s+kind-worker\/10\.0\.0\.2$/m],
    ['init containers first', /^Init Containers:\n {2}setup:\n/m],
    [
      'state with exit code and times',
      /^ {4}State:\s+Terminated\n {6}Reason:\s+Error\n {6}Exit Code:\s+3\n {6}Started:\s+2024-05-01T10:00:03Z\n {6}Finished:\s+2024-05-01T10:00:04Z$/m,
    ],
    [
      'last state with signal',
      /^ {4}Last State:\s+Terminated\n {6}Reason:\s+OOMKilled\n {6}Exit Code:\s+137\n {6}Signal:\s+9$/m,
    ],
    ['restart count', /^ {4}Restart Count:\s+1$/m],
    ['image', /^ {4}Image:\s+img:1$/m],
    ['limits', /^ {4}Limits:\s+memory=128Mi$/m],
    ['secret-looking value hidden', /API_TOKEN=\*\*\*/],
    ['plain value shown', /MODE=ci/],
    ['secret reference named, not read', /DB_PASSWORD=<secret db\/password>/],
    ['conditions table', /^Conditions:\n {2}Type\s+Status\s+Reason\s+Last Transition\s+Message\n {2}-+ +-+/m],
    [
      'events oldest first',
      /^Events:\n {2}2024-05-01T10:00:01Z Normal Scheduled .*\n {2}2024-05-01T10:00:03Z Normal Started Pod\/tests-x7k \[spec\.containers\{tests\}\]: Started container tests\n$/m,
    ],
  ];
  for (const [name, pattern] of cases) test(name, () => assert.match(text, pattern));
  test('no secret value anywhere', () => assert.doesNotMatch(text, /s3cret|"huge"/));
  test('a pod with no events says so', () => assert.match(describePod(pod, [], []), /^Events:\s+<none>$/m));
});

describe('describeJob and describeDeployment', () => {
  test('Job: pod counts, limits, template, conditions', () => {
    const job: V1Job = {
      metadata: { name: 'tests', namespace: 'ci' },
      spec: {
        backoffLimit: 0,
        parallelism: 1,
        template: { spec: { containers: [{ name: 'tests', image: 'img:1' }] } },
      },
      status: {
        failed: 1,
        startTime: at('2024-05-01T10:00:00Z'),
        conditions: [
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            lastTransitionTime: at('2024-05-01T10:00:05Z'),
          },
        ],
      },
    };
    const text = describeJob(job, [], [{ kind: 'Job', name: 'tests' }]);
    assert.match(text, /^Backoff Limit:\s+0$/m);
    assert.match(text, /^Completions:\s+<unset>$/m);
    assert.match(text, /^Pods Statuses:\s+0 Active \/ 0 Succeeded \/ 1 Failed$/m);
    assert.match(text, /^Pod Template:\n[\s\S]*^ {2}Containers:\n {4}tests:\n {6}Image:\s+img:1$/m);
    assert.match(text, /^ {2}Failed\s+True\s+BackoffLimitExceeded\s+2024-05-01T10:00:05Z$/m);
    assert.doesNotMatch(text, /Owner Chain/);
  });

  test('Deployment: replica counts and ReplicaSets', () => {
    const deployment: V1Deployment = {
      metadata: { name: 'api', namespace: 'ci' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'api' } },
        template: {},
        strategy: { type: 'RollingUpdate' },
      },
      status: { replicas: 2, updatedReplicas: 2, availableReplicas: 1, unavailableReplicas: 1 },
    };
    const text = describeDeployment(deployment, [], ['api-7d9 (1/2 ready)']);
    assert.match(text, /^Selector:\s+app=api$/m);
    assert.match(text, /^Replicas:\s+2 desired \| 2 updated \| 2 total \| 1 available \| 1 unavailable$/m);
    assert.match(text, /^ReplicaSets:\s+api-7d9 \(1\/2 ready\)$/m);
  });
});

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
