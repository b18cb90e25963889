import path from 'node:path';
import type { TestRunRecord } from '../../report/index.js';
import type { BundleWriter } from '../bundle/index.js';

export const TESTS_DIR = 'tests';

export interface TestRunDiagnostics extends TestRunRecord {
  /** The step stopped while the tests ran: cancelled, or killed before it could write its result. */
  interrupted: boolean;
  /** Files written for this run, relative to the bundle root. */
  files: string[];
}

/** A record still saying `running` once diagnostics are taken was left by a step that was stopped. */
function settled(record: TestRunRecord): TestRunDiagnostics {
  if (record.result !== 'running') {
    return { ...record, interrupted: record.result === 'cancelled', files: [] };
  }
  return {
    ...record,
    result: 'cancelled',
    message: 'the test step was stopped while the tests ran (cancelled, or killed) and never finished',
    interrupted: true,
    files: [],
  };
}

/** Each test run's record, full log and JUnit reports under `tests/<name>/` of the bundle. */
export async function collectTestRuns(
  records: readonly TestRunRecord[],
  bundle: BundleWriter,
): Promise<TestRunDiagnostics[]> {
  const runs: TestRunDiagnostics[] = [];
  for (const record of records) {
    const run = settled(record);
    const dir = `${TESTS_DIR}/${record.name}`;
    const copy = async (source: string, relative: string): Promise<void> => {
      try {
        await bundle.copy(source, relative);
        bundle.files.push(relative);
        run.files.push(relative);
      } catch (error) {
        bundle.fail(`${relative} of test run ${record.name}`, error);
      }
    };
    if (record.logFile) await copy(record.logFile, `${dir}/log.txt`);
    for (const [index, report] of record.reports.entries()) {
      await copy(report, `${dir}/reports/${String(index + 1).padStart(2, '0')}-${path.basename(report)}`);
    }
    if (await bundle.write(`${dir}/record.json`, JSON.stringify(run, null, 2) + '\n')) {
      run.files.push(`${dir}/record.json`);
    }
    runs.push(run);
  }
  return runs;
}
