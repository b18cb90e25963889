import { byPath } from '../../shared/files/glob-files.js';
import type { ReportTimings } from '../junit/report-timings.js';

/**
 * One time per test file from several reports. Within a report a file's cases were already summed; across
 * reports the latest report that has the file wins. Latest rather than a mean because a test that got
 * slower (or faster) should move in the very next plan, and a runner's speed shifts every file alike, so
 * the relative weights the planner needs stay sound; older reports still answer for files the latest lacks
 * (a leg that failed before writing its report). The legs of one run cover different files, so their
 * reports add up to the run.
 */
export function combineReports(reports: readonly ReportTimings[]): Map<string, number> {
  const ordered = [...reports].sort((a, b) => a.time - b.time || byPath(a.report, b.report));
  const combined = new Map<string, number>();
  for (const report of ordered) for (const [file, seconds] of report.seconds) combined.set(file, seconds);
  return combined;
}

/**
 * One run's time per test file: the reports of its legs added up. A file's cases can land in more than one
 * report of a run (a leg retried in a second report, Playwright projects run in legs of their own), and
 * the file then took all of it.
 */
export function sumReports(reports: readonly ReportTimings[]): Map<string, number> {
  const summed = new Map<string, number>();
  for (const report of reports) {
    for (const [file, seconds] of report.seconds) summed.set(file, (summed.get(file) ?? 0) + seconds);
  }
  return summed;
}
