import type { ActionEntry } from '../runner/run-action.js';
import { loadImagesMain } from './main.js';

export const loadImagesAction: ActionEntry = { main: loadImagesMain };
