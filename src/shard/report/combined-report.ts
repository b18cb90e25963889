import { readFile } from 'node:fs/promises';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { mergeSummaries, parseJUnit, type JUnitSummary } from '../../report/index.js';
import { details, table } from '../../shared/format/markdown.js';
import { byPath } from '../../shared/files/glob-files.js';
import { reportTimingsOf } from '../junit/report-timings.js';
import { TestFileIndex } from '../junit/test-file-index.js';
import { plannedFiles, type PlannedShards } from '../plan/plan-input.js';
import { shardDurationChart } from './duration-chart.js';
import { formatSeconds } from '../plan/plan-summary.js';

/** One shard's JUnit reports, as text, and how long the shard ran when that is known. */
export interface ShardReports {
  shard: number;
  reports: { path: string; xml: string }[];
  /** Wall-clock seconds of the shard's run; its reports' own time stands in when absent. */
  seconds?: number;
}

export interface CombinedReportOptions {
  shards: readonly ShardReports[];
  plan?: PlannedShards;
  /** The test files the reports' cases are mapped to; the plan's files when absent. */
  files?: readonly string[];
  /** How many of the slowest files to list; 10 by default. */
  slowest?: number;
}

export interface ShardOutcome {
  shard: number;
  summary: JUnitSummary;
  seconds: number;
  plannedSeconds: number | null;
  /** Reports that are not JUnit, named with why. */
  unread: string[];
}

export interface CombinedReport {
  of: number;
  shards: ShardOutcome[];
  total: JUnitSummary;
  slowestFiles: { file: string; seconds: number; shard: number }[];
  /** The shard that took longest: what the whole matrix waited for. */
  worst?: ShardOutcome;
  /** The plan's slowest shard estimate. */
  plannedMakespan: number | null;
}

const DEFAULT_SLOWEST = 10;

/** Reads every report of every shard; a report that cannot be read is left out with a warning. */
export async function readShardReports(
  shards: readonly { shard: number; paths: readonly string[]; seconds?: number }[],
  logger: Logger,
): Promise<ShardReports[]> {
  const read: ShardReports[] = [];
  for (const { shard, paths, seconds } of shards) {
    const reports: ShardReports['reports'] = [];
    for (const path of paths) {
      try {
        reports.push({ path, xml: await readFile(path, 'utf8') });
      } catch (error) {
        logger.warn(`Report ${path} of shard ${shard} was not read: ${errorMessage(error)}`);
      }
    }
    read.push({ shard, reports, ...(seconds !== undefined ? { seconds } : {}) });
  }
  return read;
}

/** Counts every shard from its reports, sums them up, and ranks the files by the time they took. */
export function combineShardReports(options: CombinedReportOptions): CombinedReport {
  const { plan } = options;
  const files = options.files ?? (plan ? plannedFiles(plan) : []);
  const index = files.length > 0 ? new TestFileIndex(files) : undefined;
  const numbers = new Set([
    ...options.shards.map((shard) => shard.shard),
    ...(plan?.shards.map((shard) => shard.shard) ?? []),
  ]);
  const fileSeconds: { file: string; seconds: number; shard: number }[] = [];
  const outcomes = [...numbers]
    .sort((a, b) => a - b)
    .map((number) => {
      const given = options.shards.filter((shard) => shard.shard === number);
      const summaries: JUnitSummary[] = [];
      const unread: string[] = [];
      for (const { path, xml } of given.flatMap((shard) => shard.reports)) {
        try {
          summaries.push(parseJUnit(xml));
        } catch (error) {
          unread.push(`${path}: ${errorMessage(error)}`);
          continue;
        }
        if (index) {
          for (const [file, seconds] of reportTimingsOf(path, xml, index).seconds) {
            fileSeconds.push({ file, seconds, shard: number });
          }
        }
      }
      const summary = mergeSummaries(summaries);
      const wallClock = given.find((shard) => shard.seconds !== undefined)?.seconds;
      return {
        shard: number,
        summary,
        seconds: wallClock ?? summary.timeMs / 1000,
        plannedSeconds: plan?.shards[number - 1]?.seconds ?? null,
        unread,
      };
    });
  const worst = outcomes.reduce<ShardOutcome | undefined>(
    (slowest, outcome) => (slowest === undefined || outcome.seconds > slowest.seconds ? outcome : slowest),
    undefined,
  );
  const planned = plan?.shards.map((shard) => shard.seconds).filter((s): s is number => s !== null) ?? [];
  return {
    of: Math.max(plan?.of ?? 0, ...numbers),
    shards: outcomes,
    total: mergeSummaries(outcomes.map((outcome) => outcome.summary)),
    slowestFiles: fileSeconds
      .sort((a, b) => b.seconds - a.seconds || byPath(a.file, b.file))
      .slice(0, options.slowest ?? DEFAULT_SLOWEST),
    ...(worst ? { worst } : {}),
    plannedMakespan: planned.length > 0 ? Math.max(...planned) : null,
  };
}

