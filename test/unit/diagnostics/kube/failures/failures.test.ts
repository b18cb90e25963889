import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CoreV1Event, V1ContainerStatus, V1Job, V1Pod } from '@kubernetes/client-node';
import type { KubeFailedObject, KubeFailure } from '../../../../../src/diagnostics/model.js';
import {
  compareFailedObjects,
  containerFailure,
  jobFailure,
  podFailure,
} from '../../../../../src/diagnostics/kube/failures/failures.js';

const at = (text: string) => new Date(text);
const status = (fields: Partial<V1ContainerStatus>): V1ContainerStatus => ({
  name: 'app',
  image: 'img:1',
  imageID: '',
  ready: false,
  restartCount: 0,
  ...fields,
});
const warning = (reason: string, time: string, fieldPath = 'spec.containers{app}'): CoreV1Event => ({
  metadata: { name: `${reason}-${time}` },
  involvedObject: { kind: 'Pod', name: 'p', fieldPath },
  type: 'Warning',
  reason,
  firstTimestamp: at(time),
  lastTimestamp: at(time),
});

describe('containerFailure', () => {
  const cases: Array<{
    name: string;
    status: V1ContainerStatus;
    init?: boolean;
    events?: CoreV1Event[];
    expected: Partial<KubeFailure> | undefined;
  }> = [
    {
      name: 'running',
      status: status({ state: { running: { startedAt: at('2024-05-01T10:00:00Z') } } }),
      expected: undefined,
    },
    {
      name: 'exited 0',
      status: status({ state: { terminated: { exitCode: 0, reason: 'Completed' } } }),
      expected: undefined,
    },
    {
      name: 'exited 3',
      status: status({
        state: { terminated: { exitCode: 3, reason: 'Error', finishedAt: at('2024-05-01T10:00:07Z') } },
      }),
      expected: {
        kind: 'exited',
        at: '2024-05-01T10:00:07Z',
        description: 'container app exited with 3',
        container: 'app',
      },
    },
    {
      name: 'OOM killed init container',
      init: true,
      status: status({
        state: { terminated: { exitCode: 137, reason: 'OOMKilled', finishedAt: at('2024-05-01T10:00:02Z') } },
      }),
      expected: { kind: 'oom-killed', description: 'init container app exited with 137 (OOMKilled)' },
    },
    {
      name: 'CrashLoopBackOff: previous run, time of the earlier of exit and back-off warning',
      status: status({
        restartCount: 2,
        state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: at('2024-05-01T10:00:30Z') } },
      }),
      events: [
        warning('BackOff', '2024-05-01T10:00:12Z'),
        warning('BackOff', '2024-05-01T10:00:08Z', 'spec.containers{other}'),
      ],
      expected: {
        kind: 'crash-loop',
        at: '2024-05-01T10:00:12Z',
        description: 'container app is in CrashLoopBackOff: restarted 2 time(s), last run exited with 1',
        previous: true,
      },
    },
    {
      name: 'restarted after a non-zero exit, running again',
      status: status({
        restartCount: 1,
        state: { running: {} },
        lastState: { terminated: { exitCode: 2, finishedAt: at('2024-05-01T10:00:30Z') } },
      }),
      expected: { kind: 'exited', at: '2024-05-01T10:00:30Z', previous: true },
    },
    {
      name: 'image pull back-off, time from the first pull warning',
      status: status({
        state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "x:1"' } },
      }),
      events: [
        warning('BackOff', '2024-05-01T10:00:09Z'),
        warning('Failed', '2024-05-01T10:00:04Z'),
        warning('Unhealthy', '2024-05-01T10:00:01Z'),
      ],
      expected: {
        kind: 'image-pull',
        at: '2024-05-01T10:00:04Z',
        description: 'container app: ImagePullBackOff: Back-off pulling image "x:1"',
      },
    },
    {
      name: 'config error',
      status: status({
        state: { waiting: { reason: 'CreateContainerConfigError', message: 'secret "db" not found' } },
      }),
      expected: { kind: 'container-error', at: undefined },
    },
    {
      name: 'still creating',
      status: status({ state: { waiting: { reason: 'ContainerCreating' } } }),
      expected: undefined,
    },
  ];
  for (const { name, status: input, init, events, expected } of cases) {
    test(name, () => {
      const failure = containerFailure(input, init ?? false, events ?? []);
      if (expected === undefined) assert.equal(failure, undefined);
      else {
        assert.ok(failure);
        for (const [key, value] of Object.entries(expected)) {
          assert.equal(failure[key as keyof KubeFailure], value, key);
        }
      }
    });
  }
});

