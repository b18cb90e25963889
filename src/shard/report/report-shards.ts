import type { ReportTimings } from '../junit/report-timings.js';
import type { PlannedShards } from '../plan/plan-input.js';

/**
 * Which shard each report came from, by the plan: the shard that planned most of the files the report
 * timed (a report names no shard itself, and artifacts are named as each user likes). A report that timed
 * no planned file is left out.
 */
export function reportsByShard(
  reports: readonly ReportTimings[],
  plan: PlannedShards,
): { shard: number; paths: string[] }[] {
  const shardOf = new Map<string, number>();
  for (const shard of plan.shards) for (const file of shard.files) shardOf.set(file, shard.shard);
  const byShard = new Map<number, string[]>();
  for (const report of reports) {
    const votes = new Map<number, number>();
    for (const file of report.seconds.keys()) {
      const shard = shardOf.get(file);
      if (shard !== undefined) votes.set(shard, (votes.get(shard) ?? 0) + 1);
    }
    const [shard] = [...votes].sort(([a, x], [b, y]) => y - x || a - b)[0] ?? [];
    if (shard !== undefined) byShard.set(shard, [...(byShard.get(shard) ?? []), report.report]);
  }
  return [...byShard].sort(([a], [b]) => a - b).map(([shard, paths]) => ({ shard, paths }));
}
