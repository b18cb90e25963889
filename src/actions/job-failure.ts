import * as core from '@actions/core';

/** A post step cannot ask the runner whether the job failed, so our steps that fail say so: in the
 * job's environment for the post steps of other actions, and in state for their own. */
export const JOB_FAILED_VARIABLE = 'INCEPTION_JOB_FAILED';

export function markJobFailed(): void {
  core.exportVariable(JOB_FAILED_VARIABLE, 'true');
  core.saveState(JOB_FAILED_VARIABLE, 'true');
}
