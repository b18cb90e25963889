/** Prefixes whole lines of a stream that comes in chunks; `end` gives a last line without a newline. */
export class LinePrefixer {
  private partial = '';

  constructor(private readonly prefix: string) {}

  push(chunk: string): string {
    const text = this.partial + chunk;
    const last = text.lastIndexOf('\n');
    this.partial = text.slice(last + 1);
    if (last === -1) return '';
    return text
      .slice(0, last)
      .split('\n')
      .map((line) => `${this.prefix} | ${line.replace(/\r$/, '')}\n`)
      .join('');
  }

  end(): string {
    const rest = this.partial;
    this.partial = '';
    return rest ? `${this.prefix} | ${rest}\n` : '';
  }
}
