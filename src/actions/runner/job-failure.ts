import * as core from '@actions/core';

/** A post step cannot ask the runner whether the job failed, so our steps that fail say so: in the
 * job's environment for the post steps of other actions, and in state for their own. */
export const JOB_FAILED_VARIABLE = 'INCEPTION_JOB_FAILED';

/** Set by the runner entry once an action's main step returned without failing. */
const MAIN_FINISHED_STATE = 'main-finished';

export function markJobFailed(): void {
  core.exportVariable(JOB_FAILED_VARIABLE, 'true');
  core.saveState(JOB_FAILED_VARIABLE, 'true');
}

export function markMainFinished(): void {
  core.saveState(MAIN_FINISHED_STATE, 'true');
}

/** In a post step: a step of ours failed, or this action's own main step never finished (it was
 * cancelled or killed), which is a failure a person wants diagnostics for too. */
export function jobFailed(): boolean {
  return (
    process.env[JOB_FAILED_VARIABLE] === 'true' ||
    core.getState(JOB_FAILED_VARIABLE) === 'true' ||
    core.getState(MAIN_FINISHED_STATE) !== 'true'
  );
}
