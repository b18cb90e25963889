import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demultiplex, DockerFrameDecoder, type LogFrame } from '../../../src/docker/log-frames.js';
import { frame } from '../../support/docker-frames.js';

function decodeAll(chunks: Buffer[]): Array<{ stream: string; text: string }> {
  const decoder = new DockerFrameDecoder();
  const frames: LogFrame[] = chunks.flatMap((chunk) => decoder.push(chunk));
  return frames.map((f) => ({ stream: f.stream, text: f.payload.toString('utf8') }));
}

describe('DockerFrameDecoder', () => {
  const stream = Buffer.concat([
    frame(1, 'out one\n'),
    frame(2, 'err: é\n'),
    frame(1, ''),
    frame(1, 'out two'),
  ]);
  const expected = [
    { stream: 'stdout', text: 'out one\n' },
    { stream: 'stderr', text: 'err: é\n' },
    { stream: 'stdout', text: '' },
    { stream: 'stdout', text: 'out two' },
  ];

  const splits: Array<{ name: string; chunks: Buffer[] }> = [
    { name: 'one chunk', chunks: [stream] },
    { name: 'byte by byte', chunks: Array.from(stream, (byte) => Buffer.from([byte])) },
    { name: 'cut inside a header', chunks: [stream.subarray(0, 5), stream.subarray(5)] },
    { name: 'cut inside a frame payload', chunks: [stream.subarray(0, 12), stream.subarray(12)] },
  ];
  for (const split of splits) {
    test(split.name, () => assert.deepEqual(decodeAll(split.chunks), expected));
  }

  test('an incomplete frame waits', () => {
    const decoder = new DockerFrameDecoder();
    const whole = frame(1, 'abc');
    assert.deepEqual(decoder.push(whole.subarray(0, 9)), []);
    assert.equal(decoder.leftover, 9);
    assert.deepEqual(decoder.truncatedPayload(), Buffer.from('a'));
    assert.equal(decoder.push(whole.subarray(9)).length, 1);
    assert.equal(decoder.leftover, 0);
  });
});

describe('demultiplex', () => {
  const cases: Array<[string, Buffer, string]> = [
    [
      'frames of both streams, interleaved',
      Buffer.concat([frame(1, 'a\n'), frame(2, 'b\n'), frame(1, 'c')]),
      'a\nb\nc',
    ],
    [
      'a character split across two frames',
      Buffer.concat([frame(1, Buffer.from('é').subarray(0, 1)), frame(1, Buffer.from('é').subarray(1))]),
      'é',
    ],
    ['a TTY log passes as it is', Buffer.from('plain output\nsecond line\n'), 'plain output\nsecond line\n'],
    ['a TTY log shorter than a header', Buffer.from('hi'), 'hi'],
    ['empty', Buffer.alloc(0), ''],
    [
      'a last frame cut short keeps what arrived',
      Buffer.concat([frame(1, 'whole\n'), frame(2, 'cut short').subarray(0, 11)]),
      'whole\ncut',
    ],
  ];
  for (const [name, input, expected] of cases) test(name, () => assert.equal(demultiplex(input), expected));
});
