import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { parsePlan, type PlannedShards } from '../../shard/index.js';
import { DEFAULT_TIMINGS_KEY, RecordTimings } from '../constants.js';
import { booleanInput, listInput, nameInput, stringInput, timingsKeyInput } from '../runner/index.js';

export interface RecordTimingsInputs {
  reports: string[];
  tests: string[];
  plan?: PlannedShards;
  timingsKey: string;
  save: boolean;
  /** The default branch as the input names it; else the event's repository.default_branch. */
  defaultBranch?: string;
  /** Absolute: the folder the globs and the test paths are relative to. */
  workingDirectory: string;
}

const { inputs } = RecordTimings;

/** Reads every input of record-timings once; the working directory is resolved against GITHUB_WORKSPACE. */
export function readRecordTimingsInputs(env: NodeJS.ProcessEnv = process.env): RecordTimingsInputs {
  const reports = listInput(inputs.reports);
  if (reports.length === 0) {
    throw new ConfigurationError(
      `Input "${inputs.reports}" is empty: give globs of every leg's JUnit reports, downloaded first, e.g. reports/**/*.xml.`,
    );
  }
  const tests = listInput(inputs.tests);
  const planText = stringInput(inputs.plan);
  const plan = planText === undefined ? undefined : parsePlan(planText, `Input "${inputs.plan}"`);
  if (tests.length === 0 && !plan) {
    throw new ConfigurationError(
      `Give "${inputs.tests}" (globs of the test files, as plan-shards took them) or "${inputs.plan}" (plan-shards' plan output): the reports' test cases are matched to those files.`,
    );
  }
  const defaultBranch = nameInput(inputs.defaultBranch, 255, 'main');
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return {
    reports,
    tests,
    ...(plan ? { plan } : {}),
    timingsKey: timingsKeyInput(inputs.timingsKey) ?? DEFAULT_TIMINGS_KEY,
    save: booleanInput(inputs.save, true),
    ...(defaultBranch !== undefined ? { defaultBranch } : {}),
    workingDirectory: path.resolve(workspace, stringInput(inputs.workingDirectory) ?? '.'),
  };
}
