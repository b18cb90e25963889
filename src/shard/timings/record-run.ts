import { ConfigurationError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { byPath } from '../../shared/files/glob-files.js';
import { combineReports, sumReports } from '../plan/combine.js';
import type { ReportTimings } from '../junit/report-timings.js';
import { filesOf, readTimings } from '../plan/read-reports.js';
import { formatSeconds } from '../plan/plan-summary.js';
import { timingsAsReport, type TimingsFile } from './timings-file.js';

export interface RecordRunOptions {
  /** Absolute folder the patterns and the test paths are relative to. */
  root: string;
  /** Globs of the test files (needs a checkout); may be empty when `planFiles` names them. */
  tests: readonly string[];
  /** The files of plan-shards' plan: the test files without a checkout. */
  planFiles: readonly string[];
  /** Globs of every leg's JUnit reports of this run. */
  reports: readonly string[];
  /** What earlier runs recorded: they answer for files this run did not time (a leg that wrote no report). */
  previous?: { key: string; file: TimingsFile };
  now: Date;
  logger: Logger;
}

export interface RecordedRun {
  files: string[];
  reports: ReportTimings[];
  /** This run's seconds per test file, its reports added up. */
  measured: Map<string, number>;
  /** What to keep: `measured`, and earlier timings of test files this run did not time. */
  kept: Map<string, number>;
}

/** Reads one run's reports into the timings to keep; `kept` is empty when no report timed a test file. */
export async function recordRun(options: RecordRunOptions): Promise<RecordedRun> {
  const { root, logger } = options;
  const found = options.tests.length > 0 ? await filesOf(root, options.tests, 'tests') : [];
  const files = [...new Set([...found, ...options.planFiles])].sort(byPath);
  if (files.length === 0) {
    throw new ConfigurationError(
      'No test files to record timings for: give "tests" (globs of the test files, as plan-shards takes them, with the repository checked out) or "plan" (plan-shards\' plan output).',
    );
  }
  const reports = await readTimings(root, files, options.reports, logger);
  const measured = sumReports(reports);
  if (measured.size === 0) {
    logger.warn(
      `No report of "reports" (${options.reports.join(', ')}) timed a test file in ${root}: nothing to record. Download every leg's JUnit reports first (actions/download-artifact) and point "reports" at them.`,
    );
    return { files, reports, measured, kept: new Map() };
  }
  const listed = new Set(files);
  const earlier = options.previous ? [timingsAsReport(options.previous.file, options.previous.key)] : [];
  const thisRun: ReportTimings = {
    report: 'this run',
    // Measured now, so it wins over anything recorded before, whatever a runner's clock said then.
    time: Math.max(options.now.getTime(), ...earlier.map((report) => report.time + 1)),
    seconds: measured,
    testCases: 0,
    unmatched: { testCases: 0, names: [] },
  };
  const kept = new Map([...combineReports([...earlier, thisRun])].filter(([file]) => listed.has(file)));
  const total = [...measured.values()].reduce((sum, seconds) => sum + seconds, 0);
  logger.info(
    `This run timed ${measured.size} of ${files.length} test file(s), ${formatSeconds(total)} in all; ${kept.size} timing(s) kept`,
  );
  const carried = kept.size - [...kept.keys()].filter((file) => measured.has(file)).length;
  if (carried > 0) logger.info(`${carried} timing(s) carried over from ${options.previous?.key}`);
  return { files, reports, measured, kept };
}
