import { errorMessage } from '../../errors.js';
import { byPath } from '../../shared/files/glob-files.js';
import { reportTimingsOf } from '../junit/report-timings.js';
import { TestFileIndex } from '../junit/test-file-index.js';

/** What an earlier attempt's reports say should run again. */
export type RerunChoice =
  /** Only these files (each had a failing test case). */
  | { kind: 'files'; files: string[] }
  /** Everything, and why (no failure found, or one that names no file: running less could skip it). */
  | { kind: 'everything'; reason: string };

/**
 * The test files to run again, from the reports of the attempt before: those with a failing or erroring
 * test case, among `files` (the suite, or this shard's part of it). When any failure names no file of the
 * list, or the reports say nothing failed (the run broke before writing them), everything runs again.
 */
export function filesToRerun(
  reports: readonly { path: string; xml: string }[],
  files: readonly string[],
  attempt: number,
  root?: string,
): RerunChoice {
  if (reports.length === 0) return { kind: 'everything', reason: `attempt ${attempt} left no test reports` };
  const index = new TestFileIndex(files, root ? { root } : {});
  const failed = new Set<string>();
  let unmatched = 0;
  const unread: string[] = [];
  for (const { path, xml } of reports) {
    try {
      const timings = reportTimingsOf(path, xml, index);
      for (const file of timings.failed ?? []) failed.add(file);
      unmatched += timings.unmatchedFailures ?? 0;
    } catch (error) {
      unread.push(`${path} (${errorMessage(error)})`);
    }
  }
  if (unread.length > 0) {
    return {
      kind: 'everything',
      reason: `report(s) of attempt ${attempt} could not be read: ${unread.join(', ')}`,
    };
  }
  if (unmatched > 0) {
    return {
      kind: 'everything',
      reason: `${unmatched} failure(s) of attempt ${attempt} name no test file of the list, so running fewer files could skip them`,
    };
  }
  if (failed.size === 0)
    return { kind: 'everything', reason: `the reports of attempt ${attempt} show no failure` };
  return { kind: 'files', files: [...failed].sort(byPath) };
}
