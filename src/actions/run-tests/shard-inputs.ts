import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { parsePlan, type PlannedShards } from '../../shard/index.js';
import { RunTests } from '../constants.js';
import {
  booleanInput,
  integerInput,
  listInput,
  quoted,
  stringInput,
  workspacePath,
} from '../runner/index.js';

/** What run-tests is told to run of the suite: one shard of a plan, and whether a re-run repeats only failures. */
export interface RunTestsShardInputs {
  plan?: PlannedShards;
  /** This leg's shard, 1-based; absent in cluster mode's Indexed Job, where every pod takes its own. */
  shard?: number;
  appendShardFiles: boolean;
  rerunFailed: boolean;
  /** Globs of the test files a re-run maps failures to, when there is no plan. */
  tests: string[];
}

const { inputs } = RunTests;
/** Linux passes at most 128 KiB in one variable, which is how the runner hands an input over. */
const MAX_PLAN_INPUT = 128 * 1024;
const SHARD_EXAMPLE = 'shard: ${{ matrix.shard }}';

/**
 * `plan`, `shard`, `of`, `append-shard-files` and `rerun-failed`, checked against each other. `indexed`:
 * cluster mode may take a plan without a shard and run every shard as one Indexed Job.
 */
export function readShardInputs(workspace: string, indexed: boolean): RunTestsShardInputs {
  const plan = planInput(workspace);
  const shardGiven = stringInput(inputs.shard) !== undefined;
  const ofGiven = stringInput(inputs.of) !== undefined;
  if (!plan && (shardGiven || ofGiven)) {
    const named = shardGiven ? inputs.shard : inputs.of;
    throw new ConfigurationError(
      `Input "${named}" needs "${inputs.plan}", the plan output of plan-shards that says which files each shard runs, e.g. plan: \${{ needs.plan.outputs.plan }}.`,
    );
  }
  const shard = shardGiven ? integerInput(inputs.shard, 1, 1) : undefined;
  if (plan && shard === undefined && !indexed) {
    throw new ConfigurationError(
      `Input "${inputs.plan}" is given but "${inputs.shard}" is not: say which shard this leg runs, e.g. ${SHARD_EXAMPLE} (in cluster mode, "${inputs.shards}" runs them all as one Indexed Job).`,
    );
  }
  if (plan && shard !== undefined && shard > plan.of) {
    throw new ConfigurationError(
      `Input "${inputs.shard}" is ${shard}, but the plan has ${plan.of} shard(s); use the matrix of the same plan-shards step, e.g. ${SHARD_EXAMPLE}.`,
    );
  }
  if (plan && ofGiven) {
    const of = integerInput(inputs.of, plan.of, 1);
    if (of !== plan.of) {
      throw new ConfigurationError(
        `Input "${inputs.of}" is ${of}, but the plan has ${plan.of} shard(s): the matrix and the plan come from different plan-shards runs. Pass both from the same step, e.g. of: \${{ matrix.of }}.`,
      );
    }
  }
  return {
    ...(plan ? { plan } : {}),
    ...(shard !== undefined ? { shard } : {}),
    appendShardFiles: booleanInput(inputs.appendShardFiles, false),
    rerunFailed: booleanInput(inputs.rerunFailed, false),
    tests: listInput(inputs.tests),
  };
}

/** The plan's JSON, or a file holding it (relative to the workspace) for a plan too long for an input. */
function planInput(workspace: string): PlannedShards | undefined {
  const raw = core.getInput(inputs.plan).trim();
  if (raw === '') return undefined;
  if (raw.length > MAX_PLAN_INPUT) {
    throw new ConfigurationError(
      `Input "${inputs.plan}" is ${raw.length} characters long, more than a runner passes (${MAX_PLAN_INPUT}); write the plan to a file and give its path.`,
    );
  }
  const where = `Input "${inputs.plan}"`;
  if (raw.startsWith('{') || raw.startsWith('[')) return parsePlan(raw, where);
  const file = workspacePath(raw, workspace, inputs.plan, 'shard-plan.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `${where} is ${quoted(raw)}: neither plan JSON nor a readable file (${errorMessage(error)}); pass the plan output of plan-shards, e.g. plan: \${{ needs.plan.outputs.plan }}.`,
    );
  }
  return parsePlan(text, `${where} (file ${raw})`);
}
