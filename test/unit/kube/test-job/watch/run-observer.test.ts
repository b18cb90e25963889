import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { V1ContainerStatus, V1Job, V1Pod } from '@kubernetes/client-node';
import { jobMayDecide, JobRunObserver } from '../../../../../src/kube/test-job/watch/run-observer.js';

const IMAGE = 'shop-tests:nope';

function job(conditions: { type: string; reason?: string; message?: string }[] = []): V1Job {
  return {
    spec: { activeDeadlineSeconds: 3, template: {} },
    status: { conditions: conditions.map((c) => ({ ...c, status: 'True' })) },
  };
}

function pod(
  tests: V1ContainerStatus['state'],
  extra: { keeper?: V1ContainerStatus['state']; restarts?: number; pod?: Partial<V1Pod['status']> } = {},
): V1Pod {
  const status = (name: string, state: V1ContainerStatus['state']): V1ContainerStatus => ({
    name,
    image: IMAGE,
    imageID: '',
    ready: false,
    restartCount: extra.restarts ?? 0,
    ...(state ? { state } : {}),
    lastState: { terminated: { exitCode: 2 } },
  });
  return {
    metadata: { name: 'inception-tests-x-abcde', creationTimestamp: new Date('2026-01-01T00:00:00Z') },
    spec: { containers: [] },
    status: {
      phase: 'Pending',
      containerStatuses: [
        status('inception-reports', extra.keeper ?? { running: {} }),
        status('tests', tests),
      ],
      ...extra.pod,
    },
  };
}

const unschedulable = {
  conditions: [
    {
      type: 'PodScheduled',
      status: 'False',
      reason: 'Unschedulable',
      message: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.",
    },
  ],
};

