import { ganttName } from '../../diagnostics/timeline/index.js';

export interface ShardDurations {
  /** 1-based, as the matrix names it. */
  shard: number;
  /** Seconds the plan gave the shard. */
  planned: number;
  /** Seconds it took; undefined when it did not report. */
  actual?: number;
}

/** A shard that took this much longer than planned is drawn in the failed style. */
const OVER_PLAN = 1.5;

/**
 * The shards' planned and actual durations as a Mermaid `gantt` chart, the same kind as the diagnostics
 * timeline: a section per shard, each bar from 0. A shard far over its plan (its files' timings are
 * stale) is `crit`; one that never reported says so.
 */
export function shardDurationChart(shards: readonly ShardDurations[]): string {
  const lines = ['gantt', '  dateFormat x', `  axisFormat ${axisFormat(shards)}`];
  for (const { shard, planned, actual } of [...shards].sort((a, b) => a.shard - b.shard)) {
    lines.push(`  section ${ganttName(`shard ${shard}`)}`);
    lines.push(`    planned ${seconds(planned)} :0, ${milliseconds(planned)}`);
    if (actual === undefined) {
      lines.push(`    no result :crit, 0, ${milliseconds(planned)}`);
    } else {
      const over = planned > 0 && actual > planned * OVER_PLAN;
      lines.push(`    actual ${seconds(actual)} :${over ? 'crit, ' : ''}0, ${milliseconds(actual)}`);
    }
  }
  return lines.join('\n');
}

function milliseconds(value: number): number {
  return Math.max(1, Math.round(value * 1000));
}

function seconds(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)}s`;
}

function axisFormat(shards: readonly ShardDurations[]): string {
  const longest = Math.max(0, ...shards.flatMap((shard) => [shard.planned, shard.actual ?? 0]));
  return longest >= 3600 ? '%H:%M' : '%M:%S';
}
