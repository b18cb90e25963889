import type { ActionEntry } from '../runner/index.js';
import { readRunTestsMode } from './inputs.js';
import { runTestsState } from './state.js';

// Each mode loads only its own client: container mode never loads the Kubernetes one.
export const runTestsAction: ActionEntry = {
  main: async (signal) => {
    if (readRunTestsMode() === 'cluster') return (await import('./cluster.js')).runTestsClusterMain(signal);
    return (await import('./main.js')).runTestsContainerMain(signal);
  },
  post: async () => {
    const state = runTestsState.read();
    if (state?.cleanup) await (await import('./cluster.js')).runTestsClusterPost();
    if (state?.container) await (await import('./container-post.js')).runTestsContainerPost(state.container);
  },
};
