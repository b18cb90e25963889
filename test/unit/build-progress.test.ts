import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBuildkitStatus } from '../../src/docker/build/buildkit-status.js';
import { BuildProgress } from '../../src/docker/build/progress.js';

/** Minimal protobuf writer for StatusResponse messages, the inverse of the decoder under test. */
function varint(value: number): number[] {
  const bytes: number[] = [];
  do {
    bytes.push((value & 0x7f) | (value > 0x7f ? 0x80 : 0));
    value = Math.floor(value / 128);
  } while (value > 0);
  return bytes;
}
function bytesField(number: number, payload: Buffer | string): number[] {
  const data = typeof payload === 'string' ? Buffer.from(payload) : payload;
  return [...varint((number << 3) | 2), ...varint(data.length), ...data];
}
function varintField(number: number, value: number): number[] {
  return [...varint(number << 3), ...varint(value)];
}
const timestamp = Buffer.from(varintField(1, 1_700_000_000));
interface V {
  digest: string;
  name?: string;
  started?: boolean;
  completed?: boolean;
  cached?: boolean;
  error?: string;
}
function status(
  vertexes: V[],
  logs: Array<{ vertex: string; msg: string; stream?: number }> = [],
  warning?: string,
): string {
  const out: number[] = [];
  for (const v of vertexes) {
    const body = [
      ...bytesField(1, v.digest),
      ...bytesField(2, 'sha256:input'),
      ...(v.name ? bytesField(3, v.name) : []),
      ...(v.cached ? varintField(4, 1) : []),
      ...(v.started ? bytesField(5, timestamp) : []),
      ...(v.completed ? bytesField(6, timestamp) : []),
      ...(v.error ? bytesField(7, v.error) : []),
    ];
    out.push(...bytesField(1, Buffer.from(body)));
  }
  out.push(
    ...bytesField(2, Buffer.from([...bytesField(1, 'id'), ...varintField(4, 5), ...varintField(5, 10)])),
  );
  for (const log of logs) {
    const body = [
      ...bytesField(1, log.vertex),
      ...bytesField(2, timestamp),
      ...varintField(3, log.stream ?? 1),
      ...bytesField(4, log.msg),
    ];
    out.push(...bytesField(3, Buffer.from(body)));
  }
  if (warning)
    out.push(
      ...bytesField(4, Buffer.from([...bytesField(1, 'v'), ...varintField(2, 1), ...bytesField(3, warning)])),
    );
  return Buffer.from(out).toString('base64');
}

describe('decodeBuildkitStatus', () => {
  it('decodes a message captured from Docker 20.10 (a log line of a RUN step)', () => {
    const captured =
      'GmcKR3NoYTI1Njo2MzdlZTE1MGNjM2FlNDk0MzkxNTE4OGMxZGM1MzUyZjdmOGEwOGM5MmRkZDRkMDdlNDkzMWJkNDRjZDMwYjVhEgwIqN+E2AYQ2PuHngEYASIMb29wcy1vdXRwdXQK';
    const decoded = decodeBuildkitStatus(captured);
    assert.deepEqual(decoded.logs, [
      {
        vertex: 'sha256:637ee150cc3ae4943915188c1dc5352f7f8a08c92ddd4d07e4931bd44cd30b5a',
        stream: 1,
        message: 'oops-output\n',
      },
    ]);
    assert.deepEqual(decoded.vertexes, []);
  });

  it('decodes vertexes, logs and warnings', () => {
    const decoded = decodeBuildkitStatus(
      status(
        [{ digest: 'd1', name: '[1/2] RUN x', started: true, completed: true, cached: true, error: 'bad' }],
        [{ vertex: 'd1', msg: 'hi\n', stream: 2 }],
        'deprecated syntax',
      ),
    );
    assert.deepEqual(decoded.vertexes, [
      { digest: 'd1', name: '[1/2] RUN x', cached: true, started: true, completed: true, error: 'bad' },
    ]);
    assert.deepEqual(decoded.logs, [{ vertex: 'd1', stream: 2, message: 'hi\n' }]);
    assert.deepEqual(decoded.warnings, ['deprecated syntax']);
  });

  it('refuses a truncated message', () => {
    assert.throws(() => decodeBuildkitStatus(Buffer.from([0x0a, 0xff]).toString('base64')), /truncated/);
  });
});

