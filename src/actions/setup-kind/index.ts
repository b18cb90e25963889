import type { ActionEntry } from '../runner/run-action.js';
import { setupKindMain } from './main.js';
import { setupKindPost } from './post.js';

export const setupKindAction: ActionEntry = { main: setupKindMain, post: setupKindPost };
