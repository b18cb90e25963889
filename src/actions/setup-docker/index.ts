import type { ActionEntry } from '../runner/index.js';

// Main and post each load only their own dependencies.
export const setupDockerAction: ActionEntry = {
  main: async () => (await import('./main.js')).setupDockerMain(),
  post: async () => (await import('./post.js')).setupDockerPost(),
};
