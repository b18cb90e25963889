import { ConfigurationError } from '../../errors.js';
import { byPath } from '../../shared/files/glob-files.js';
import type { ReportTimings } from '../junit/report-timings.js';

/** Raised when the file's meaning changes; a plan ignores (with a warning) a version it does not know. */
export const TIMINGS_VERSION = 1;

/** What record-timings keeps in the Actions cache: seconds per test file, relative to the working directory. */
export interface TimingsFile {
  version: typeof TIMINGS_VERSION;
  /** ISO 8601: when the run that measured them was recorded; a newer report wins over these. */
  recordedAt: string;
  /** The run that recorded them (GITHUB_RUN_ID, attempt, ref), for a person reading the cache. */
  run?: { id: string; attempt: number; ref: string };
  files: Record<string, number>;
}

export function timingsFile(
  seconds: ReadonlyMap<string, number>,
  recordedAt: Date,
  run?: TimingsFile['run'],
): TimingsFile {
  const files = Object.fromEntries(
    [...seconds.entries()]
      .sort(([a], [b]) => byPath(a, b))
      .map(([file, value]) => [file, Math.round(value * 1000) / 1000]),
  );
  return { version: TIMINGS_VERSION, recordedAt: recordedAt.toISOString(), ...(run ? { run } : {}), files };
}

/** Parses a timings file; `source` names it in the error (a cache key or a path). */
export function parseTimingsFile(text: string, source: string): TimingsFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`${source} is not JSON; it is not a timings file of record-timings.`);
  }
  const file = value as Partial<TimingsFile> | null;
  if (typeof file !== 'object' || file === null || typeof file.files !== 'object' || file.files === null) {
    throw new ConfigurationError(
      `${source} has no "files" object; it is not a timings file of record-timings.`,
    );
  }
  if (file.version !== TIMINGS_VERSION) {
    throw new ConfigurationError(
      `${source} is version ${JSON.stringify(file.version)} of the timings file; this version reads ${TIMINGS_VERSION}. Use the same version of record-timings and plan-shards.`,
    );
  }
  const recordedAt = typeof file.recordedAt === 'string' ? file.recordedAt : '';
  if (!Number.isFinite(Date.parse(recordedAt))) {
    throw new ConfigurationError(`${source} has no valid "recordedAt" time.`);
  }
  const files: Record<string, number> = {};
  for (const [name, seconds] of Object.entries(file.files)) {
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) files[name] = seconds;
  }
  return { version: TIMINGS_VERSION, recordedAt, ...(file.run ? { run: file.run } : {}), files };
}

/** The file as one more report for combineReports: its time is when it was recorded. */
export function timingsAsReport(file: TimingsFile, source: string): ReportTimings {
  return {
    report: source,
    time: Date.parse(file.recordedAt),
    seconds: new Map(Object.entries(file.files)),
    testCases: 0,
    unmatched: { testCases: 0, names: [] },
  };
}
