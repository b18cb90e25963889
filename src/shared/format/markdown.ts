/** Markdown for job summaries and index files: fences that text cannot close, tables whose cells cannot break the row. */

/** A fenced code block whose fence is longer than any backtick run inside, so the text cannot close it. */
export function fencedBlock(body: string, info = ''): string {
  const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}

export function codeBlock(lines: readonly string[]): string {
  return fencedBlock(lines.join('\n'), 'text');
}

/** A table cell: pipes escaped, newlines folded, empty shown as a dash. */
export function cell(value: string | number | undefined): string {
  const text = value === undefined || value === '' ? '-' : String(value);
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export type Alignment = 'left' | 'right';

export function table(
  header: string[],
  rows: Array<Array<string | number | undefined>>,
  align: Alignment[] = [],
): string {
  const rule = header.map((_, index) => (align[index] === 'right' ? '---:' : '---'));
  return [
    `| ${header.join(' | ')} |`,
    `| ${rule.join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A folded `<details>` block; `body` lines are markdown, so leave a blank line around blocks. */
export function details(summary: string, body: readonly string[]): string[] {
  return ['<details>', `<summary>${escapeHtml(summary)}</summary>`, '', ...body, '</details>'];
}