describe('JobRunObserver', () => {
  const cases: {
    title: string;
    job?: V1Job;
    pods: V1Pod[];
    kind: string;
    match?: RegExp;
    exitCode?: number;
  }[] = [
    { title: 'no pod yet', pods: [], kind: 'pending', match: /waiting for the Job to create its pod/ },
    {
      title: 'creating',
      pods: [pod({ waiting: { reason: 'ContainerCreating' } })],
      kind: 'pending',
      match: /tests: ContainerCreating/,
    },
    { title: 'running', pods: [pod({ running: { startedAt: new Date() } })], kind: 'running' },
    {
      title: 'tests exited 0, keeper still up',
      pods: [pod({ terminated: { exitCode: 0 } })],
      kind: 'terminated',
      exitCode: 0,
    },
    {
      title: 'tests exited 3 and the Job failed',
      job: job([{ type: 'Failed', reason: 'BackoffLimitExceeded' }]),
      pods: [pod({ terminated: { exitCode: 3 } })],
      kind: 'terminated',
      exitCode: 3,
    },
    {
      title: 'the deadline wins over the killed container',
      job: job([
        {
          type: 'Failed',
          reason: 'DeadlineExceeded',
          message: 'Job was active longer than specified deadline',
        },
      ]),
      pods: [pod({ terminated: { exitCode: 137 } })],
      kind: 'timed-out',
      match: /deadline of 3\.0s passed \(DeadlineExceeded\): Job was active longer/,
    },
    {
      title: 'FailureTarget counts as the deadline too',
      job: job([{ type: 'FailureTarget', reason: 'DeadlineExceeded' }]),
      pods: [],
      kind: 'timed-out',
    },
    {
      title: 'the image cannot be pulled: the test container is named, not the keeper',
      pods: [
        pod(
          { waiting: { reason: 'ErrImagePull', message: 'not found' } },
          { keeper: { waiting: { reason: 'ImagePullBackOff' } } },
        ),
      ],
      kind: 'error',
      match: /^image "shop-tests:nope" of container tests cannot be pulled \(ErrImagePull\): not found$/,
    },
    {
      title: 'invalid image name',
      pods: [pod({ waiting: { reason: 'InvalidImageName' } })],
      kind: 'error',
      match: /\(InvalidImageName\)/,
    },
    {
      title: 'a missing secret',
      pods: [pod({ waiting: { reason: 'CreateContainerConfigError', message: 'secret "db" not found' } })],
      kind: 'error',
      match: /container tests cannot start \(CreateContainerConfigError\): secret "db" not found/,
    },
    {
      title: 'crash loop',
      pods: [pod({ waiting: { reason: 'CrashLoopBackOff' } }, { restarts: 4 })],
      kind: 'error',
      match: /keeps crashing \(CrashLoopBackOff, 4 restarts, last exit code 2\)/,
    },
    {
      title: 'evicted',
      pods: [pod(undefined, { pod: { phase: 'Failed', reason: 'Evicted', message: 'low on memory' } })],
      kind: 'error',
      match: /failed \(Evicted\): low on memory/,
    },
    {
      title: 'Complete without a status',
      job: job([{ type: 'Complete' }]),
      pods: [],
      kind: 'terminated',
      exitCode: 0,
    },
    {
      title: 'Failed before the tests',
      job: job([{ type: 'Failed', reason: 'PodFailurePolicy', message: 'x' }]),
      pods: [],
      kind: 'error',
      match: /failed before the tests ended: PodFailurePolicy: x/,
    },
  ];
  for (const { title, job: given, pods, kind, match, exitCode } of cases) {
    it(title, () => {
      const state = new JobRunObserver('tests', 120_000).observe(given ?? job(), pods, 0);
      assert.equal(state.kind, kind);
      const text = 'message' in state ? state.message : 'note' in state ? state.note : undefined;
      if (match) assert.match(text ?? '', match);
      if (exitCode !== undefined) assert.equal('exitCode' in state ? state.exitCode : undefined, exitCode);
    });
  }

  it('waits out a passing start error, then fails with the latest message', () => {
    const observer = new JobRunObserver('tests', 120_000);
    const syncing = pod({
      waiting: { reason: 'CreateContainerConfigError', message: 'failed to sync secret cache: timed out' },
    });
    assert.equal(observer.observe(job(), [syncing], 1000).kind, 'pending');
    assert.equal(observer.observe(job(), [syncing], 10_999).kind, 'pending');
    const state = observer.observe(job(), [syncing], 11_000);
    assert.equal(state.kind, 'error');
    assert.match(
      'message' in state ? state.message : '',
      /cannot start \(CreateContainerConfigError\): failed to sync/,
    );
  });

  it('fails an unschedulable pod only after the unschedulable timeout, quoting the scheduler', () => {
    const observer = new JobRunObserver('tests', 5000);
    const stuck = pod(undefined, { pod: unschedulable });
    assert.equal(observer.observe(job(), [stuck], 1000).kind, 'pending');
    assert.equal(observer.observe(job(), [stuck], 5999).kind, 'pending');
    const state = observer.observe(job(), [stuck], 6000);
    assert.equal(state.kind, 'error');
    assert.match(
      'message' in state ? state.message : '',
      /is unschedulable: no node took it within 5\.0s \(the unschedulable timeout\): 0\/3 nodes are available/,
    );
  });

  it('starts the unschedulable clock again once the pod was scheduled', () => {
    const observer = new JobRunObserver('tests', 5000);
    const stuck = pod(undefined, { pod: unschedulable });
    observer.observe(job(), [stuck], 0);
    observer.observe(job(), [pod({ waiting: { reason: 'ContainerCreating' } })], 3000);
    assert.equal(observer.observe(job(), [stuck], 6000).kind, 'pending');
  });

  it('reads the newest pod', () => {
    const old = pod({ terminated: { exitCode: 1 } });
    const replacement = pod({ running: {} });
    replacement.metadata = {
      name: 'inception-tests-x-fghij',
      creationTimestamp: new Date('2026-01-01T00:01:00Z'),
    };
    const state = new JobRunObserver('tests', 5000).observe(job(), [old, replacement], 0);
    assert.equal(state.kind, 'running');
    assert.equal('pod' in state ? state.pod?.metadata?.name : '', 'inception-tests-x-fghij');
  });
});

describe('jobMayDecide', () => {
  const deleting = pod({ running: {} });
  deleting.metadata = { ...deleting.metadata, deletionTimestamp: new Date('2026-01-01T00:05:00Z') };
  const replaced = pod({ terminated: { exitCode: 137 } });
  const replacement = pod({ running: {} });
  replacement.metadata = {
    name: 'inception-tests-x-fghij',
    creationTimestamp: new Date('2026-01-01T00:01:00Z'),
  };
  const cases: [string, V1Pod[], boolean][] = [
    ['no pod yet', [], true],
    ['the tests are starting', [pod({ waiting: { reason: 'ContainerCreating' } })], true],
    ['the tests run', [pod({ running: {} })], false],
    ['the tests run in a pod being deleted (deadline, suspension)', [deleting], true],
    ['the tests ended', [pod({ terminated: { exitCode: 0 } })], true],
    ['the tests run in the replacement of an ended pod', [replaced, replacement], false],
  ];
  for (const [title, pods, expected] of cases) {
    it(title, () => assert.equal(jobMayDecide(pods, 'tests'), expected));
  }
});
