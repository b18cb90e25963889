export { combineReports, sumReports } from './plan/combine.js';
export { combinedReportMarkdown, combineShardReports, readShardReports } from './report/combined-report.js';
export type {
  CombinedReport,
  CombinedReportOptions,
  ShardOutcome,
  ShardReports,
} from './report/combined-report.js';
export { readReportTimings, reportTimingsOf } from './junit/report-timings.js';
export type { ReportTimings } from './junit/report-timings.js';
export { TestFileIndex } from './junit/test-file-index.js';
export type { TestFileIndexOptions } from './junit/test-file-index.js';
export { planFromFiles } from './plan/plan-from-files.js';
export type { PlanFromFilesOptions } from './plan/plan-from-files.js';
export { matrixJson, OUTPUT_LIMIT_BYTES, planJson } from './plan/plan-output.js';
export { formatSeconds, planRows, planSummaryMarkdown } from './plan/plan-summary.js';
export { MAX_SHARDS, planShards } from './planner.js';
export type { PlanOptions, Shard, ShardPlan } from './planner.js';
export { recordRun } from './timings/record-run.js';
export { reportsByShard } from './report/report-shards.js';
export type { RecordedRun, RecordRunOptions } from './timings/record-run.js';
export { restoreTimings, saveTimings, timingsCacheKey } from './timings/timings-cache.js';
export type { RestoredTimings } from './timings/timings-cache.js';
export { parseTimingsFile, timingsAsReport, timingsFile, TIMINGS_VERSION } from './timings/timings-file.js';
export type { TimingsFile } from './timings/timings-file.js';
export { parsePlan, plannedFiles } from './plan/plan-input.js';
export type { PlannedShard, PlannedShards } from './plan/plan-input.js';
export {
  selectionLabel,
  selectionVariables,
  selectsNothing,
  SHARD_ENV,
  SHARD_FILES_DIR,
  SHARD_FILES_PATH,
  shardFilesText,
} from './selection/test-selection.js';
export type { TestSelection } from './selection/test-selection.js';
export { filesToRerun } from './selection/failed-files.js';
export type { RerunChoice } from './selection/failed-files.js';
export { shardDurationChart } from './report/duration-chart.js';
export type { ShardDurations } from './report/duration-chart.js';
