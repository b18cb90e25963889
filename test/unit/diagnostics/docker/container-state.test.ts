import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import {
  compareByFailure,
  describeContainerState,
  failureSentence,
  unhealthyTimeFromLog,
  type ContainerState,
} from '../../../../src/diagnostics/docker/container-state.js';

type State = Docker.ContainerInspectInfo['State'];
const NEVER = '0001-01-01T00:00:00Z';

function inspect(state: Partial<State>, retries?: number): Docker.ContainerInspectInfo {
  return {
    Name: '/c',
    RestartCount: 0,
    Config: { Healthcheck: retries === undefined ? undefined : { Retries: retries } },
    State: {
      Status: 'running',
      Running: true,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: 1,
      ExitCode: 0,
      Error: '',
      StartedAt: '2024-05-01T10:00:00Z',
      FinishedAt: NEVER,
      ...state,
    },
  } as unknown as Docker.ContainerInspectInfo;
}

const check = (second: number, exitCode: number) => ({
  Start: `2024-05-01T10:00:0${second}.1Z`,
  End: `2024-05-01T10:00:0${second}.2Z`,
  ExitCode: exitCode,
  Output: exitCode ? 'refused' : 'ok',
});

describe('describeContainerState', () => {
  const cases: Array<{
    name: string;
    state: Partial<State>;
    retries?: number;
    kind?: string;
    at?: string;
    description?: string;
  }> = [
    { name: 'running', state: {} },
    { name: 'exited 0', state: { Status: 'exited', FinishedAt: '2024-05-01T10:00:05Z' } },
    {
      name: 'exited non-zero',
      state: { Status: 'exited', ExitCode: 3, FinishedAt: '2024-05-01T10:00:05Z' },
      kind: 'exited',
      at: '2024-05-01T10:00:05Z',
      description: 'exited with 3',
    },
    {
      name: 'OOM killed',
      state: { Status: 'exited', ExitCode: 137, OOMKilled: true, FinishedAt: '2024-05-01T10:00:06Z' },
      kind: 'oom-killed',
      description: 'was killed for running out of memory (exit 137)',
    },
    {
      name: 'dead',
      state: { Status: 'dead', ExitCode: 0, FinishedAt: '2024-05-01T10:00:07Z' },
      kind: 'dead',
    },
    {
      name: 'restart loop',
      state: { Status: 'restarting', Restarting: true, ExitCode: 1, FinishedAt: '2024-05-01T10:00:08Z' },
      kind: 'exited',
      description: 'keeps restarting; last exited with 1',
    },
    {
      name: 'unhealthy, time from the health log',
      state: {
        Health: { Status: 'unhealthy', FailingStreak: 2, Log: [check(1, 0), check(2, 1), check(3, 1)] },
      },
      retries: 2,
      kind: 'unhealthy',
      at: '2024-05-01T10:00:03.2Z',
    },
    { name: 'healthy', state: { Health: { Status: 'healthy', FailingStreak: 0, Log: [check(1, 0)] } } },
    {
      name: 'unhealthy before it exited: the earlier failure counts',
      state: {
        Status: 'exited',
        ExitCode: 1,
        FinishedAt: '2024-05-01T10:00:09Z',
        Health: { Status: 'unhealthy', FailingStreak: 1, Log: [check(2, 1)] },
      },
      retries: 1,
      kind: 'unhealthy',
      at: '2024-05-01T10:00:02.2Z',
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const state = describeContainerState(inspect(c.state, c.retries));
      assert.equal(state.failure?.kind, c.kind);
      if (c.at) assert.equal(state.failure?.at, c.at);
      if (c.description) assert.equal(state.failure?.description, c.description);
    });
  }

  test('the unhealthy event time wins over the health log', () => {
    const state = describeContainerState(
      inspect({ Health: { Status: 'unhealthy', FailingStreak: 1, Log: [check(2, 1)] } }, 1),
      '2024-05-01T10:00:01.9Z',
    );
    assert.equal(state.failure?.at, '2024-05-01T10:00:01.9Z');
    assert.deepEqual(state.lastHealthCheck, { exitCode: 1, output: 'refused' });
  });

  test('never-times and a running container have no exit code', () => {
    const state = describeContainerState(inspect({}));
    assert.equal(state.finishedAt, undefined);
    assert.equal(state.exitCode, undefined);
  });
});

describe('unhealthyTimeFromLog', () => {
  const log = [check(1, 0), check(2, 1), check(3, 1), check(4, 1)];
  const cases: Array<[string, number, number, string | undefined]> = [
    ['third failure with retries 3', 3, 3, '2024-05-01T10:00:04.2Z'],
    ['first failure with retries 1', 3, 1, '2024-05-01T10:00:02.2Z'],
    ['streak older than the log: oldest entry', 9, 3, '2024-05-01T10:00:01.2Z'],
  ];
  for (const [name, streak, retries, expected] of cases) {
    test(name, () => assert.equal(unhealthyTimeFromLog(log, streak, retries), expected));
  }
  test('empty log', () => assert.equal(unhealthyTimeFromLog([], 3, 3), undefined));
});

describe('ordering', () => {
  const entry = (name: string, failure?: ContainerState['failure']) => ({ name, state: { failure } });
  test('failed first, earliest failure first, then by name', () => {
    const sorted = [
      entry('b-ok'),
      entry('late', { kind: 'exited', at: '2024-05-01T10:00:05.5Z', description: '' }),
      entry('a-ok'),
      entry('no-time', { kind: 'dead', description: '' }),
      entry('early', { kind: 'unhealthy', at: '2024-05-01T10:00:05.25Z', description: '' }),
    ].sort(compareByFailure);
    assert.deepEqual(
      sorted.map((item) => item.name),
      ['early', 'late', 'no-time', 'a-ok', 'b-ok'],
    );
  });

  test('failureSentence', () => {
    assert.equal(
      failureSentence({
        name: 'env-api',
        service: 'api',
        state: {
          status: 'exited',
          oomKilled: false,
          restartCount: 0,
          failure: { kind: 'exited', at: 'T', description: 'exited with 3' },
        },
      }),
      'env-api (api) — exited with 3 at T',
    );
  });
});
