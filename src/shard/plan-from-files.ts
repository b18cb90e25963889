import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, ConfigurationError } from '../errors.js';
import type { Logger } from '../log.js';
import { findFiles } from '../shared/glob-files.js';
import { combineReports } from './combine.js';
import { readReportTimings, type ReportTimings } from './junit/report-timings.js';
import { TestFileIndex } from './junit/test-file-index.js';
import { planShards, type ShardPlan } from './planner.js';
import { formatSeconds } from './plan-summary.js';

export interface PlanFromFilesOptions {
  /** Absolute folder the patterns and the planned paths are relative to. */
  root: string;
  tests: readonly string[];
  reports: readonly string[];
  shards?: number;
  targetSeconds?: number;
  maxShards?: number;
  logger: Logger;
}

const NAMED_IN_LOG = 50;

/** The one call of plan-shards and `inception shards`: find the tests, read the reports' timings, plan. */
export async function planFromFiles(options: PlanFromFilesOptions): Promise<ShardPlan> {
  const { root, logger } = options;
  const files = await filesOf(root, options.tests, 'tests');
  if (files.length === 0) {
    throw new ConfigurationError(
      `No test files match "tests" (${options.tests.join(', ')}) in ${root}. Write globs relative to the working directory, e.g. tests/**/*.test.ts.`,
    );
  }
  logger.info(`${files.length} test file(s) match ${options.tests.join(', ')}`);
  const reports = await readTimings(root, files, options.reports, logger);
  const plan = planShards({
    files,
    timings: combineReports(reports),
    ...(options.shards !== undefined ? { shards: options.shards } : {}),
    ...(options.targetSeconds !== undefined ? { targetSeconds: options.targetSeconds } : {}),
    ...(options.maxShards !== undefined ? { maxShards: options.maxShards } : {}),
  });
  explain(plan, logger);
  return plan;
}

async function readTimings(
  root: string,
  files: string[],
  patterns: readonly string[],
  logger: Logger,
): Promise<ReportTimings[]> {
  if (patterns.length === 0) return [];
  const paths = await filesOf(root, patterns, 'reports');
  if (paths.length === 0) {
    logger.info(`No reports match ${patterns.join(', ')}: planning by count.`);
    return [];
  }
  const index = new TestFileIndex(files, { root, ...(await goModule(root, files)) });
  const reports: ReportTimings[] = [];
  await logger.group(`Read timings from ${paths.length} report(s)`, async () => {
    for (const report of paths) {
      try {
        const timings = await readReportTimings(path.join(root, report), index);
        reports.push({ ...timings, report });
        logger.info(
          `${report}: ${timings.testCases} test case(s), ${timings.seconds.size} test file(s) timed`,
        );
        const { unmatched } = timings;
        if (unmatched.testCases > 0) {
          logger.warn(
            `${report}: ${unmatched.testCases} test case(s) name no test file of "tests" (e.g. ${unmatched.names.slice(0, 5).join(', ')}); the plan-shards README says which reporter setting writes the file.`,
          );
        }
      } catch (error) {
        // Timings only balance the shards: a broken report must not stop the tests from running.
        logger.warn(`Report ${report} was not read: ${errorMessage(error)}`);
      }
    }
  });
  return reports;
}

/** The files `input`'s patterns match; a pattern's error names the input. */
async function filesOf(root: string, patterns: readonly string[], input: string): Promise<string[]> {
  try {
    return await findFiles(root, patterns);
  } catch (error) {
    if (error instanceof ConfigurationError) throw new ConfigurationError(`"${input}": ${error.message}`);
    throw error;
  }
}

async function goModule(root: string, files: string[]): Promise<{ goModule?: string }> {
  if (!files.some((file) => file.endsWith('_test.go'))) return {};
  const text = await readFile(path.join(root, 'go.mod'), 'utf8').catch(() => '');
  const module = /^module\s+(\S+)/m.exec(text)?.[1];
  return module ? { goModule: module } : {};
}

function explain(plan: ShardPlan, logger: Logger): void {
  if (plan.basis === 'count') logger.info(`No timings known: ${plan.of} shard(s) split by count.`);
  if (plan.untimed.length > 0) {
    const named = plan.untimed.slice(0, NAMED_IN_LOG).join(', ');
    const more = plan.untimed.length > NAMED_IN_LOG ? ` and ${plan.untimed.length - NAMED_IN_LOG} more` : '';
    logger.info(
      `${plan.untimed.length} test file(s) have no timing; each weighs the mean of the timed ones, ${formatSeconds(plan.meanSeconds ?? 0)}: ${named}${more}`,
    );
  }
  if (plan.dropped.length > 0) {
    logger.info(`${plan.dropped.length} timing(s) of files that are no longer among the tests dropped`);
    logger.debug(`dropped: ${plan.dropped.join(', ')}`);
  }
  for (const note of plan.notes) logger.warn(note);
  for (const shard of plan.shards) {
    const estimate = shard.seconds === null ? '' : `, about ${formatSeconds(shard.seconds)}`;
    logger.info(`shard ${shard.shard}/${plan.of}: ${shard.files.length} file(s)${estimate}`);
  }
  if (plan.basis === 'timings') {
    logger.info(
      `slowest shard about ${formatSeconds(plan.makespanSeconds)}; no plan can beat ${formatSeconds(plan.lowerBoundSeconds)}`,
    );
  }
}
