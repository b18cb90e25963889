import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { describe, test } from 'node:test';
import {
  currentRun,
  formatOwner,
  ownerState,
  parseOwner,
  processStart,
  runIdFrom,
} from '../../../../src/shared/identity/run-identity.js';

describe('run identity', () => {
  test('owner labels round-trip, with and without a start time', () => {
    for (const owner of [
      { host: 'runner-7', pid: 4242, start: '123456' },
      { host: 'laptop.local', pid: 1 },
    ]) {
      assert.deepEqual(parseOwner(formatOwner(owner)), owner);
    }
  });

  test('labels that are not host/pid are not owners', () => {
    for (const value of [undefined, '', 'host', 'host/abc', '/12', 'a/b/12']) {
      assert.equal(parseOwner(value), undefined, String(value));
    }
  });

  test('this process is alive; a finished one, a reused pid and another host are told apart', () => {
    const host = os.hostname();
    const self = { host, pid: process.pid, start: processStart(process.pid) };
    assert.equal(ownerState(self), 'alive');
    const finished = spawnSync('true').pid!;
    assert.equal(ownerState({ host, pid: finished }), 'gone');
    assert.equal(ownerState({ ...self, start: `${Number(self.start) + 1}` }), 'gone', 'pid reused');
    assert.equal(ownerState({ ...self, host: `${host}-other` }), 'other-host');
  });

  test('the run id: given, or the runner job attempt, or unique per process', () => {
    assert.equal(runIdFrom({ INCEPTION_RUN_ID: 'soak-3', GITHUB_RUN_ID: '9' }), 'soak-3');
    assert.equal(
      runIdFrom({ GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'integration' }),
      'github-9-2-integration',
    );
    assert.notEqual(runIdFrom({}), runIdFrom({}));
  });

  test('a run id from the runner variables, else one per process; the owner is this process off a runner', () => {
    const run = currentRun({});
    assert.match(run.runId, new RegExp(`^local-${process.pid}-[0-9a-f]{8}$`));
    assert.deepEqual(parseOwner(run.owner), {
      host: os.hostname(),
      pid: process.pid,
      start: processStart(process.pid),
    });
    assert.equal(currentRun({ GITHUB_RUN_ID: '9' }), run, 'the same for every resource of the process');
  });
});
