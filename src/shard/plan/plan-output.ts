import { ConfigurationError } from '../../errors.js';
import type { ShardPlan } from '../planner.js';

/** GitHub keeps at most 1 MB of a job output. */
export const OUTPUT_LIMIT_BYTES = 1_000_000;

/** `strategy.matrix: ${{ fromJSON(...) }}`: one leg per shard, each knowing its number and the count. */
export function matrixJson(plan: ShardPlan): string {
  return checkedOutput(
    'matrix',
    JSON.stringify({ include: plan.shards.map(({ shard }) => ({ shard, of: plan.of })) }),
  );
}

/** Each shard's files and estimate; a leg runs `shards[shard - 1].files`. */
export function planJson(plan: ShardPlan): string {
  return checkedOutput(
    'plan',
    JSON.stringify({
      of: plan.of,
      basis: plan.basis,
      shards: plan.shards.map(({ shard, seconds, files }) => ({ shard, seconds, files })),
    }),
  );
}

function checkedOutput(name: string, json: string): string {
  const bytes = Buffer.byteLength(json);
  if (bytes > OUTPUT_LIMIT_BYTES) {
    throw new ConfigurationError(
      `The ${name} output would be ${(bytes / 1e6).toFixed(2)} MB, above GitHub's limit of 1 MB for a job output. Plan fewer test files: narrow "tests", or plan each part of the suite in a job of its own.`,
    );
  }
  return json;
}
