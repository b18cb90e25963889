import * as core from '@actions/core';
import { collectAndUpload, UPLOADED_ARTIFACTS_ENV } from '../../diagnostics/collect-and-upload.js';
import { errorMessage } from '../../errors.js';
import { actionsLogger } from '../runner/index.js';
import { readCollectLogsInputs } from './inputs.js';
import { readCollectLogsKubeInputs } from './kube-inputs.js';
import { CollectLogs } from '../constants.js';
import { writeJobSummary } from '../runner/index.js';

/** Diagnostics never fail the job: every problem here, invalid inputs included, is a warning. */
export async function collectLogsMain(): Promise<void> {
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
