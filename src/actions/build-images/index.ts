import type { ActionEntry } from '../runner/run-action.js';
import { buildImagesMain } from './main.js';

export const buildImagesAction: ActionEntry = { main: buildImagesMain };
