import type { PageFile } from '../data.js';
import { el } from './dom.js';
import type { EmbeddedBundle } from './files.js';
import { lineAtTime, parseLine } from './log-line.js';

const ROW_HEIGHT = 18;
/** Rows drawn beyond the visible ones on each side, so a fast scroll shows no gap. */
const OVERSCAN = 30;

/**
 * One file at a time as a virtualised list: only the rows in view exist in the DOM, so a log of a
 * million lines opens as fast as one of ten. Search, stream and level filters; a time kept across files
 * (open another service's log at the same moment).
 */
export class Viewer {
  readonly element: HTMLElement;
  private readonly title = el('span', { class: 'viewer-title' }, 'Choose a file');
  private readonly search = el('input', {
    id: 'search',
    type: 'search',
    placeholder: 'Search this file (Enter: next)',
  });
  private readonly count = el('span', { id: 'search-count' });
  private readonly stream = choice('stream-filter', [
    ['', 'all streams'],
    ['stdout', 'stdout'],
    ['stderr', 'stderr'],
  ]);
  private readonly level = choice('level-filter', [
    ['', 'all levels'],
    ['warn', 'warnings and errors'],
    ['error', 'errors'],
  ]);
  private readonly timeNote = el('span', { id: 'aligned-time' });
  private readonly scroller = el('div', { class: 'rows', tabindex: 0 });
  private readonly spacer = el('div', { class: 'spacer' });
  private file: PageFile | undefined;
  /** Line indices shown, in order; all of the file when no filter is set. */
  private shown: number[] | undefined;
  private matches: number[] = [];
  private current = -1;
  /** The moment the last time-aware opening was about: other logs open there too. */
  private alignedTime: number | undefined;

  constructor(
    private readonly bundle: EmbeddedBundle,
    private readonly origin: number,
  ) {
    this.scroller.append(this.spacer);
    this.element = el(
      'div',
      { id: 'viewer' },
      el(
        'div',
        { class: 'toolbar' },
        this.title,
        this.search,
        this.count,
        this.stream,
        this.level,
        this.timeNote,
      ),
      this.scroller,
    );
    this.scroller.addEventListener('scroll', () => this.draw());
    this.search.addEventListener('input', () => this.find());
    this.search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.next(event.shiftKey ? -1 : 1);
    });
    this.stream.addEventListener('change', () => this.filter());
    this.level.addEventListener('change', () => this.filter());
  }

  /** Opens `path` at `time` (the moment kept from before when not given), else at its first line. */
  open(path: string, options: { time?: number; line?: number } = {}): void {
    const file = this.bundle.file(path);
    if (!file) return;
    this.file = file;
    this.element.dataset.file = path;
    this.title.textContent = `${path} (${file.lines} lines)`;
    this.shown = undefined;
    this.stream.value = '';
    this.level.value = '';
    if (options.time !== undefined) this.alignedTime = options.time;
    let line = options.line ?? 0;
    if (options.line === undefined && this.alignedTime !== undefined && file.kind === 'log') {
      line = lineAtTime(this.bundle.lines(file), this.alignedTime);
    }
    this.timeNote.textContent =
      this.alignedTime !== undefined ? `at +${((this.alignedTime - this.origin) / 1000).toFixed(1)} s` : '';
    this.find();
    this.goTo(line);
    this.element.scrollIntoView({ block: 'start' });
  }

  private rowCount(): number {
    return this.shown ? this.shown.length : (this.file?.lines ?? 0);
  }

  private lineAt(row: number): number {
    return this.shown ? (this.shown[row] ?? 0) : row;
  }

  private filter(): void {
    const file = this.file;
    if (!file) return;
    const stream = this.stream.value;
    const level = this.level.value;
    if (!stream && !level) this.shown = undefined;
    else {
      const lines = this.bundle.lines(file);
      this.shown = lines.flatMap((text, index) => {
        const parsed = parseLine(text);
        if (stream && parsed.stream !== stream) return [];
        if (level === 'error' && parsed.level !== 'error') return [];
        if (level === 'warn' && parsed.level === 'info') return [];
        return [index];
      });
    }
    this.find();
    this.goTo(this.current);
  }

  private find(): void {
    const file = this.file;
    const query = this.search.value.toLowerCase();
    this.matches = [];
    if (file && query) {
      const lines = this.bundle.lines(file);
      const allowed = this.shown ? new Set(this.shown) : undefined;
      lines.forEach((text, index) => {
        if ((!allowed || allowed.has(index)) && text.toLowerCase().includes(query)) this.matches.push(index);
      });
      this.count.textContent = `${this.matches.length} match${this.matches.length === 1 ? '' : 'es'}`;
      const first = this.matches.find((index) => index >= this.current) ?? this.matches[0];
      if (first !== undefined) this.goTo(first);
    } else this.count.textContent = '';
    this.draw();
  }

  private next(step: number): void {
    if (this.matches.length === 0) return;
    const at = this.matches.indexOf(this.current);
    const next = at < 0 ? 0 : (at + step + this.matches.length) % this.matches.length;
    this.goTo(this.matches[next] ?? 0);
  }

  /** Makes line `line` (0-based) the current one and scrolls it into the middle of the view. */
  private goTo(line: number): void {
    const rows = this.rowCount();
    this.spacer.style.height = `${rows * ROW_HEIGHT}px`;
    if (rows === 0) {
      this.current = -1;
      delete this.element.dataset.line;
      this.draw();
      return;
    }
    let row = this.shown ? this.shown.findIndex((index) => index >= line) : line;
    if (row < 0) row = rows - 1;
    row = Math.max(0, Math.min(rows - 1, row));
    this.current = this.lineAt(row);
    this.element.dataset.line = String(this.current + 1);
    this.scroller.scrollTop = Math.max(0, row * ROW_HEIGHT - this.scroller.clientHeight / 2);
    this.draw();
  }

  private draw(): void {
    const file = this.file;
    for (const row of [...this.spacer.children]) row.remove();
    if (!file) return;
    const first = Math.max(0, Math.floor(this.scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(
      this.rowCount(),
      Math.ceil((this.scroller.scrollTop + this.scroller.clientHeight) / ROW_HEIGHT) + OVERSCAN,
    );
    const query = this.search.value.toLowerCase();
    for (let row = first; row < last; row++) {
      const index = this.lineAt(row);
      const text = this.bundle.line(file, index);
      const parsed = parseLine(text);
      const classes = ['row', `level-${parsed.level}`];
      if (index === this.current) classes.push('current');
      if (query && text.toLowerCase().includes(query)) classes.push('match');
      const number = el('span', { class: 'line-number' }, String(index + 1));
      const element = el('div', { class: classes.join(' '), 'data-line': index + 1 }, number, text);
      element.style.top = `${row * ROW_HEIGHT}px`;
      if (parsed.time !== undefined) {
        const time = parsed.time;
        number.title = 'Keep this moment: other logs open here';
        number.addEventListener('click', () => {
          this.alignedTime = time;
          this.current = index;
          this.element.dataset.line = String(index + 1);
          this.timeNote.textContent = `at +${((time - this.origin) / 1000).toFixed(1)} s`;
          this.draw();
        });
      }
      this.spacer.append(element);
    }
  }
}

function choice(id: string, options: Array<[value: string, text: string]>): HTMLSelectElement {
  return el('select', { id }, ...options.map(([value, text]) => el('option', { value }, text)));
}
