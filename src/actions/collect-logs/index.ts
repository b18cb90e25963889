import type { ActionEntry } from '../runner/index.js';
import { collectLogsMain, collectLogsPost } from './main.js';

export const collectLogsAction: ActionEntry = { main: collectLogsMain, post: collectLogsPost };
