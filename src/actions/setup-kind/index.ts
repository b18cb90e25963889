import type { ActionEntry } from '../runner/index.js';

// Main and post each load only their own dependencies.
export const setupKindAction: ActionEntry = {
  main: async () => (await import('./main.js')).setupKindMain(),
  post: async () => (await import('./post.js')).setupKindPost(),
};
