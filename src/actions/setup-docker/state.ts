import type { CollectPolicy } from '../runner/index.js';
import { actionState } from '../runner/index.js';

export interface SetupDockerState {
  environment: string;
  keep: boolean;
  collect: CollectPolicy;
  matrix?: string;
}

export const setupDockerState = actionState<SetupDockerState>('setup-docker');
