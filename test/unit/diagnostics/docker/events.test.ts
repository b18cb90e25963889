import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  compareEvents,
  eventTime,
  formatEventLine,
  parseEventLine,
} from '../../../../src/diagnostics/docker/events.js';

describe('engine events', () => {
  const die =
    '{"status":"die","id":"abc","Type":"container","Action":"die","Actor":{"ID":"0123456789abcdef","Attributes":{"name":"env-api","exitCode":"3","image":"debian:bookworm-slim"}},"scope":"local","time":1714557605,"timeNano":1714557605000000042}';

  test('keeps the nanoseconds a double would lose', () => {
    const event = parseEventLine(die);
    assert.ok(event);
    assert.equal(event.timeNano, '1714557605000000042');
    assert.equal(eventTime(event), '2024-05-01T10:00:05.000000042Z');
  });

  const cases: Array<[string, string]> = [
    [die, '2024-05-01T10:00:05.000000042Z container die env-api exitCode=3 image=debian:bookworm-slim'],
    [
      '{"Type":"container","Action":"health_status: unhealthy","Actor":{"ID":"x","Attributes":{"name":"c","note":"two words"}},"time":1,"timeNano":1000000000}',
      '1970-01-01T00:00:01.000000000Z container "health_status: unhealthy" c note="two words"',
    ],
    [
      '{"Type":"network","Action":"create","Actor":{"ID":"fedcba9876543210aa","Attributes":{}},"time":2,"timeNano":2000000000}',
      '1970-01-01T00:00:02.000000000Z network create fedcba987654',
    ],
  ];
  for (const [json, line] of cases) {
    test(line.split(' ').slice(1, 3).join(' '), () =>
      assert.equal(formatEventLine(parseEventLine(json)!), line),
    );
  }

  test('blank lines are skipped and events sort by nanoseconds', () => {
    assert.equal(parseEventLine('  '), undefined);
    const a = parseEventLine(
      '{"Type":"container","Action":"a","Actor":{"ID":"1"},"time":1,"timeNano":999999999}',
    )!;
    const b = parseEventLine(
      '{"Type":"container","Action":"b","Actor":{"ID":"1"},"time":1,"timeNano":1000000000}',
    )!;
    assert.deepEqual(
      [b, a].sort(compareEvents).map((event) => event.Action),
      ['a', 'b'],
    );
  });
});
