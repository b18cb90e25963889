import type { ActionEntry } from '../runner/index.js';

// Main and post each load only their own dependencies.
export const pipelineAction: ActionEntry = {
  main: async (signal) => (await import('./main.js')).pipelineMain(signal),
  post: async () => (await import('./post.js')).pipelinePost(),
};
