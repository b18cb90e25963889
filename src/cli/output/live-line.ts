import { formatDuration } from '../../shared/format/format-duration.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const REDRAW_MS = 120;
const CLEAR = '\r\u001b[2K';

/**
 * The bottom line of a terminal while a long step runs: a spinner, the step, its latest message and the
 * time it has taken. Every other write clears it first and redraws it after, so it never mixes into the log.
 */
export class LiveLine {
  private steps: { title: string; started: number }[] = [];
  private latest = '';
  private frame = 0;
  private shown = false;
  private timer?: NodeJS.Timeout;

  constructor(private readonly stream: NodeJS.WritableStream & { columns?: number }) {}

  begin(title: string): void {
    this.steps.push({ title, started: Date.now() });
    this.latest = '';
    this.timer ??= setInterval(() => this.draw(), REDRAW_MS).unref();
    this.draw();
  }

  end(): void {
    this.steps.pop();
    this.latest = '';
    if (this.steps.length > 0) return this.draw();
    this.clear();
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Writes `text` above the live line. */
  print(text: string, to: NodeJS.WritableStream = this.stream): void {
    this.clear();
    to.write(text);
    const last = text.trimEnd().split('\n').pop()?.trim();
    if (last && to === this.stream) this.latest = last;
    if (this.steps.length > 0) this.draw();
  }

  private clear(): void {
    if (!this.shown) return;
    this.stream.write(CLEAR);
    this.shown = false;
  }

  private draw(): void {
    const step = this.steps.at(-1);
    if (!step) return;
    this.frame = (this.frame + 1) % FRAMES.length;
    const took = formatDuration(Date.now() - step.started);
    const detail = this.latest ? ` · ${this.latest}` : '';
    // eslint-disable-next-line no-control-regex
    const plain = `${FRAMES[this.frame]} ${step.title}${detail}`.replace(/\u001b\[[0-9;]*m/g, '');
    const width = Math.max(20, (this.stream.columns || 100) - took.length - 4);
    const text = plain.length > width ? `${plain.slice(0, width - 1)}…` : plain;
    this.stream.write(`${CLEAR}${text} \u001b[2m(${took})\u001b[0m`);
    this.shown = true;
  }
}
