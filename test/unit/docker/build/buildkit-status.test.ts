import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBuildkitStatus } from '../../../../src/docker/build/buildkit-status.js';
import { status } from './support.js';

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
