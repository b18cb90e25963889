import * as core from '@actions/core';
import { matrixJson, planFromFiles, planJson, planSummaryMarkdown } from '../../shard/index.js';
import { PlanShards } from '../constants.js';
import { actionsLogger, writeJobSummary } from '../runner/index.js';
import { readPlanShardsInputs } from './inputs.js';

const { outputs } = PlanShards;

export async function planShardsMain(): Promise<void> {
  const inputs = readPlanShardsInputs();
  const plan = await planFromFiles({
    root: inputs.workingDirectory,
    tests: inputs.tests,
    reports: inputs.reports,
    ...(inputs.shards !== undefined ? { shards: inputs.shards } : {}),
    ...(inputs.targetSeconds !== undefined ? { targetSeconds: inputs.targetSeconds } : {}),
    maxShards: inputs.maxShards,
    logger: actionsLogger,
  });
  // Both are checked against the output limit before either is set.
  const matrix = matrixJson(plan);
  const planOutput = planJson(plan);
  core.setOutput(outputs.matrix, matrix);
  core.setOutput(outputs.plan, planOutput);
  core.setOutput(outputs.count, String(plan.of));
  await writeJobSummary(planSummaryMarkdown(plan));
}
