import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dockerLanes } from '../../../../src/diagnostics/timeline/docker-lanes.js';
import type { EngineEvent } from '../../../../src/diagnostics/docker/events.js';
import type { ContainerDiagnostics } from '../../../../src/diagnostics/model.js';

const T0 = Date.parse('2024-05-01T10:00:00Z');

function container(id: string, service: string, failed = false): ContainerDiagnostics {
  return {
    name: `env-${service}`,
    id,
    service,
    state: {
      status: failed ? 'exited' : 'running',
      oomKilled: false,
      restartCount: 0,
      startedAt: new Date(T0 + 100).toISOString(),
      finishedAt: failed ? new Date(T0 + 900).toISOString() : undefined,
      exitCode: failed ? 3 : undefined,
      ...(failed ? { failure: { kind: 'exited' as const, description: 'exited with 3' } } : {}),
    },
    lastLines: [],
    dir: `containers/env-${service}`,
    files: [`containers/env-${service}/inspect.json`, `containers/env-${service}/log.txt`],
    errors: [],
  };
}

function event(id: string, action: string, ms: number, attributes: Record<string, string> = {}): EngineEvent {
  return {
    Type: 'container',
    Action: action,
    Actor: { ID: id, Attributes: attributes },
    time: Math.floor((T0 + ms) / 1000),
    timeNano: `${BigInt(T0 + ms) * 1_000_000n + 123n}`,
  };
}

describe('dockerLanes', () => {
  test('created → starting → ready from the events of a checked container', () => {
    const [lane] = dockerLanes(
      [container('db1', 'db')],
      [event('db1', 'create', 0), event('db1', 'start', 200), event('db1', 'health_status: healthy', 1200)],
      T0 + 5000,
    );
    assert.deepEqual(lane, {
      kind: 'service',
      name: 'db',
      failed: false,
      log: 'containers/env-db/log.txt',
      bars: [
        { label: 'created', start: T0, end: T0 + 200, failed: false },
        { label: 'starting', start: T0 + 200, end: T0 + 1200, failed: false },
        { label: 'ready', start: T0 + 1200, end: T0 + 5000, failed: false },
      ],
    });
  });

  test('a die with a non-zero exit code is a failed phase until the end; others events are ignored', () => {
    const [lane] = dockerLanes(
      [container('api1', 'api', true)],
      [
        event('api1', 'create', 0),
        event('api1', 'start', 100),
        event('other', 'die', 300, { exitCode: '1' }),
        event('api1', 'die', 900, { exitCode: '3' }),
      ],
      T0 + 2000,
    );
    assert.equal(lane?.failed, true);
    assert.deepEqual(
      lane?.bars.map((bar) => [bar.label, bar.start - T0, bar.end - T0, bar.failed]),
      [
        ['created', 0, 100, false],
        ['running', 100, 900, false],
        ['exited 3', 900, 2000, true],
      ],
    );
  });

  test('oom then die reads oom-killed; exit 0 is not a failure; a restart starts a new phase', () => {
    const [lane] = dockerLanes(
      [container('w1', 'worker')],
      [
        event('w1', 'start', 0),
        event('w1', 'die', 100, { exitCode: '0' }),
        event('w1', 'start', 200),
        event('w1', 'oom', 300),
        event('w1', 'die', 300, { exitCode: '137' }),
      ],
      T0 + 400,
    );
    assert.deepEqual(
      lane?.bars.map((bar) => [bar.label, bar.failed]),
      [
        ['running', false],
        ['exited 0', false],
        ['running', false],
        ['oom-killed', true],
      ],
    );
  });

  test('without events the start and finish times of its state stand in', () => {
    const [lane] = dockerLanes([container('api1', 'api', true)], [], T0 + 2000);
    assert.deepEqual(
      lane?.bars.map((bar) => [bar.label, bar.start - T0, bar.end - T0, bar.failed]),
      [
        ['running', 100, 900, false],
        ['exited 3', 900, 2000, true],
      ],
    );
  });

  test('when the engine dropped its create and start events (256 kept), its start time stands in', () => {
    const checked = container('db1', 'db');
    checked.state.health = 'healthy';
    const [lane] = dockerLanes(
      [checked],
      [event('db1', 'exec_start: redis-cli ping', 900), event('db1', 'health_status: healthy', 1200)],
      T0 + 5000,
    );
    assert.deepEqual(
      lane?.bars.map((bar) => [bar.label, bar.start - T0, bar.end - T0]),
      [
        ['starting', 100, 1200],
        ['ready', 1200, 5000],
      ],
    );
  });
});
