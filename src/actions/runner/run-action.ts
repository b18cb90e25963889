import * as core from '@actions/core';
import { errorMessage, failureReport } from '../../errors.js';
import { markJobFailed, markMainFinished } from './job-failure.js';
import { readRedactInput, stepSecrets } from './secrets.js';

export interface ActionEntry {
  main: () => Promise<void>;
  /** Runs as the action's post step; its errors become warnings, so cleanup never fails a job. */
  post?: () => Promise<void>;
}

const IS_POST = 'isPost';

/** The single top-level catch of an action. Main and post share one entry; state tells them apart. */
export async function runActionEntry(entry: ActionEntry): Promise<void> {
  const isPost = core.getState(IS_POST) === 'true';
  if (!isPost) core.saveState(IS_POST, 'true');
  if (isPost && !entry.post) return;
  // Main and post alike: the post step learns the secrets again rather than from state.
  readRedactInput();
  if (isPost) {
    try {
      await entry.post?.();
    } catch (error) {
      core.warning(stepSecrets.redact(`post step: ${errorMessage(error)}`));
    }
    return;
  }
  try {
    await entry.main();
  } catch (error) {
    const failure = failureReport(error);
    core.setFailed(stepSecrets.redact(failure.message));
    if (failure.stack) core.debug(stepSecrets.redact(failure.stack));
  }
  // Lets the post steps know the job failed, so they collect diagnostics first.
  if (process.exitCode === core.ExitCode.Failure) markJobFailed();
  else markMainFinished();
}
