import { actionState } from '../runner/index.js';

export interface CollectLogsState {
  /** `when: job-failure`: the post step collects. */
  armed: boolean;
}

export const collectLogsState = actionState<CollectLogsState>('collect-logs');
