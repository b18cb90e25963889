import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { MAX_SHARDS } from '../../shard/index.js';
import { PlanShards } from '../constants.js';
import { durationInput, integerInput, listInput, stringInput, timingsKeyInput } from '../runner/index.js';

export interface PlanShardsInputs {
  tests: string[];
  reports: string[];
  shards?: number;
  targetSeconds?: number;
  maxShards: number;
  /** Absolute: the folder the globs and the planned paths are relative to. */
  workingDirectory: string;
  /** The key prefix record-timings saves under; absent: no timings read from the Actions cache. */
  timingsKey?: string;
}

const { inputs } = PlanShards;

/** Reads every input of plan-shards once; the working directory is resolved against GITHUB_WORKSPACE. */
export function readPlanShardsInputs(env: NodeJS.ProcessEnv = process.env): PlanShardsInputs {
  const tests = listInput(inputs.tests);
  if (tests.length === 0) {
    throw new ConfigurationError(
      `Input "${inputs.tests}" is empty: give globs of the test files to split, one a line, e.g. tests/**/test_*.py.`,
    );
  }
  const shards = stringInput(inputs.shards) === undefined ? undefined : countInput(inputs.shards);
  const targetMs =
    stringInput(inputs.targetDuration) === undefined ? undefined : durationInput(inputs.targetDuration, 0);
  if (shards === undefined && targetMs === undefined) {
    throw new ConfigurationError(
      `Give "${inputs.shards}" (how many shards, 1 to ${MAX_SHARDS}) or "${inputs.targetDuration}" (e.g. 10m: as many shards as it takes, by the timings).`,
    );
  }
  if (targetMs === 0) {
    throw new ConfigurationError(
      `Input "${inputs.targetDuration}" is 0; write how long a shard may take, e.g. 10m.`,
    );
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const timingsKey = timingsKeyInput(inputs.timingsKey);
  return {
    tests,
    reports: listInput(inputs.reports),
    ...(shards !== undefined ? { shards } : {}),
    ...(targetMs !== undefined ? { targetSeconds: targetMs / 1000 } : {}),
    maxShards: stringInput(inputs.maxShards) === undefined ? MAX_SHARDS : countInput(inputs.maxShards),
    workingDirectory: path.resolve(workspace, stringInput(inputs.workingDirectory) ?? '.'),
    ...(timingsKey !== undefined ? { timingsKey } : {}),
  };
}

function countInput(name: string): number {
  const value = integerInput(name, 1, 1);
  if (value > MAX_SHARDS) {
    throw new ConfigurationError(
      `Input "${name}" is ${value}; GitHub runs at most ${MAX_SHARDS} jobs of one matrix, so write 1 to ${MAX_SHARDS}.`,
    );
  }
  return value;
}
