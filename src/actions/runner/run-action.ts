import * as core from '@actions/core';
import { errorMessage, failureReport } from '../../errors.js';
import { cancellationOf } from '../../shared/cancellation/cancel-on-signal.js';
import { cancelOnSignal } from './cancellation.js';
import { markJobFailed, markMainFinished } from './job-failure.js';
import { readRedactInput, stepSecrets } from './secrets.js';

export interface ActionEntry {
  /** `signal` aborts at the first SIGINT/SIGTERM: main stops what runs and removes what it made (or
   * leaves it to its post step, which the runner runs after a cancellation too). */
  main: (signal: AbortSignal) => Promise<void>;
  /** Runs as the action's post step; its errors become warnings, so cleanup never fails a job. */
  post?: () => Promise<void>;
}

const IS_POST = 'isPost';
/** How long a cancelled main may take to stop its work before the step ends without it. */
export const CANCEL_GRACE_MS = 20_000;

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
  const cancellation = cancelOnSignal();
  let stopped = true;
  try {
    stopped = await settleOrGiveUp(entry.main(cancellation.signal), cancellation.signal);
  } catch (error) {
    if (!cancellation.signal.aborted) {
      const failure = failureReport(error);
      core.setFailed(stepSecrets.redact(failure.message));
      if (failure.stack) core.debug(stepSecrets.redact(failure.stack));
    }
  } finally {
    cancellation.dispose();
  }
  // A step that already said why it stopped (run-tests: "tests cancelled …") keeps its message.
  if (cancellation.signal.aborted && process.exitCode !== core.ExitCode.Failure) {
    core.setFailed(cancellationOf(cancellation.signal).message);
  }
  // Lets the post steps know the job failed, so they collect diagnostics first.
  if (process.exitCode === core.ExitCode.Failure) markJobFailed();
  else markMainFinished();
  if (!stopped) {
    core.warning(`the cancelled step did not stop within ${CANCEL_GRACE_MS / 1000}s; ending it`);
    process.exit();
  }
}

/** Main's own end; once `signal` aborts, at most CANCEL_GRACE_MS more. False when main did not end. */
async function settleOrGiveUp(main: Promise<void>, signal: AbortSignal): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<false>((resolve) => {
    const start = () => {
      timer = setTimeout(() => resolve(false), CANCEL_GRACE_MS);
      timer.unref();
    };
    if (signal.aborted) start();
    else signal.addEventListener('abort', start, { once: true });
  });
  try {
    return await Promise.race([main.then(() => true as const), gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}
