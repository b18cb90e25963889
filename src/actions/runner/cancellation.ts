import * as core from '@actions/core';

export interface Cancellation {
  /** Aborted at the first SIGINT or SIGTERM (what the runner sends a cancelled step). */
  signal: AbortSignal;
  dispose(): void;
}

/**
 * The first signal asks the running work to stop and clean up, so nothing it started is left behind; a
 * second one exits at once, as a person pressing Ctrl-C twice expects.
 */
export function cancelOnSignal(): Cancellation {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(130);
    core.warning(`${signal} received: stopping and cleaning up (a second signal exits at once)`);
    controller.abort(new Error(`cancelled by ${signal}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
