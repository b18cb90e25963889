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

/** A fenced block whose fence is longer than any backtick run inside, so log text cannot close it. */
export function codeBlock(lines: readonly string[]): string {
  const body = lines.join('\n');
  const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${body}\n${fence}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
