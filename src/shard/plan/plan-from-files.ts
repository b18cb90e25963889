import { ConfigurationError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { combineReports } from './combine.js';
import type { ReportTimings } from '../junit/report-timings.js';
import { planShards, type ShardPlan } from '../planner.js';
import { formatSeconds } from './plan-summary.js';
import { filesOf, readTimings } from './read-reports.js';

export interface PlanFromFilesOptions {
  /** Absolute folder the patterns and the planned paths are relative to. */
  root: string;
  tests: readonly string[];
  reports: readonly string[];
  shards?: number;
  targetSeconds?: number;
  maxShards?: number;
  /** Timings kept from earlier runs (record-timings); a report newer than them wins for its files. */
  recorded?: readonly ReportTimings[];
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
    timings: combineReports([...(options.recorded ?? []), ...reports]),
    ...(options.shards !== undefined ? { shards: options.shards } : {}),
    ...(options.targetSeconds !== undefined ? { targetSeconds: options.targetSeconds } : {}),
    ...(options.maxShards !== undefined ? { maxShards: options.maxShards } : {}),
  });
  explain(plan, logger);
  return plan;
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
