import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Docker from 'dockerode';
import { runTestsAction } from '../../src/actions/run-tests/index.js';
import { environmentLabels } from '../../src/shared/identity/labels.js';
import { runEntryInProcess } from '../support/in-process-action.js';

const docker = new Docker();
const RUN = `it-shard-${randomBytes(4).toString('hex')}`;
/** An image whose ENTRYPOINT is the "test runner": the files land after its own CMD. */
const RUNNER_IMAGE = `${RUN}-runner:1`;

const PLAN = JSON.stringify({
  of: 3,
  basis: 'timings',
  shards: [
    { shard: 1, seconds: 4, files: ['tests/a_test.sh'] },
    { shard: 2, seconds: 3, files: ['tests/b test.sh', 'tests/c_test.sh'] },
    { shard: 3, seconds: null, files: [] },
  ],
});

const SHOW = `
echo "shard=$INCEPTION_SHARD of=$INCEPTION_SHARD_COUNT files=[$INCEPTION_SHARD_FILES] path=$INCEPTION_SHARD_FILES_PATH"
while IFS= read -r line; do echo "line: $line"; done < "$INCEPTION_SHARD_FILES_PATH"
for arg in "$@"; do echo "arg: $arg"; done
`;

let dir: string;

function runAction(inputs: Record<string, string>) {
  return runEntryInProcess(runTestsAction, { reports: '', ...inputs }, { GITHUB_WORKSPACE: dir });
}

describe('run-tests runs one shard of a plan (real engine)', { timeout: 120_000 }, () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inception-shard-'));
    const base = await docker.createContainer({
      Image: 'debian:bookworm-slim',
      Labels: environmentLabels(RUN, 'test'),
    });
    await base.commit({
      repo: RUNNER_IMAGE.split(':')[0],
      tag: '1',
      changes: [
        'ENTRYPOINT ["sh", "-c", "for a in \\"$@\\"; do echo \\"runner got: $a\\"; done", "runner"]',
        'CMD ["--from-image"]',
      ],
    });
    await base.remove();
  });

  after(async () => {
    await docker
      .getImage(RUNNER_IMAGE)
      .remove({ force: true })
      .catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it("gives the shard's files as variables and a file, and appends them to the command", async () => {
    const run = await runAction({
      image: 'debian:bookworm-slim',
      command: JSON.stringify(['sh', '-c', SHOW, 'sh']),
      name: `${RUN}-leg2`,
      plan: PLAN,
      shard: '2',
      of: '3',
      'append-shard-files': 'true',
    });
    assert.equal(run.failed, false, run.log);
    assert.match(
      run.log,
      /shard=2 of=3 files=\[tests\/b test\.sh tests\/c_test\.sh\] path=\/inception-shard\/files\.txt/,
    );
    assert.match(run.log, /line: tests\/b test\.sh\nline: tests\/c_test\.sh\n/);
    assert.match(run.log, /arg: tests\/b test\.sh\narg: tests\/c_test\.sh\n/);
    assert.match(run.summary, /Tests .*-leg2 \(shard 2\/3\) passed/);
  });

  it("appends the files to the image's own CMD when no command is given", async () => {
    const run = await runAction({
      image: RUNNER_IMAGE,
      name: `${RUN}-leg1`,
      plan: PLAN,
      shard: '1',
      'append-shard-files': 'true',
    });
    assert.equal(run.failed, false, run.log);
    assert.match(run.log, /runner got: --from-image\nrunner got: tests\/a_test\.sh\n/);
  });

  it('leaves the command alone unless asked to append', async () => {
    const run = await runAction({
      image: 'debian:bookworm-slim',
      command: JSON.stringify(['sh', '-c', SHOW, 'sh']),
      name: `${RUN}-plain`,
      plan: PLAN,
      shard: '1',
    });
    assert.equal(run.failed, false, run.log);
    assert.match(run.log, /line: tests\/a_test\.sh/);
    assert.doesNotMatch(run.log, /arg: /);
  });

  it('passes a shard without files without running anything, and says so', async () => {
    const name = `${RUN}-leg3`;
    const run = await runAction({ image: 'no-such-image:never', name, plan: PLAN, shard: '3' });
    assert.equal(run.failed, false, run.log);
    assert.equal(run.outputs.result, 'passed');
    assert.match(run.log, /::notice::shard 3\/3 has no test files .*nothing ran/);
    assert.match(run.summary, /shard 3\/3 has no test files, nothing ran/);
  });
});
