export { combineReports, sumReports } from './combine.js';
export { combinedReportMarkdown, combineShardReports, readShardReports } from './combined-report.js';
export type { CombinedReport, CombinedReportOptions, ShardOutcome, ShardReports } from './combined-report.js';
export { readReportTimings, reportTimingsOf } from './junit/report-timings.js';
export type { ReportTimings } from './junit/report-timings.js';
export { TestFileIndex } from './junit/test-file-index.js';
export type { TestFileIndexOptions } from './junit/test-file-index.js';
export { planFromFiles } from './plan-from-files.js';
export type { PlanFromFilesOptions } from './plan-from-files.js';
export { matrixJson, OUTPUT_LIMIT_BYTES, planJson } from './plan-output.js';
export { formatSeconds, planRows, planSummaryMarkdown } from './plan-summary.js';
export { MAX_SHARDS, planShards } from './planner.js';
export type { PlanOptions, Shard, ShardPlan } from './planner.js';
export { recordRun } from './record-run.js';
export { reportsByShard } from './report-shards.js';
export type { RecordedRun, RecordRunOptions } from './record-run.js';
export { restoreTimings, saveTimings, timingsCacheKey } from './timings-cache.js';
export type { RestoredTimings } from './timings-cache.js';
export { parseTimingsFile, timingsAsReport, timingsFile, TIMINGS_VERSION } from './timings-file.js';
export type { TimingsFile } from './timings-file.js';
export { parsePlan, plannedFiles } from './plan-input.js';
export type { PlannedShard, PlannedShards } from './plan-input.js';
export {
  selectionLabel,
  selectionVariables,
  selectsNothing,
  SHARD_ENV,
  SHARD_FILES_DIR,
  SHARD_FILES_PATH,
  shardFilesText,
} from './test-selection.js';
export type { TestSelection } from './test-selection.js';
export { filesToRerun } from './failed-files.js';
export type { RerunChoice } from './failed-files.js';
export { shardDurationChart } from './duration-chart.js';
export type { ShardDurations } from './duration-chart.js';
