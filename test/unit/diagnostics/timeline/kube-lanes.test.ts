import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type {
  CoreV1Event,
  V1ContainerState,
  V1ContainerStateTerminated,
  V1Pod,
} from '@kubernetes/client-node';
import { podLane } from '../../../../src/diagnostics/timeline/kube-lanes.js';
import type { KubePodDiagnostics } from '../../../../src/diagnostics/model.js';

const T0 = Date.parse('2024-05-01T10:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);

function diagnostics(failure?: KubePodDiagnostics['failure']): KubePodDiagnostics {
  return {
    namespace: 'services',
    name: 'api-1',
    owners: [],
    containers: [
      {
        name: 'app',
        init: false,
        state: 'running',
        restartCount: 1,
        files: [
          'kubernetes/namespaces/services/pods/api-1/app.log',
          'kubernetes/namespaces/services/pods/api-1/app.previous.log',
        ],
        lastLines: [],
        previousLastLines: [],
      },
    ],
    ...(failure ? { failure } : {}),
    dir: 'kubernetes/namespaces/services/pods/api-1',
    files: [],
    errors: [],
  };
}

/** A pod whose one container ran before: `lastState` that run's end, `state` what it is in now. */
function restartedPod(
  restartCount: number,
  terminated: V1ContainerStateTerminated,
  state: V1ContainerState,
): V1Pod {
  return {
    metadata: { name: 'api-1', namespace: 'services', creationTimestamp: at(0) },
    status: {
      containerStatuses: [
        {
          name: 'app',
          image: 'x',
          imageID: '',
          ready: false,
          restartCount,
          lastState: { terminated },
          state,
        },
      ],
    },
  };
}

const phases = (lane: ReturnType<typeof podLane>) =>
  lane.bars.map((bar) => [bar.label, (bar.start - T0) / 1000, (bar.end - T0) / 1000, bar.failed]);

describe('podLane', () => {
  test('created → scheduled → starting → ready from the status times', () => {
    const pod: V1Pod = {
      metadata: { name: 'api-1', namespace: 'services', creationTimestamp: at(0) },
      status: {
        conditions: [
          { type: 'PodScheduled', status: 'True', lastTransitionTime: at(1) },
          { type: 'Ready', status: 'True', lastTransitionTime: at(5) },
        ],
        containerStatuses: [
          {
            name: 'app',
            image: 'x',
            imageID: '',
            ready: true,
            restartCount: 0,
            state: { running: { startedAt: at(3) } },
          },
        ],
      },
    };
    const lane = podLane(pod, [], diagnostics(), T0 + 10_000);
    assert.equal(lane.name, 'services/api-1');
    assert.equal(lane.log, 'kubernetes/namespaces/services/pods/api-1/app.log');
    assert.deepEqual(phases(lane), [
      ['pending', 0, 1, false],
      ['scheduled', 1, 3, false],
      ['starting', 3, 5, false],
      ['ready', 5, 10, false],
    ]);
  });

  test('a crash before a restart, the restart, and the back-off it is stuck in; Scheduled from its event', () => {
    const pod = restartedPod(
      1,
      { exitCode: 3, startedAt: at(2), finishedAt: at(4) },
      { running: { startedAt: at(6) } },
    );
    const scheduled: CoreV1Event = {
      metadata: {},
      involvedObject: {},
      reason: 'Scheduled',
      lastTimestamp: at(1),
    };
    const lane = podLane(
      pod,
      [scheduled],
      diagnostics({ kind: 'crash-loop', at: at(8).toISOString(), description: 'CrashLoopBackOff' }),
      T0 + 10_000,
    );
    assert.equal(lane.failed, true);
    assert.deepEqual(lane.previousLog, {
      file: 'kubernetes/namespaces/services/pods/api-1/app.previous.log',
      until: T0 + 6000,
    });
    assert.deepEqual(phases(lane), [
      ['pending', 0, 1, false],
      ['scheduled', 1, 2, false],
      ['starting', 2, 4, false],
      ['exited 3', 4, 6, true],
      ['restarted', 6, 8, false],
      ['crash-loop', 8, 10, true],
    ]);
  });

  test('while it waits to restart, its current log is the run that ended last', () => {
    const pod = restartedPod(
      2,
      { exitCode: 3, startedAt: at(6), finishedAt: at(7) },
      { waiting: { reason: 'CrashLoopBackOff' } },
    );
    const lane = podLane(pod, [], diagnostics(), T0 + 10_000);
    assert.equal(lane.previousLog?.until, T0 + 6000);
  });
});
