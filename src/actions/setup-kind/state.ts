import type { CollectPolicy } from '../runner/index.js';
import { actionState } from '../runner/index.js';

export interface SetupKindState {
  cluster: string;
  kubeconfig: string;
  keep: boolean;
  collect: CollectPolicy;
  matrix?: string;
  /** The kind binary, once installed: the post step deletes the cluster with the same one. */
  kind?: string;
}

export const setupKindState = actionState<SetupKindState>('setup-kind');
