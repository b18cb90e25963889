import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  plannedFiles,
  recordRun,
  restoreTimings,
  saveTimings,
  timingsCacheKey,
  timingsFile,
} from '../../shard/index.js';
import { actionsCacheOffered } from '../../shared/cache/actions-cache.js';
import { RecordTimings } from '../constants.js';
import { actionsLogger, writeJobSummary } from '../runner/index.js';
import { readRecordTimingsInputs } from './inputs.js';
import { saveDecision, type SaveDecision } from './save-decision.js';
import { runSummaryMarkdown } from './summary.js';

const { inputs: names, outputs } = RecordTimings;

/**
 * After the matrix, in one job: every leg's reports merged into one timings file, saved under a key of
 * its own for this run and attempt, so no leg and no run overwrites another's.
 */
export async function recordTimingsMain(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readRecordTimingsInputs(env);
  const previous = await restoreTimings(inputs.timingsKey, actionsLogger);
  const now = new Date();
  const run = await recordRun({
    root: inputs.workingDirectory,
    tests: inputs.tests,
    planFiles: inputs.plan ? plannedFiles(inputs.plan) : [],
    reports: inputs.reports,
    ...(previous ? { previous } : {}),
    now,
    logger: actionsLogger,
  });
  const runId = env.GITHUB_RUN_ID || 'local';
  const attempt = Number(env.GITHUB_RUN_ATTEMPT) || 1;
  const key = timingsCacheKey(inputs.timingsKey, runId, attempt);
  const file = timingsFile(run.kept, now, { id: runId, attempt, ref: env.GITHUB_REF ?? '' });
  const written = path.join(env.RUNNER_TEMP || os.tmpdir(), `${inputs.timingsKey}-${runId}-${attempt}.json`);
  await writeFile(written, `${JSON.stringify(file, null, 1)}\n`);

  const decision = whetherToSave(run.kept.size, inputs.save, env, inputs.defaultBranch);
  const saved = decision.save && (await saveTimings(inputs.timingsKey, key, file, actionsLogger));
  if (!decision.save) actionsLogger.info(`The timings were not saved (key ${key}): ${decision.reason}.`);

  core.setOutput(outputs.key, saved ? key : '');
  core.setOutput(outputs.saved, String(saved));
  core.setOutput(outputs.timingsFile, written);
  core.setOutput(outputs.files, String(run.kept.size));
  await writeJobSummary(
    await runSummaryMarkdown({
      run,
      ...(inputs.plan ? { plan: inputs.plan } : {}),
      root: inputs.workingDirectory,
      saved: saved
        ? { key }
        : { reason: decision.save ? 'the save failed; the log says why' : decision.reason },
    }),
  );
}

/** Why not, in the order a person fixes it: nothing to save, saving off, not the default branch, no cache. */
function whetherToSave(
  timings: number,
  save: boolean,
  env: NodeJS.ProcessEnv,
  defaultBranch: string | undefined,
): SaveDecision {
  if (timings === 0) return { save: false, reason: 'no report timed a test file' };
  if (!save) return { save: false, reason: `"${names.save}" is false` };
  const branch = saveDecision(env, defaultBranch);
  if (branch.save && !actionsCacheOffered(env)) {
    return { save: false, reason: 'this runner offers no Actions cache service' };
  }
  return branch;
}
