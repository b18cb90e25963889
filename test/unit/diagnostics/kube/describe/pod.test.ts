import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { describePod } from '../../../../../src/diagnostics/kube/describe/pod.js';
import { at } from './support.js';

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
