import type { TestSelection } from '../../shard/index.js';
import { actionsLogger } from '../runner/index.js';
import { rerunSelection, uploadAttemptReports } from './rerun.js';
import type { RunTestsShardInputs } from './shard-inputs.js';

/** What one run (a matrix leg, or a cluster run of one pod) runs: its shard of the plan, else everything. */
export function legSelection(sharding: RunTestsShardInputs): TestSelection | undefined {
  const { plan, shard } = sharding;
  if (!plan || shard === undefined) return undefined;
  return { shard, of: plan.of, files: plan.shards[shard - 1]?.files ?? [] };
}

/** This step's selection, in either mode: the leg's shard, narrowed to the failed files on a re-run. */
export function stepSelection(sharding: RunTestsShardInputs): Promise<TestSelection | undefined> {
  return rerunSelection({
    sharding,
    leg: legSelection(sharding),
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    env: process.env,
    logger: actionsLogger,
  });
}

/** With `rerun-failed`, keeps this attempt's reports for the next one. */
export async function keepReportsForRerun(
  sharding: RunTestsShardInputs,
  reports: readonly string[],
  reportsDir: string,
): Promise<void> {
  if (!sharding.rerunFailed) return;
  await uploadAttemptReports(reports, reportsDir, sharding.shard, process.env, actionsLogger);
}
