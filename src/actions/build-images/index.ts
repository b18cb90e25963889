import type { ActionEntry } from '../runner/index.js';
import { buildImagesMain } from './main.js';

export const buildImagesAction: ActionEntry = { main: buildImagesMain };
