import path from 'node:path';
import {
  combinedReportMarkdown,
  combineShardReports,
  formatSeconds,
  readShardReports,
  reportsByShard,
  type PlannedShards,
  type RecordedRun,
} from '../../shard/index.js';
import { actionsLogger } from '../runner/index.js';

export interface RunSummaryOptions {
  run: RecordedRun;
  plan?: PlannedShards;
  /** The folder the reports' paths are relative to. */
  root: string;
  saved: { key: string } | { reason: string };
}

/** The job summary: with a plan, the combined report over every shard; then what was recorded and kept. */
export async function runSummaryMarkdown(options: RunSummaryOptions): Promise<string> {
  const { run, plan, saved } = options;
  const parts: string[] = [];
  if (plan) {
    const shards = reportsByShard(run.reports, plan).map(({ shard, paths }) => ({
      shard,
      paths: paths.map((report) => path.join(options.root, report)),
    }));
    const reports = await readShardReports(shards, actionsLogger);
    parts.push(combinedReportMarkdown(combineShardReports({ shards: reports, plan, files: run.files })));
  }
  const total = [...run.measured.values()].reduce((sum, seconds) => sum + seconds, 0);
  const where =
    'key' in saved ? `saved to the Actions cache as \`${saved.key}\`` : `not saved: ${saved.reason}`;
  parts.push(
    `### Timings: ${run.measured.size} of ${run.files.length} test file(s) timed, ${formatSeconds(total)}`,
    '',
    `${run.kept.size} timing(s) from ${run.reports.length} report(s), ${where}.`,
    '',
  );
  return parts.join('\n');
}
