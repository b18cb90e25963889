import { actionState } from '../runner/index.js';

/** What the post step needs to delete a failed cluster run once collect-logs has seen it. No secrets. */
export interface ClusterCleanup {
  kubeconfig?: string;
  context?: string;
  namespace: string;
  jobName: string;
  createdNamespace: boolean;
}

export interface RunTestsState {
  cleanup: ClusterCleanup;
  /** Container mode: the test container's name, saved before it exists, for the post step to remove it
   * if the main step was killed before it could. */
  container: string;
}

export const runTestsState = actionState<RunTestsState>('run-tests');
