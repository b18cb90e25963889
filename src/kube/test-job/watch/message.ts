import { formatDuration } from '../../../shared/format/format-duration.js';
import type { JobRunState } from './run-observer.js';

type FinalState = Exclude<JobRunState, { kind: 'pending' | 'running' }>;

/** One sentence on the outcome, for the log, the failure annotation and the summary. */
export function testJobMessage(state: FinalState, durationMs: number): string {
  const took = formatDuration(durationMs);
  switch (state.kind) {
    case 'terminated': {
      if (state.exitCode === 0) return `tests passed in ${took}`;
      const reason = state.reason && state.reason !== 'Error' ? ` (${state.reason})` : '';
      return `tests failed: the test container exited with code ${state.exitCode}${reason} after ${took}`;
    }
    case 'timed-out':
      return `tests timed out after ${took}: ${state.message}`;
    case 'error':
      return `tests did not run to an end: ${state.message}`;
  }
}
