import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeCallFailure, KubeCallTimeoutError } from '../../../src/kube/call-limits.js';
import { errorMessage } from '../../../src/errors.js';

const aborted = () =>
  Object.assign(new Error('The user aborted a request.'), { name: 'AbortError', type: 'aborted' });

test('a call cut off by its own timeout says how long the API server was given', () => {
  const described = describeCallFailure(aborted(), { requestTimeoutMs: 15_000 });
  assert.ok(described instanceof KubeCallTimeoutError);
  assert.equal(described.message, 'timed out: the API server did not answer within 15s');
});

test('a call cut off because the whole collection was out of time says so', () => {
  const controller = new AbortController();
  controller.abort();
  const limits = {
    requestTimeoutMs: 15_000,
    signal: controller.signal,
    signalReason: "the collection's 180s were up",
  };
  assert.match(
    errorMessage(describeCallFailure(aborted(), limits)),
    /^not read: the collection's 180s were up/,
  );
});

test('any other failure, or no limits, is left as it is', () => {
  const refused = new Error('connect ECONNREFUSED 127.0.0.1:6443');
  assert.equal(describeCallFailure(refused, { requestTimeoutMs: 1000 }), refused);
  const abort = aborted();
  assert.equal(describeCallFailure(abort, undefined), abort);
});
