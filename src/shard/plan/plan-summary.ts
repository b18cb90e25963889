import { details, table } from '../../shared/format/markdown.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import type { ShardPlan } from '../planner.js';

export function formatSeconds(seconds: number): string {
  return formatDuration(seconds * 1000);
}

/** The job summary of plan-shards: one row per shard, its files folded below. */
export function planSummaryMarkdown(plan: ShardPlan): string {
  const lines = [`### Shard plan: ${plan.of} shard(s) by ${plan.basis}`, ''];
  if (plan.basis === 'timings') {
    lines.push(
      `Slowest shard about **${formatSeconds(plan.makespanSeconds)}** (no plan can beat ${formatSeconds(plan.lowerBoundSeconds)}); all tests ${formatSeconds(plan.totalSeconds)}.`,
      '',
    );
  }
  lines.push(
    table(
      ['Shard', 'Files', 'Estimated'],
      plan.shards.map((shard) => [
        `${shard.shard}/${plan.of}`,
        shard.files.length,
        shard.seconds === null ? undefined : formatSeconds(shard.seconds),
      ]),
      ['left', 'right', 'right'],
    ),
    '',
  );
  if (plan.untimed.length > 0) {
    lines.push(
      `${plan.untimed.length} file(s) had no timing and weigh the mean, ${formatSeconds(plan.meanSeconds ?? 0)}.`,
      '',
      ...details(`Files without a timing (${plan.untimed.length})`, [...plan.untimed.map(bullet), '']),
      '',
    );
  }
  for (const note of plan.notes) lines.push(`> ${note}`, '');
  for (const shard of plan.shards) {
    lines.push(
      ...details(`Shard ${shard.shard}: ${shard.files.length} file(s)`, [...shard.files.map(bullet), '']),
      '',
    );
  }
  return lines.join('\n');
}

/** The terminal's table: shard, files, estimate. */
export function planRows(plan: ShardPlan): string[][] {
  return [
    ['SHARD', 'FILES', 'ESTIMATED'],
    ...plan.shards.map((shard) => [
      `${shard.shard}/${plan.of}`,
      String(shard.files.length),
      shard.seconds === null ? '-' : formatSeconds(shard.seconds),
    ]),
  ];
}

function bullet(file: string): string {
  return `- \`${file.replace(/`/g, '')}\``;
}
