import type { TestSelection } from '../../shard/index.js';
import type { RunTestsShardInputs } from './shard-inputs.js';

/** What one run (a matrix leg, or a cluster run of one pod) runs: its shard of the plan, else everything. */
export function legSelection(sharding: RunTestsShardInputs): TestSelection | undefined {
  const { plan, shard } = sharding;
  if (!plan || shard === undefined) return undefined;
  return { shard, of: plan.of, files: plan.shards[shard - 1]?.files ?? [] };
}
