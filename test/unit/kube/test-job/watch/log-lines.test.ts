import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sinceTime, TimestampedLog } from '../../../../../src/kube/test-job/watch/log-lines.js';
import { timestampNanos } from '../../../../../src/shared/format/timestamp.js';
import { T1, T2, T3 } from '../../../../support/log-timestamps.js';

describe('timestampNanos', () => {
  it('sinceTime drops the fraction', () =>
    assert.equal(sinceTime(1795240801123456789n), '2026-11-21T06:00:01Z'));
});

describe('TimestampedLog', () => {
  const cases: { title: string; chunks: string[]; after?: bigint; out: string }[] = [
    { title: 'strips timestamps', chunks: [`${T1} one\n${T2} two\n`], out: 'one\ntwo\n' },
    {
      title: 'joins a timestamp split across chunks',
      chunks: [`${T1.slice(0, 10)}`, `${T1.slice(10)} one\n`],
      out: 'one\n',
    },
    {
      title: 'passes a line through before it ends',
      chunks: [`${T1} progress...`, '...done\n'],
      out: 'progress......done\n',
    },
    { title: 'keeps empty lines', chunks: [`${T1} \n${T2} \n`], out: '\n\n' },
    { title: 'passes lines without a timestamp as they are', chunks: ['plain line\n'], out: 'plain line\n' },
    { title: 'keeps a line with UTF-8 and spaces whole', chunks: [`${T1} größe  x\n`], out: 'größe  x\n' },
    {
      title: 'after a reconnect, drops lines it already printed',
      chunks: [`${T1} seen\n${T2} new\n${T3} newer\n`],
      after: timestampNanos(T1),
      out: 'new\nnewer\n',
    },
    { title: 'prints a last line without a newline', chunks: [`${T1} last`], out: 'last' },
  ];
  for (const { title, chunks, after, out } of cases) {
    it(title, () => {
      const log = new TimestampedLog(after);
      const printed = chunks.map((chunk) => log.push(chunk)).join('') + log.end();
      assert.equal(printed, out);
    });
  }
  it('remembers the latest timestamp', () => {
    const log = new TimestampedLog();
    log.push(`${T1} a\n${T3} b\n`);
    assert.equal(log.last, timestampNanos(T3));
  });
});
