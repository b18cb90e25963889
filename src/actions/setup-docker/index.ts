import type { ActionEntry } from '../runner/index.js';

// Main and post each load only their own dependencies.
export const setupDockerAction: ActionEntry = {
  main: async (signal) => (await import('./main.js')).setupDockerMain(signal),
  post: async () => (await import('./post.js')).setupDockerPost(),
};

/** For the root action, whose post step is the same. Loaded lazily like setup-docker's own. */
export async function environmentPost(...args: Parameters<typeof import('./post.js').environmentPost>) {
  return (await import('./post.js')).environmentPost(...args);
}
export type { SetupDockerState } from './state.js';
