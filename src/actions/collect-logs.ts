import * as core from '@actions/core';
import { collectAndUpload, UPLOADED_ARTIFACTS_ENV } from '../diagnostics/collect-and-upload.js';
import { errorMessage } from '../errors.js';
import { actionsLogger } from './actions-logger.js';
import { readCollectLogsInputs } from './collect-logs-inputs.js';
import { readCollectLogsKubeInputs } from './collect-logs-kube-inputs.js';
import { CollectLogs } from './constants.js';
import type { ActionEntry } from './run-action.js';

/** Diagnostics never fail the job: every problem here, invalid inputs included, is a warning. */
async function main(): Promise<void> {
  try {
    const { inputs, problems } = readCollectLogsInputs();
    const {
      inputs: { kubernetes, ...kubeRequest },
      problems: kubeProblems,
    } = readCollectLogsKubeInputs();
    for (const problem of [...problems, ...kubeProblems]) core.warning(problem);
    const result = await collectAndUpload({
      logger: actionsLogger,
      collectDocker: inputs.docker,
      environment: inputs.environment,
      kubernetes: kubernetes ? kubeRequest : undefined,
      matrix: inputs.matrix,
      artifactName: inputs.artifactName,
      path: inputs.path,
      upload: inputs.upload,
      retentionDays: inputs.retentionDays,
      writeSummary: appendJobSummary,
    });
    core.setOutput(CollectLogs.outputs.path, result.path);
    core.setOutput(CollectLogs.outputs.artifactName, result.artifactName);
    core.setOutput(
      CollectLogs.outputs.artifactId,
      result.artifactId === undefined ? '' : String(result.artifactId),
    );
    if (result.artifactId !== undefined) {
      const uploaded = process.env[UPLOADED_ARTIFACTS_ENV];
      core.exportVariable(
        UPLOADED_ARTIFACTS_ENV,
        uploaded ? `${uploaded}\n${result.artifactName}` : result.artifactName,
      );
    }
  } catch (error) {
    core.warning(`collect-logs: ${errorMessage(error)}`);
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}

async function appendJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No GITHUB_STEP_SUMMARY file (not on a runner); job summary skipped');
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}

export const collectLogsAction: ActionEntry = { main };
