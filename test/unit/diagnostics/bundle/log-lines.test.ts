import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DockerFrameDecoder } from '../../../../src/docker/log-frames.js';
import {
  formatLogLine,
  LogLineSplitter,
  parseLogLine,
  type LogLine,
} from '../../../../src/diagnostics/bundle/log-lines.js';
import { frame } from '../../../support/docker-frames.js';

function decodeAll(chunks: Buffer[]): LogLine[] {
  const lines: LogLine[] = [];
  const splitter = new LogLineSplitter((line) => lines.push(line));
  const decoder = new DockerFrameDecoder();
  for (const chunk of chunks) for (const f of decoder.push(chunk)) splitter.push(f.stream, f.payload);
  splitter.end();
  return lines;
}

const T1 = '2024-05-01T10:00:00.123456789Z';
const T2 = '2024-05-01T10:00:01.5Z';

describe('log lines from multiplexed frames', () => {
  const stream = Buffer.concat([
    frame(1, `${T1} starting\n`),
    frame(2, `${T2} oops: é\n`),
    frame(1, `${T2} two\n${T2} lines\n`),
  ]);

  const splits: Array<{ name: string; chunks: Buffer[] }> = [
    { name: 'one chunk', chunks: [stream] },
    { name: 'byte by byte', chunks: Array.from(stream, (byte) => Buffer.from([byte])) },
    { name: 'cut inside a header', chunks: [stream.subarray(0, 5), stream.subarray(5)] },
    { name: 'cut inside a frame payload', chunks: [stream.subarray(0, 60), stream.subarray(60)] },
  ];
  for (const split of splits) {
    test(split.name, () => {
      assert.deepEqual(decodeAll(split.chunks).map(formatLogLine), [
        `${T1} stdout starting`,
        `${T2} stderr oops: é`,
        `${T2} stdout two`,
        `${T2} stdout lines`,
      ]);
    });
  }

  test('a line without a final newline is kept', () => {
    assert.deepEqual(
      decodeAll([frame(1, `${T1} no newline`)]).map((line) => line.message),
      ['no newline'],
    );
  });

  test('a character split across two frames (long messages come in parts)', () => {
    const e = Buffer.from('é');
    const first = frame(1, Buffer.concat([Buffer.from(`${T1} caf`), e.subarray(0, 1)]));
    const second = frame(1, Buffer.concat([e.subarray(1), Buffer.from('\n')]));
    assert.deepEqual(
      decodeAll([first, second]).map((line) => line.message),
      ['café'],
    );
  });
});

describe('TTY lines', () => {
  test('one unlabelled stream, carriage returns dropped', () => {
    const lines: LogLine[] = [];
    const splitter = new LogLineSplitter((line) => lines.push(line));
    splitter.push(undefined, Buffer.from(`${T1} first\r\n${T2} sec`));
    splitter.push(undefined, Buffer.from('ond\r\n'));
    splitter.end();
    assert.deepEqual(lines.map(formatLogLine), [`${T1} first`, `${T2} second`]);
  });
});

describe('parseLogLine', () => {
  const cases: Array<[string, LogLine]> = [
    [`${T1} hello world`, { timestamp: T1, stream: 'stdout', message: 'hello world' }],
    [`${T1} `, { timestamp: T1, stream: 'stdout', message: '' }],
    ['no timestamp', { stream: 'stdout', message: 'no timestamp' }],
    [
      '2024-05-01T10:00:00+02:00 offset',
      { timestamp: '2024-05-01T10:00:00+02:00', stream: 'stdout', message: 'offset' },
    ],
  ];
  for (const [text, expected] of cases)
    test(JSON.stringify(text), () => assert.deepEqual(parseLogLine('stdout', text), expected));
});
