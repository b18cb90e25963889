import * as core from '@actions/core';
import { collectAndUpload, UPLOADED_ARTIFACTS_ENV } from '../../diagnostics/collect-and-upload.js';
import { errorMessage } from '../../errors.js';
import { actionsLogger } from '../runner/index.js';
import { readCollectLogsInputs } from './inputs.js';
import { readCollectLogsKubeInputs } from './kube-inputs.js';
import { CollectLogs } from '../constants.js';
import { stepSecrets, writeJobSummary } from '../runner/index.js';
import { collectLogsState } from './state.js';

/** Diagnostics never fail the job: every problem here, invalid inputs included, is a warning. */
export async function collectLogsMain(): Promise<void> {
  const { inputs } = readCollectLogsInputs();
  if (inputs.when === 'job-failure') {
    collectLogsState.save({ armed: true });
    core.info(
      'when: job-failure: diagnostics are collected at the end of the job, if it fails or is cancelled',
    );
    return;
  }
  await collectNow();
}

/**
 * The post step runs only when the job failed or was cancelled (`post-if` in action.yml, evaluated by
 * the runner, which alone knows the fate of the user's own steps), and acts only when main was armed.
 */
export async function collectLogsPost(): Promise<void> {
  if (collectLogsState.read()?.armed) await collectNow();
}

async function collectNow(): Promise<void> {
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
      writeSummary: writeJobSummary,
      redactor: stepSecrets,
    });
    core.setOutput(CollectLogs.outputs.path, result.path);
    core.setOutput(CollectLogs.outputs.artifactName, result.artifactName);
    core.setOutput(
      CollectLogs.outputs.artifactId,
      result.artifactId === undefined ? '' : String(result.artifactId),
    );
    // Told to later post steps, so they do not collect the same again; a failed upload is not, so that
    // a post step may try once more.
    const uploadFailed =
      inputs.upload && Boolean(process.env.ACTIONS_RUNTIME_TOKEN) && result.artifactId === undefined;
    if (!result.skipped && !uploadFailed) {
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
