import { codeBlock, details } from '../../shared/format/markdown.js';

/** The index's `## Not collected` list, one problem a line; nothing when there is none. */
export function notCollectedSection(errors: readonly string[]): string[] {
  if (errors.length === 0) return [];
  return ['## Not collected', '', ...errors.map((error) => `- ${error.replace(/\r?\n/g, ' ')}`), ''];
}

/** A folded block of a container's last log lines for the job summary; `extra` goes in after them. */
export function lastLinesDetails(who: string, lastLines: readonly string[], extra: string[] = []): string[] {
  const title =
    lastLines.length > 0 ? `${who}: last ${lastLines.length} log line(s)` : `${who}: no log output`;
  return details(title, [...(lastLines.length > 0 ? [codeBlock(lastLines), ''] : []), ...extra]);
}
