import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { describe, test } from 'node:test';
import { reasonToKeep } from '../../../../../src/docker/environment/cleanup/sweep.js';
import { formatOwner, processStart } from '../../../../../src/shared/identity/run-identity.js';

const host = os.hostname();
const alive = formatOwner({ host, pid: process.pid, start: processStart(process.pid) });
const gone = formatOwner({ host, pid: spawnSync('true').pid! });
const elsewhere = formatOwner({ host: `${host}-other`, pid: 1 });

describe('which environments a sweep removes', () => {
  const cases: [string, (string | undefined)[], RegExp | undefined][] = [
    ['every owner gone', [gone, gone, gone], undefined],
    ['one owner still running (run-tests beside setup-docker)', [gone, alive], /still running \(pid \d+\)/],
    ['made from another host', [gone, elsewhere], /another host/],
    ['a resource without an owner label', [gone, undefined], /no owner label/],
    ['an owner label that is not ours', ['someone'], /not host\/pid/],
  ];
  for (const [name, labels, reason] of cases) {
    test(name, () => {
      const kept = reasonToKeep(labels, host);
      if (reason) assert.match(kept ?? '', reason);
      else assert.equal(kept, undefined);
    });
  }
});
