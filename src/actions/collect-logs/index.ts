import type { ActionEntry } from '../runner/run-action.js';
import { collectLogsMain } from './main.js';

export const collectLogsAction: ActionEntry = { main: collectLogsMain };
