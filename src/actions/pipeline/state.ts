import { actionState } from '../runner/index.js';
import type { SetupDockerState } from '../setup-docker/index.js';

/** The root action owns an environment as setup-docker does, and its post step is the same. */
export type PipelineState = SetupDockerState;

export const pipelineState = actionState<PipelineState>('pipeline');
