import { fencedBlock } from '../markdown-fence.js';

/** A table cell: pipes escaped, newlines folded, empty shown as a dash. */
export function cell(value: string | number | undefined): string {
  const text = value === undefined || value === '' ? '-' : String(value);
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function table(header: string[], rows: Array<Array<string | number | undefined>>): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

export function codeBlock(lines: readonly string[]): string {
  return fencedBlock(lines.join('\n'), 'text');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The index's `## Not collected` list, one problem a line; nothing when there is none. */
export function notCollectedSection(errors: readonly string[]): string[] {
  if (errors.length === 0) return [];
  return ['## Not collected', '', ...errors.map((error) => `- ${error.replace(/\r?\n/g, ' ')}`), ''];
}

/** A folded block of a container's last log lines for the job summary; `extra` goes in after them. */
export function lastLinesDetails(who: string, lastLines: readonly string[], extra: string[] = []): string[] {
  const title =
    lastLines.length > 0 ? `${who}: last ${lastLines.length} log line(s)` : `${who}: no log output`;
  const lines = ['<details>', `<summary>${escapeHtml(title)}</summary>`, ''];
  if (lastLines.length > 0) lines.push(codeBlock(lastLines), '');
  lines.push(...extra, '</details>');
  return lines;
}
