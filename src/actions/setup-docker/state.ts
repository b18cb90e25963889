import type { CollectPolicy } from '../runner/inputs.js';
import { actionState } from '../runner/state.js';

export interface SetupDockerState {
  environment: string;
  keep: boolean;
  collect: CollectPolicy;
  matrix?: string;
}

export const setupDockerState = actionState<SetupDockerState>('setup-docker');