/** The job summary over all shards: one row per shard, totals, the slowest files, the worst shard. */
export function combinedReportMarkdown(report: CombinedReport): string {
  const failed = report.total.failed + report.total.errored;
  const icon = failed > 0 ? '❌' : '✅';
  const lines = [
    `### ${icon} Tests over ${report.of} shard(s): ${report.total.passed} passed, ${failed} failed, ${report.total.skipped} skipped`,
    '',
  ];
  const { worst } = report;
  if (worst) lines.push(worstShardLine(worst, report.plannedMakespan), '');
  lines.push(
    table(
      ['Shard', 'Passed', 'Failed', 'Skipped', 'Time', 'Planned'],
      [
        ...report.shards.map((outcome) => [
          `${outcome.shard}/${report.of}`,
          outcome.summary.passed,
          outcome.summary.failed + outcome.summary.errored,
          outcome.summary.skipped,
          formatSeconds(outcome.seconds),
          outcome.plannedSeconds === null ? undefined : formatSeconds(outcome.plannedSeconds),
        ]),
        [
          '**all**',
          report.total.passed,
          failed,
          report.total.skipped,
          formatSeconds(report.shards.reduce((sum, outcome) => sum + outcome.seconds, 0)),
          report.plannedMakespan === null
            ? undefined
            : formatSeconds(report.shards.reduce((sum, outcome) => sum + (outcome.plannedSeconds ?? 0), 0)),
        ],
      ],
      ['left', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
  );
  const planned = report.shards.filter((outcome) => outcome.plannedSeconds !== null);
  if (planned.length > 0) {
    const durations = planned.map((outcome) => ({
      shard: outcome.shard,
      planned: outcome.plannedSeconds!,
      ...(outcome.summary.tests > 0 ? { actual: outcome.seconds } : {}),
    }));
    lines.push('```mermaid', shardDurationChart(durations), '```', '');
  }
  const silent = report.shards.filter((outcome) => outcome.summary.tests === 0);
  if (silent.length > 0) {
    lines.push(`No test results from shard(s) ${silent.map((outcome) => outcome.shard).join(', ')}.`, '');
  }
  if (report.slowestFiles.length > 0) {
    lines.push(
      ...details(`Slowest ${report.slowestFiles.length} file(s)`, [
        table(
          ['File', 'Shard', 'Time'],
          report.slowestFiles.map((entry) => [
            `\`${entry.file.replace(/`/g, '')}\``,
            entry.shard,
            formatSeconds(entry.seconds),
          ]),
          ['left', 'right', 'right'],
        ),
        '',
      ]),
      '',
    );
  }
  const unread = report.shards.flatMap((outcome) =>
    outcome.unread.map((why) => `- shard ${outcome.shard}: ${why}`),
  );
  if (unread.length > 0)
    lines.push(...details(`Reports not counted (${unread.length})`, [...unread, '']), '');
  return `${lines.join('\n')}\n`;
}

function worstShardLine(worst: ShardOutcome, plannedMakespan: number | null): string {
  const took = `Slowest shard: **${worst.shard}**, ${formatSeconds(worst.seconds)}`;
  if (worst.plannedSeconds === null || plannedMakespan === null) return `${took}.`;
  const against = plannedMakespan > 0 ? Math.round((worst.seconds / plannedMakespan - 1) * 100) : 0;
  const sign = against >= 0 ? '+' : '';
  return `${took}, planned ${formatSeconds(worst.plannedSeconds)}; the plan's slowest shard was ${formatSeconds(plannedMakespan)} (${sign}${against}%).`;
}
