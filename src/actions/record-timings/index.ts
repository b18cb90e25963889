import type { ActionEntry } from '../runner/index.js';
import { recordTimingsMain } from './main.js';

export const recordTimingsAction: ActionEntry = { main: () => recordTimingsMain() };
