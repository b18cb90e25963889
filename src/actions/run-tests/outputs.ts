import * as core from '@actions/core';
import { RunTests } from '../constants.js';

/** The outputs both modes set from their result. */
export function setRunOutputs(result: {
  result: string;
  exitCode: number | null;
  durationMs: number;
  reports: string[];
}): void {
  core.setOutput(RunTests.outputs.result, result.result);
  core.setOutput(RunTests.outputs.exitCode, result.exitCode === null ? '' : String(result.exitCode));
  core.setOutput(RunTests.outputs.duration, (result.durationMs / 1000).toFixed(1));
  core.setOutput(RunTests.outputs.reports, JSON.stringify(result.reports));
}
