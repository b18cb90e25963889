import type { ActionEntry } from '../runner/index.js';
import { loadImagesMain } from './main.js';

export const loadImagesAction: ActionEntry = { main: loadImagesMain };

export { deliverImages, registryFrom } from './deliver.js';
export type { DeliveredImage } from './deliver.js';
