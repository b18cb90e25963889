import { chunkElementId, DATA_ELEMENT, type PageData, type PageFile } from '../data.js';

/** The embedded data and file texts; a chunk of lines is parsed the first time it is needed. */
export class EmbeddedBundle {
  readonly data: PageData;
  private readonly chunks = new Map<string, string[]>();

  constructor() {
    this.data = JSON.parse(document.getElementById(DATA_ELEMENT)?.textContent ?? '{}') as PageData;
  }

  file(path: string): PageFile | undefined {
    return this.data.files.find((file) => file.path === path);
  }

  /** Line `index` (0-based) of the file. */
  line(file: PageFile, index: number): string {
    const chunk = Math.floor(index / file.chunkLines);
    return this.chunk(file, chunk)[index - chunk * file.chunkLines] ?? '';
  }

  /** Every line: for search, filters and times, which need the whole file. */
  lines(file: PageFile): string[] {
    const all: string[] = [];
    for (let chunk = 0; chunk < file.chunks; chunk++) all.push(...this.chunk(file, chunk));
    return all;
  }

  text(file: PageFile): string {
    return this.lines(file).join('\n');
  }

  private chunk(file: PageFile, chunk: number): string[] {
    const id = chunkElementId(this.data.files.indexOf(file), chunk);
    let lines = this.chunks.get(id);
    if (!lines) {
      lines = JSON.parse(document.getElementById(id)?.textContent ?? '[]') as string[];
      this.chunks.set(id, lines);
    }
    return lines;
  }
}
