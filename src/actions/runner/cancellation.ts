import * as core from '@actions/core';
import {
  cancelOnSignal as cancelOnProcessSignal,
  type Cancellation,
} from '../../shared/cancellation/cancel-on-signal.js';

export type { Cancellation };

/** SIGINT/SIGTERM (what the runner sends a cancelled step) abort the returned signal, announced in the log. */
export function cancelOnSignal(): Cancellation {
  return cancelOnProcessSignal((message) => core.warning(message));
}
