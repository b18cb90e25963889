// What index.html embeds, shared by the writer (Node) and the page's script (browser): no imports.

export interface PageBar {
  label: string;
  start: number;
  end: number;
  failed: boolean;
}

export interface PageLane {
  kind: 'service' | 'pod' | 'test';
  name: string;
  failed: boolean;
  bars: PageBar[];
  log?: string;
  previousLog?: { file: string; until: number };
}

/** The log showing `lane` at `time`: the previous run's before the restart. */
export function laneLogAt(lane: PageLane, time: number): string | undefined {
  return lane.previousLog && time < lane.previousLog.until ? lane.previousLog.file : lane.log;
}

export interface PageFailedRun {
  name: string;
  result: string;
  exitCode: number | null;
  message: string;
  failures: Array<{ name: string; message: string; details?: string }>;
  failureCount: number;
  log?: string;
}

export type PageFileKind = 'log' | 'describe' | 'events' | 'inspect' | 'state' | 'junit' | 'index' | 'other';

export interface PageFile {
  path: string;
  kind: PageFileKind;
  bytes: number;
  lines: number;
  /** Lines per chunk; chunk `n` of file `i` is the script element `chunk-<i>-<n>`. */
  chunkLines: number;
  chunks: number;
  /** Why its text is not in the page (too large, not text): open the file from the folder instead. */
  omitted?: string;
}

export interface PageData {
  title: string;
  collectedAt: string;
  failedRuns: PageFailedRun[];
  /** "web (api) — exited with 3 at …", "Pod services/api-1 …" */
  serviceFailures: string[];
  timeline: PageLane[];
  files: PageFile[];
}

export const DATA_ELEMENT = 'inception-data';

export function chunkElementId(file: number, chunk: number): string {
  return `chunk-${file}-${chunk}`;
}
