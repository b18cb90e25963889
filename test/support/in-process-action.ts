import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runActionEntry, type ActionEntry } from '../../src/actions/runner/run-action.js';
import { inputEnv, parseCommandFile } from './action-runner.js';

export interface InProcessRun {
  failed: boolean;
  outputs: Record<string, string>;
  summary: string;
  /** What the step printed: log lines and workflow commands (`::error::`, `::group::`). */
  log: string;
}

const RUNNER_FILES = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV'] as const;
type RunnerFiles = Record<(typeof RUNNER_FILES)[number], string>;
let runnerFiles: RunnerFiles | undefined;

/** One set of files per test process, emptied before each run: core.summary keeps the path it read first. */
function files(): RunnerFiles {
  if (!runnerFiles) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-in-process-'));
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    runnerFiles = Object.fromEntries(
      RUNNER_FILES.map((name) => [name, path.join(folder, name.toLowerCase())]),
    ) as RunnerFiles;
  }
  return runnerFiles;
}

/**
 * Runs an action entry in this process as the runner would run its main step: INPUT_* variables, the
 * runner's command files and `env` (e.g. GITHUB_WORKSPACE); then puts process.env, stdout and exitCode back.
 * `echo: false` keeps what the step prints out of the test's own output.
 */
export async function runEntryInProcess(
  entry: ActionEntry,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  { echo = true }: { echo?: boolean } = {},
): Promise<InProcessRun> {
  const runner = files();
  for (const file of Object.values(runner)) await writeFile(file, '');
  const saved = { ...process.env };
  Object.assign(process.env, runner, env, inputEnv(inputs));
  const printed: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    printed.push(String(chunk));
    return echo ? write(chunk, ...rest) : true;
  }) as typeof process.stdout.write;
  try {
    await runActionEntry(entry);
    return {
      failed: process.exitCode === 1,
      outputs: parseCommandFile(await readFile(runner.GITHUB_OUTPUT, 'utf8')),
      summary: await readFile(runner.GITHUB_STEP_SUMMARY, 'utf8'),
      log: printed.join(''),
    };
  } finally {
    process.stdout.write = write;
    process.exitCode = undefined;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
