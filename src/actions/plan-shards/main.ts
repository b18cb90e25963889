import * as core from '@actions/core';
import {
  matrixJson,
  planFromFiles,
  planJson,
  planSummaryMarkdown,
  restoreTimings,
  timingsAsReport,
} from '../../shard/index.js';
import { PlanShards } from '../constants.js';
import { actionsLogger, writeJobSummary } from '../runner/index.js';
import { readPlanShardsInputs } from './inputs.js';

const { inputs: names, outputs } = PlanShards;

export async function planShardsMain(): Promise<void> {
  const inputs = readPlanShardsInputs();
  const restored = inputs.timingsKey ? await restoreTimings(inputs.timingsKey, actionsLogger) : undefined;
  if (inputs.timingsKey && !restored) {
    core.notice(
      `No timings recorded under "${inputs.timingsKey}-" in this run's cache scope: planning from "${names.reports}" alone (by count without any). record-timings saves them from the default branch.`,
    );
  }
  const plan = await planFromFiles({
    root: inputs.workingDirectory,
    tests: inputs.tests,
    reports: inputs.reports,
    ...(inputs.shards !== undefined ? { shards: inputs.shards } : {}),
    ...(inputs.targetSeconds !== undefined ? { targetSeconds: inputs.targetSeconds } : {}),
    maxShards: inputs.maxShards,
    ...(restored ? { recorded: [timingsAsReport(restored.file, `cache entry ${restored.key}`)] } : {}),
    logger: actionsLogger,
  });
  // Both are checked against the output limit before either is set.
  const matrix = matrixJson(plan);
  const planOutput = planJson(plan);
  core.setOutput(outputs.matrix, matrix);
  core.setOutput(outputs.plan, planOutput);
  core.setOutput(outputs.count, String(plan.of));
  core.setOutput(outputs.timingsFrom, restored?.key ?? '');
  const from = restored
    ? `Timings from the Actions cache entry \`${restored.key}\` (recorded ${restored.file.recordedAt}).\n\n`
    : '';
  await writeJobSummary(from + planSummaryMarkdown(plan));
}
