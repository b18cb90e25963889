import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sinceTime, TimestampedLog } from '../../src/kube/test-job/log-lines.js';
import { timestampNanos } from '../../src/shared/timestamp.js';

const T1 = '2026-11-21T06:00:01.123456789Z';
const T2 = '2026-11-21T06:00:01.5Z';
const T3 = '2026-11-21T06:00:02Z';

describe('timestampNanos', () => {
  const cases: [string, bigint | undefined][] = [
    [T1, 1795240801123456789n],
    [T2, 1795240801500000000n],
    [T3, 1795240802000000000n],
    ['2026-11-21T07:00:02+01:00', 1795240802000000000n],
    ['hello', undefined],
    ['2026-11-21 06:00:02Z', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`${text} -> ${expected}`, () => assert.equal(timestampNanos(text), expected));
  }
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
