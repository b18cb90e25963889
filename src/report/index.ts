export { summarizeReportFiles } from './junit-files.js';
export { mergeSummaries, parseJUnit } from './junit.js';
export type { JUnitSummary } from './junit.js';
export { reportExtractor, reportMatcher } from './report-archive.js';
export { failureName, testSummaryMarkdown } from './test-summary.js';
export type { TestResult } from './test-summary.js';
export {
  finishedTestRun,
  readTestRunRecords,
  startedTestRun,
  testRunDir,
  testRunFailed,
  testRunsDir,
  writeTestRunRecord,
} from './test-run-record.js';
export type { TestRunRecord } from './test-run-record.js';
export type { JUnitFailure } from './junit.js';
export { decodeEntities } from './xml.js';
export { combineJUnitReports } from './combine-junit.js';
