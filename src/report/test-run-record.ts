import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { JUnitFailure, JUnitSummary } from './junit.js';

/**
 * What one test step did, written where the job's later steps look (run-tests writes it, diagnostics read
 * it): the failing step comes first in the bundle's index, with its exit code, failing tests and full log.
 * `running` left behind means the step was interrupted: cancelled, or killed before it could say so.
 */
export interface TestRunRecord {
  name: string;
  mode: 'container' | 'cluster';
  image?: string;
  result: 'running' | 'passed' | 'failed' | 'timed-out' | 'error' | 'cancelled';
  exitCode: number | null;
  /** One sentence on the outcome. */
  message: string;
  startedAt: string;
  finishedAt?: string;
  /** The failing tests, capped at FAILURES_KEPT. */
  failures: JUnitFailure[];
  failureCount: number;
  /** Host paths of the JUnit reports copied out. */
  reports: string[];
  /** Host path of the test's full output (container mode). */
  logFile?: string;
  /** Cluster mode: where the Job ran. */
  namespace?: string;
  jobName?: string;
}

const FAILURES_KEPT = 100;

/** A record for a test step about to start: `running` until it ends. */
export function startedTestRun(
  fields: Pick<TestRunRecord, 'name' | 'mode'> &
    Partial<Pick<TestRunRecord, 'image' | 'logFile' | 'namespace'>>,
): TestRunRecord {
  return {
    ...fields,
    result: 'running',
    exitCode: null,
    message: 'tests started',
    startedAt: new Date().toISOString(),
    failures: [],
    failureCount: 0,
    reports: [],
  };
}

/** The record once the step has a result. */
export function finishedTestRun(
  record: TestRunRecord,
  outcome: Pick<TestRunRecord, 'exitCode' | 'message' | 'reports'> & {
    result: TestRunRecord['result'];
    summary?: JUnitSummary;
  },
): TestRunRecord {
  return {
    ...record,
    result: outcome.result,
    exitCode: outcome.exitCode,
    message: outcome.message,
    finishedAt: new Date().toISOString(),
    failures: outcome.summary?.failures ?? [],
    failureCount: outcome.summary?.failures.length ?? 0,
    reports: outcome.reports,
  };
}
const RECORD_FILE = 'record.json';

/** One folder per job: RUNNER_TEMP is the job's own on GitHub's runners and under act. */
export function testRunsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.RUNNER_TEMP || os.tmpdir(), 'inception-test-runs');
}

export function testRunDir(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(testRunsDir(env), name);
}

export async function writeTestRunRecord(
  record: TestRunRecord,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const dir = testRunDir(record.name, env);
  await mkdir(dir, { recursive: true });
  const kept = { ...record, failures: record.failures.slice(0, FAILURES_KEPT) };
  await writeFile(path.join(dir, RECORD_FILE), JSON.stringify(kept, null, 2) + '\n');
}

/** Every record of this job, oldest first; unreadable ones are skipped. */
export async function readTestRunRecords(env: NodeJS.ProcessEnv = process.env): Promise<TestRunRecord[]> {
  let names: string[];
  try {
    names = await readdir(testRunsDir(env));
  } catch {
    return [];
  }
  const records: TestRunRecord[] = [];
  for (const name of names) {
    try {
      records.push(JSON.parse(await readFile(path.join(testRunsDir(env), name, RECORD_FILE), 'utf8')));
    } catch {
      // A folder without a record yet (the step died before writing one) says nothing to collect.
    }
  }
  return records.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** A record that did not pass: failed, timed out, errored, cancelled, or interrupted while running. */
export function testRunFailed(record: TestRunRecord): boolean {
  return record.result !== 'passed';
}