describe('podFailure', () => {
  const pod = (status: V1Pod['status']): V1Pod => ({ metadata: { name: 'p' }, status });
  const cases: Array<{ name: string; pod: V1Pod; expected: Partial<KubeFailure> | undefined }> = [
    {
      name: 'running pod',
      pod: pod({ phase: 'Running', containerStatuses: [status({ state: { running: {} } })] }),
      expected: undefined,
    },
    {
      name: 'the earliest container failure, init containers included',
      pod: pod({
        phase: 'Failed',
        initContainerStatuses: [
          status({
            name: 'setup',
            state: { terminated: { exitCode: 1, finishedAt: at('2024-05-01T10:00:01Z') } },
          }),
        ],
        containerStatuses: [
          status({ state: { terminated: { exitCode: 3, finishedAt: at('2024-05-01T10:00:05Z') } } }),
        ],
      }),
      expected: { kind: 'exited', container: 'setup', at: '2024-05-01T10:00:01Z' },
    },
    {
      name: 'evicted',
      pod: pod({
        phase: 'Failed',
        reason: 'Evicted',
        message: 'low on ephemeral-storage',
        containerStatuses: [
          status({ state: { terminated: { exitCode: 0, finishedAt: at('2024-05-01T10:00:05Z') } } }),
        ],
      }),
      expected: {
        kind: 'failed',
        description: 'pod failed: Evicted: low on ephemeral-storage',
        at: '2024-05-01T10:00:05Z',
      },
    },
    {
      name: 'unschedulable',
      pod: pod({
        phase: 'Pending',
        conditions: [
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message: '0/3 nodes',
            lastTransitionTime: at('2024-05-01T10:00:00Z'),
          },
        ],
      }),
      expected: { kind: 'unschedulable', description: 'unschedulable: 0/3 nodes' },
    },
  ];
  for (const { name, pod: input, expected } of cases) {
    test(name, () => {
      const failure = podFailure(input, []);
      if (expected === undefined) assert.equal(failure, undefined);
      else
        for (const [key, value] of Object.entries(expected))
          assert.equal(failure?.[key as keyof KubeFailure], value, key);
    });
  }
});

describe('jobFailure', () => {
  test('the Failed condition, with its reason and time', () => {
    const job: V1Job = {
      status: {
        conditions: [
          { type: 'FailureTarget', status: 'True', reason: 'BackoffLimitExceeded' },
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            message: 'Job has reached the specified backoff limit',
            lastTransitionTime: at('2024-05-01T10:00:08Z'),
          },
        ],
      },
    };
    assert.deepEqual(jobFailure(job), {
      kind: 'job-failed',
      at: '2024-05-01T10:00:08Z',
      description: 'Job failed: BackoffLimitExceeded: Job has reached the specified backoff limit',
    });
    assert.equal(jobFailure({ status: { conditions: [{ type: 'Complete', status: 'True' }] } }), undefined);
  });
});

describe('compareFailedObjects', () => {
  const failed = (kind: 'Pod' | 'Job', name: string, time?: string): KubeFailedObject => ({
    kind,
    namespace: 'ci',
    name,
    owners: [],
    failure: { kind: kind === 'Job' ? 'job-failed' : 'exited', at: time, description: '' },
  });
  test('time first (unknown last), a pod before its Job at the same time, then by name', () => {
    const ordered = [
      failed('Job', 'tests', '2024-05-01T10:00:05Z'),
      failed('Pod', 'unknown-time'),
      failed('Pod', 'tests-abc', '2024-05-01T10:00:05Z'),
      failed('Pod', 'db', '2024-05-01T10:00:01.5Z'),
      failed('Pod', 'api', '2024-05-01T10:00:01.25Z'),
    ].sort(compareFailedObjects);
    assert.deepEqual(
      ordered.map((o) => `${o.kind} ${o.name}`),
      ['Pod api', 'Pod db', 'Pod tests-abc', 'Job tests', 'Pod unknown-time'],
    );
  });
});
