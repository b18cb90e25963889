import * as core from '@actions/core';
import { selectionLabel, type TestSelection } from '../../shard/index.js';
import { writeJobSummary } from '../runner/index.js';
import { setRunOutputs } from './outputs.js';

/** A shard without files (more shards than test files): nothing runs, the step passes and says so. */
export async function passEmptySelection(selection: TestSelection, title: string): Promise<void> {
  const what = selectionLabel(selection) || 'The selection';
  core.notice(`${what} has no test files (the plan has more shards than files): nothing ran.`);
  setRunOutputs({ result: 'passed', exitCode: null, durationMs: 0, reports: [] });
  await writeJobSummary(`### ✅ Tests ${title}: ${what} has no test files, nothing ran\n`);
}
