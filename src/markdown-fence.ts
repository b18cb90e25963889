/** A fenced code block whose fence is longer than any backtick run inside, so the text cannot close it. */
export function fencedBlock(body: string, info = ''): string {
  const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}
