import type { ActionEntry } from '../runner/index.js';
import { planShardsMain } from './main.js';

export const planShardsAction: ActionEntry = { main: planShardsMain };
