/** The variables a test process reads to know what to run. */
export const SHARD_ENV = {
  shard: 'INCEPTION_SHARD',
  count: 'INCEPTION_SHARD_COUNT',
  files: 'INCEPTION_SHARD_FILES',
  filesPath: 'INCEPTION_SHARD_FILES_PATH',
  rerun: 'INCEPTION_RERUN',
} as const;

/** The folder inside a test container or pod that holds the list of files to run. */
export const SHARD_FILES_DIR = '/inception-shard';
/** The list of files of a single run (one shard, or the files a re-run repeats), one path a line. */
export const SHARD_FILES_PATH = `${SHARD_FILES_DIR}/files.txt`;

/**
 * Which tests one run runs: a shard of a plan (its number, the count, its files), the files that failed in
 * the previous attempt (`rerun`), or both. `files` undefined: run everything.
 */
export interface TestSelection {
  shard?: number;
  of?: number;
  files?: string[];
  rerun?: boolean;
}

/** The file's text: one path a line, ending with a line break (what `while read` loops expect). */
export function shardFilesText(files: readonly string[]): string {
  return files.map((file) => `${file}\n`).join('');
}

/** The variables for `selection`; the list's file is at `filesPath` inside the test container. */
export function selectionVariables(
  selection: TestSelection,
  filesPath: string = SHARD_FILES_PATH,
): Record<string, string> {
  const env: Record<string, string> = {};
  if (selection.shard !== undefined) env[SHARD_ENV.shard] = String(selection.shard);
  if (selection.of !== undefined) env[SHARD_ENV.count] = String(selection.of);
  if (selection.files !== undefined) {
    env[SHARD_ENV.files] = selection.files.join(' ');
    env[SHARD_ENV.filesPath] = filesPath;
  }
  if (selection.rerun) env[SHARD_ENV.rerun] = '1';
  return env;
}

/** Whether the selection leaves nothing to run: a shard without files (more shards than files). */
export function selectsNothing(selection: TestSelection): boolean {
  return selection.files !== undefined && selection.files.length === 0;
}

/** `shard 2/3`, `re-run of 4 failed file(s)`: how the log and summary name the selection. */
export function selectionLabel(selection: TestSelection): string {
  const parts: string[] = [];
  if (selection.shard !== undefined) parts.push(`shard ${selection.shard}/${selection.of ?? '?'}`);
  if (selection.rerun && selection.files) parts.push(`re-run of ${selection.files.length} failed file(s)`);
  return parts.join(', ');
}
