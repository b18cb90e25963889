import type { ActionEntry } from '../runner/index.js';

// Main and post each load only their own dependencies.
export const setupKindAction: ActionEntry = {
  main: async (signal) => (await import('./main.js')).setupKindMain(signal),
  post: async () => (await import('./post.js')).setupKindPost(),
};
