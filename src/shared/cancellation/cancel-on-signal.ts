import { CancelledError, type CancelSignal } from '../../errors.js';

export interface Cancellation {
  /** Aborted at the first SIGINT or SIGTERM, with a CancelledError naming the signal as its reason. */
  signal: AbortSignal;
  dispose(): void;
}

/** What a run stopped by a signal exits with, as a shell reports it: 128 + the signal's number. */
export const SIGNAL_EXIT_CODES: Record<CancelSignal, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * The first signal asks the running work to stop and remove what it created, so nothing is left behind;
 * a second one exits at once, as a person pressing Ctrl-C twice expects. `announce` says so where the
 * person reads (the step log, the terminal).
 */
export function cancelOnSignal(announce: (message: string) => void): Cancellation {
  const controller = new AbortController();
  const onSignal = (signal: CancelSignal): void => {
    if (controller.signal.aborted) process.exit(SIGNAL_EXIT_CODES[signal]);
    announce(`${signal} received: stopping and cleaning up (a second signal exits at once)`);
    controller.abort(new CancelledError(signal));
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

/** The CancelledError a signal was aborted with, or a generic one for any other abort. */
export function cancellationOf(signal: AbortSignal): CancelledError {
  return signal.reason instanceof CancelledError ? signal.reason : new CancelledError('SIGTERM');
}
