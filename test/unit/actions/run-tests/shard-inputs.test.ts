import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { readShardInputs } from '../../../../src/actions/run-tests/shard-inputs.js';

const PLAN = {
  of: 2,
  basis: 'count',
  shards: [
    { shard: 1, seconds: null, files: ['a.py'] },
    { shard: 2, seconds: null, files: ['b.py'] },
  ],
};
const workspace = mkdtempSync(path.join(os.tmpdir(), 'shard-inputs-'));

function withInputs(inputs: Record<string, string>) {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('readShardInputs', () => {
  it('reads the plan, the shard and a matching count', () => {
    withInputs({ plan: JSON.stringify(PLAN), shard: '2', of: '2', 'append-shard-files': 'true' });
    const read = readShardInputs(workspace, false);
    assert.equal(read.shard, 2);
    assert.equal(read.appendShardFiles, true);
    assert.deepEqual(read.plan?.shards[1]?.files, ['b.py']);
  });

  it('reads a plan from a file of the workspace', () => {
    writeFileSync(path.join(workspace, 'plan.json'), JSON.stringify(PLAN));
    withInputs({ plan: 'plan.json', shard: '1' });
    assert.deepEqual(readShardInputs(workspace, false).plan?.shards[0]?.files, ['a.py']);
  });

  it('lets cluster mode take a plan without a shard (every shard in one Indexed Job)', () => {
    withInputs({ plan: JSON.stringify(PLAN) });
    const read = readShardInputs(workspace, true);
    assert.equal(read.shard, undefined);
    assert.equal(read.plan?.of, 2);
  });

  it('reads nothing when no shard input is set', () => {
    assert.deepEqual(readShardInputs(workspace, false), {
      appendShardFiles: false,
      rerunFailed: false,
      tests: [],
    });
  });
});
