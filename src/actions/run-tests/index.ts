import type { ActionEntry } from '../runner/index.js';
import { readRunTestsMode } from './inputs.js';
import { runTestsState } from './state.js';

// Each mode loads only its own client: container mode never loads the Kubernetes one.
export const runTestsAction: ActionEntry = {
  main: async () => {
    if (readRunTestsMode() === 'cluster') return (await import('./cluster.js')).runTestsClusterMain();
    return (await import('./main.js')).runTestsContainerMain();
  },
  post: async () => {
    if (runTestsState.read()?.cleanup) await (await import('./cluster.js')).runTestsClusterPost();
  },
};
