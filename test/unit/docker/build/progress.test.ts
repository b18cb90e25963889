import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BuildProgress } from '../../../../src/docker/build/progress.js';
import { status } from './support.js';

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
