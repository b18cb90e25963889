import type { PageFileKind } from './data.js';

/** What a bundle file is, from its name as the collectors write them. */
export function pageFileKind(relative: string): PageFileKind {
  const base = relative.slice(relative.lastIndexOf('/') + 1);
  if (relative.includes('/reports/') && base.endsWith('.xml')) return 'junit';
  if (base === 'index.md' || base === 'index.json') return 'index';
  if (base === 'describe.txt' || /\/(jobs|deployments)\/[^/]+\.txt$/.test(relative)) return 'describe';
  if (base === 'events.txt') return 'events';
  if (base === 'inspect.json') return 'inspect';
  if (base === 'state.txt' || base === 'nodes.txt') return 'state';
  if (base.endsWith('.log') || base === 'log.txt') return 'log';
  return 'other';
}
