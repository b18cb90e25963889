import type { CollectPolicy } from '../runner/index.js';
import { actionState } from '../runner/index.js';

export interface SetupDockerState {
  environment: string;
  keep: boolean;
  /** Stop each container with its stop signal and grace period before removing it. */
  gracefulStop?: boolean;
  collect: CollectPolicy;
  matrix?: string;
}

export const setupDockerState = actionState<SetupDockerState>('setup-docker');