describe('BuildProgress', () => {
  it('follows a failing classic build and reports the failing step only', () => {
    const printed: string[] = [];
    const progress = new BuildProgress((line) => printed.push(line));
    const messages = [
      { stream: 'Step 1/3 : FROM debian:bookworm-slim' },
      { stream: '\n' },
      { stream: ' ---> 3549d274c9d4\n' },
      { stream: 'Step 2/3 : RUN echo one' },
      { stream: '\n ---> Running in abc\none\n' },
      { stream: 'Step 3/3 : RUN make' },
      { stream: '\n' },
      { stream: '\u001b[91mmake: *** No rule\n\u001b[0m' },
      { stream: 'partial line without newline' },
      {
        errorDetail: { code: 2, message: "The command '/bin/sh -c make' returned a non-zero code: 2" },
        error: 'x',
      },
    ];
    for (const message of messages) progress.handle(message);
    progress.finish();
    assert.equal(progress.imageId, undefined);
    assert.equal(
      progress.failureReport(),
      [
        'Step 3/3 : RUN make',
        'make: *** No rule',
        'partial line without newline',
        "The command '/bin/sh -c make' returned a non-zero code: 2",
      ].join('\n'),
    );
    assert.ok(printed.includes('one'));
    assert.equal(printed.at(-1), "ERROR: The command '/bin/sh -c make' returned a non-zero code: 2");
  });

  it('follows a BuildKit build: step headers, cached steps, per-step logs, the failing vertex', () => {
    const printed: string[] = [];
    const progress = new BuildProgress((line) => printed.push(line));
    const trace = (aux: string) => progress.handle({ id: 'moby.buildkit.trace', aux });
    trace(status([{ digest: 'a', name: '[1/3] FROM debian', started: true }]));
    trace(status([{ digest: 'a', name: '[1/3] FROM debian', started: true, completed: true, cached: true }]));
    trace(
      status([{ digest: 'b', name: '[2/3] RUN echo ok', started: true }], [{ vertex: 'b', msg: 'ok\n' }]),
    );
    trace(
      status(
        [{ digest: 'c', name: '[3/3] RUN test', started: true }],
        [{ vertex: 'c', msg: 'first line\nsecond ' }],
      ),
    );
    trace(status([], [{ vertex: 'c', msg: 'half\n', stream: 2 }]));
    trace(
      status([
        { digest: 'c', name: '[3/3] RUN test', started: true, completed: true, error: 'exit code: 4' },
      ]),
    );
    progress.handle({ errorDetail: { message: 'executor failed running [/bin/sh -c test]: exit code: 4' } });
    progress.finish();
    assert.deepEqual(printed.slice(0, 7), [
      '#1 [1/3] FROM debian',
      '#1 CACHED',
      '#2 [2/3] RUN echo ok',
      '#2 ok',
      '#3 [3/3] RUN test',
      '#3 first line',
      '#3 second half',
    ]);
    assert.equal(
      progress.failureReport(),
      '#3 [3/3] RUN test\nfirst line\nsecond half\nexecutor failed running [/bin/sh -c test]: exit code: 4',
    );
  });

  it('takes the image ID from either builder', () => {
    const classic = new BuildProgress(() => {});
    classic.handle({ aux: { ID: 'sha256:1' } });
    assert.equal(classic.imageId, 'sha256:1');
    const buildkit = new BuildProgress(() => {});
    buildkit.handle({ id: 'moby.image.id', aux: { ID: 'sha256:2' } });
    assert.equal(buildkit.imageId, 'sha256:2');
  });

  it('keeps the error message short when a step printed a lot', () => {
    const progress = new BuildProgress(() => {});
    progress.handle({ stream: 'Step 1/1 : RUN noisy\n' });
    progress.handle({ stream: Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n') + '\n' });
    progress.handle({ error: 'failed' });
    const report = progress.failureReport();
    assert.match(report, /^Step 1\/1 : RUN noisy\n\.\.\. \(40 earlier lines in the build log\)\nline 40\n/);
    assert.match(report, /line 99\nfailed$/);
  });
});
