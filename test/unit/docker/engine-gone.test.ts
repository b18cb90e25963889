import assert from 'node:assert/strict';
import { test } from 'node:test';
import Docker from 'dockerode';
import { engineAddress, isConnectionLoss } from '../../../src/docker/engine-gone.js';
import { ServiceStartError } from '../../../src/errors.js';

const withCode = (message: string, fields: Record<string, string>) =>
  Object.assign(new Error(message), fields);

const cases: Array<[string, unknown, boolean]> = [
  ['the socket closed mid-request', withCode('socket hang up', { code: 'ECONNRESET' }), true],
  ['nobody listens any more', withCode('connect ECONNREFUSED /tmp/x.sock', { code: 'ECONNREFUSED' }), true],
  [
    'the socket file is gone',
    withCode('connect ENOENT /var/run/docker.sock', { code: 'ENOENT', syscall: 'connect' }),
    true,
  ],
  [
    'a file that is missing is not the engine',
    withCode("ENOENT: no such file, open 'x'", { code: 'ENOENT', syscall: 'open' }),
    false,
  ],
  [
    'the cause counts',
    new Error('request failed', { cause: withCode('write EPIPE', { code: 'EPIPE' }) }),
    true,
  ],
  [
    'a service that could not start because the engine went',
    new ServiceStartError('db', 'could not start: socket hang up', ''),
    true,
  ],
  [
    "a service whose own log says ECONNREFUSED is the service's failure",
    new ServiceStartError(
      'api',
      'exited with code 1 while waiting for it to start',
      'Error: connect ECONNREFUSED 10.0.0.2:5432',
    ),
    false,
  ],
  ['an API error', new Error('(HTTP code 409) conflict - name already in use'), false],
];
for (const [name, error, expected] of cases) {
  test(name, () => assert.equal(isConnectionLoss(error), expected));
}

test('the engine is named by where the client talks to it', () => {
  assert.equal(engineAddress(new Docker({ socketPath: '/tmp/e/docker.sock' })), 'unix:///tmp/e/docker.sock');
  assert.equal(
    engineAddress(new Docker({ host: '10.0.0.5', port: 2375, protocol: 'http' })),
    'tcp://10.0.0.5:2375',
  );
});
