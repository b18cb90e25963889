import type { CollectPolicy } from '../runner/index.js';
import { actionState } from '../runner/index.js';

export interface PipelineState {
  environment: string;
  keep: boolean;
  collect: CollectPolicy;
  matrix?: string;
}

export const pipelineState = actionState<PipelineState>('pipeline');
