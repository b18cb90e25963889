import type { ActionEntry } from '../runner/index.js';
import { collectLogsMain } from './main.js';

export const collectLogsAction: ActionEntry = { main: collectLogsMain };
