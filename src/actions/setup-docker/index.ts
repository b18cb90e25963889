import type { ActionEntry } from '../runner/run-action.js';
import { setupDockerMain } from './main.js';
import { setupDockerPost } from './post.js';

export const setupDockerAction: ActionEntry = { main: setupDockerMain, post: setupDockerPost };
