import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportsArtifactName, rerunSelection, runAttempt } from '../../../../src/actions/run-tests/rerun.js';
import { MemoryLogger } from '../../../support/memory-logger.js';

describe('re-run of failed tests', () => {
  it('names the reports artifact by job, shard and attempt', () => {
    const env = { GITHUB_JOB: 'tests', GITHUB_RUN_ATTEMPT: '3' };
    assert.equal(reportsArtifactName(env, 2, 1), 'inception-reports-tests-2-attempt1');
    assert.equal(reportsArtifactName(env, undefined, 2), 'inception-reports-tests-attempt2');
  });

  it('reads the attempt, 1 when unknown', () => {
    assert.equal(runAttempt({ GITHUB_RUN_ATTEMPT: '2' }), 2);
    assert.equal(runAttempt({}), 1);
    assert.equal(runAttempt({ GITHUB_RUN_ATTEMPT: 'x' }), 1);
  });

  it("keeps the leg's own selection on a first attempt, or when not asked", async () => {
    const leg = { shard: 1, of: 2, files: ['a.py'] };
    const base = { leg, workspace: '/nowhere', logger: new MemoryLogger() };
    const sharding = { appendShardFiles: false, rerunFailed: true, tests: [] };
    assert.equal(await rerunSelection({ ...base, sharding, env: { GITHUB_RUN_ATTEMPT: '1' } }), leg);
    assert.equal(
      await rerunSelection({
        ...base,
        sharding: { ...sharding, rerunFailed: false },
        env: { GITHUB_RUN_ATTEMPT: '2' },
      }),
      leg,
    );
  });

  it('runs everything, saying why, when there are no test files to map failures to', async () => {
    const logger = new MemoryLogger();
    const selection = await rerunSelection({
      sharding: { appendShardFiles: false, rerunFailed: true, tests: [] },
      workspace: '/nowhere',
      env: { GITHUB_RUN_ATTEMPT: '2' },
      logger,
    });
    assert.equal(selection, undefined);
    assert.match(
      logger.text(),
      /Re-run \(attempt 2\): no test files to map the failures to .*running every test/,
    );
  });
});
