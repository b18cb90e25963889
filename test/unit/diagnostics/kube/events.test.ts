import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CoreV1Event } from '@kubernetes/client-node';
import {
  eventsAbout,
  formatKubeEvent,
  kubeEventTime,
  sortKubeEvents,
} from '../../../../src/diagnostics/kube/events.js';

const at = (text: string) => new Date(text);

function event(
  name: string,
  times: Partial<Pick<CoreV1Event, 'lastTimestamp' | 'eventTime' | 'firstTimestamp'>>,
  extra: Partial<CoreV1Event> = {},
): CoreV1Event {
  return {
    metadata: { name },
    involvedObject: { kind: 'Pod', name: 'api-1', namespace: 'ci', uid: 'u1' },
    type: 'Normal',
    reason: 'Started',
    message: name,
    ...times,
    ...extra,
  };
}

describe('kubeEventTime', () => {
  const cases: Array<{ name: string; event: CoreV1Event; expected: string | undefined }> = [
    {
      name: 'lastTimestamp wins',
      event: event('a', {
        lastTimestamp: at('2024-05-01T10:00:05Z'),
        eventTime: at('2024-05-01T10:00:01Z'),
        firstTimestamp: at('2024-05-01T10:00:00Z'),
      }),
      expected: '2024-05-01T10:00:05Z',
    },
    {
      name: 'eventTime when no lastTimestamp (events.k8s.io writers)',
      event: event('b', { eventTime: at('2024-05-01T10:00:01.250Z') }),
      expected: '2024-05-01T10:00:01.250Z',
    },
    {
      name: 'eventTime left as text by the client',
      event: event('c', { eventTime: '2024-05-01T10:00:01.123456Z' as unknown as Date }),
      expected: '2024-05-01T10:00:01.123456Z',
    },
    {
      name: 'firstTimestamp last',
      event: event('d', { firstTimestamp: at('2024-05-01T09:59:59Z') }),
      expected: '2024-05-01T09:59:59Z',
    },
    { name: 'none', event: event('e', {}), expected: undefined },
  ];
  for (const { name, event: input, expected } of cases) {
    test(name, () => assert.equal(kubeEventTime(input), expected));
  }
});

describe('sortKubeEvents', () => {
  test('orders by lastTimestamp, eventTime, firstTimestamp; no time last; ties stay in API order', () => {
    const events = [
      event('no-time', {}),
      event('late', {
        lastTimestamp: at('2024-05-01T10:00:09Z'),
        firstTimestamp: at('2024-05-01T10:00:00Z'),
      }),
      event('micro', { eventTime: '2024-05-01T10:00:03.000001Z' as unknown as Date }),
      event('first-only', { firstTimestamp: at('2024-05-01T10:00:03Z') }),
      event('tie-1', { lastTimestamp: at('2024-05-01T10:00:05Z') }),
      event('tie-2', { lastTimestamp: at('2024-05-01T10:00:05Z') }),
    ];
    assert.deepEqual(
      sortKubeEvents(events).map((e) => e.metadata.name),
      ['first-only', 'micro', 'tie-1', 'tie-2', 'late', 'no-time'],
    );
  });
});

describe('formatKubeEvent', () => {
  const cases: Array<{ name: string; event: CoreV1Event; expected: string }> = [
    {
      name: 'a container event repeated',
      event: event(
        'x',
        { firstTimestamp: at('2024-05-01T10:00:00Z'), lastTimestamp: at('2024-05-01T10:01:00Z') },
        {
          type: 'Warning',
          reason: 'BackOff',
          count: 4,
          message: 'Back-off restarting failed container\n',
          involvedObject: { kind: 'Pod', name: 'api-1', fieldPath: 'spec.containers{app}' },
        },
      ),
      expected:
        '2024-05-01T10:01:00Z Warning BackOff Pod/api-1 [spec.containers{app}] (x4 since 2024-05-01T10:00:00Z): Back-off restarting failed container',
    },
    {
      name: 'a one-off without times',
      event: event('y', {}, { reason: undefined, type: undefined, message: 'two\nlines' }),
      expected: '- - - Pod/api-1: two lines',
    },
  ];
  for (const { name, event: input, expected } of cases) {
    test(name, () => assert.equal(formatKubeEvent(input), expected));
  }
});

describe('eventsAbout', () => {
  test('matches by uid, else by kind, namespace and name', () => {
    const events = [
      event('same-uid', {}),
      event('other-uid', {}, { involvedObject: { kind: 'Pod', name: 'api-1', namespace: 'ci', uid: 'u2' } }),
      event('no-uid', {}, { involvedObject: { kind: 'Pod', name: 'api-1', namespace: 'ci' } }),
      event('job', {}, { involvedObject: { kind: 'Job', name: 'api-1', namespace: 'ci' } }),
    ];
    const found = eventsAbout(events, { kind: 'Pod', namespace: 'ci', name: 'api-1', uid: 'u1' });
    assert.deepEqual(
      found.map((e) => e.metadata.name),
      ['same-uid', 'no-uid'],
    );
  });
});
