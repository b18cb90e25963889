import { decodeBuildkitStatus, type BuildkitStatus } from './buildkit-status.js';

/** Lines of one failing step kept for the error message; the full output is in the log group. */
const FAILURE_TAIL_LINES = 60;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const CLASSIC_STEP = /^Step \d+\/\d+ : /;

interface Step {
  header: string;
  lines: string[];
  error?: string;
}

/** One message of the engine's JSON build stream, classic or BuildKit. */
export interface BuildStreamMessage {
  stream?: string;
  status?: string;
  id?: string;
  aux?: unknown;
  error?: string;
  errorDetail?: { message?: string };
}

/**
 * Follows a build's JSON stream: prints readable lines, remembers each step's output so a failure
 * can show the step that failed, and picks up the image ID.
 */
export class BuildProgress {
  imageId: string | undefined;
  error: string | undefined;
  private readonly steps: Step[] = [];
  private readonly vertexes = new Map<string, Step & { number: number; cachedShown: boolean }>();
  private readonly partialLogs = new Map<string, string>();
  private classicPartial = '';

  constructor(private readonly print: (line: string) => void) {}

  handle(message: BuildStreamMessage): void {
    if (message.errorDetail || message.error) {
      this.finish();
      this.error = (message.errorDetail?.message || message.error || 'unknown build error').trim();
      this.print(`ERROR: ${this.error}`);
    } else if (message.id === 'moby.buildkit.trace' && typeof message.aux === 'string') {
      this.handleBuildkit(decodeBuildkitStatus(message.aux));
    } else if (isImageIdAux(message.aux)) {
      this.imageId = message.aux.ID;
    } else if (typeof message.stream === 'string') {
      this.handleClassic(message.stream);
    } else if (typeof message.status === 'string') {
      this.print(message.id ? `${message.id}: ${message.status}` : message.status);
    }
  }

  /** Flushes partial lines; call when the stream ends. */
  finish(): void {
    if (this.classicPartial) this.classicLine(this.classicPartial);
    this.classicPartial = '';
    for (const [digest, rest] of this.partialLogs) if (rest) this.vertexLine(digest, rest);
    this.partialLogs.clear();
  }

  /** The failing step (its header and last lines) followed by the engine's error message. */
  failureReport(): string {
    const failed = [...this.vertexes.values()].filter((step) => step.error).at(-1) ?? this.steps.at(-1);
    const message = this.error ?? failed?.error ?? 'the build stream ended without an image ID';
    if (!failed) return message;
    const lines = failed.lines.slice(-FAILURE_TAIL_LINES).map((line) => line.replace(ANSI, ''));
    const skipped = failed.lines.length - lines.length;
    return [
      failed.header,
      ...(skipped > 0 ? [`... (${skipped} earlier lines in the build log)`] : []),
      ...lines,
      message,
    ].join('\n');
  }

  private handleClassic(chunk: string): void {
    const parts = (this.classicPartial + chunk).split('\n');
    this.classicPartial = parts.pop() ?? '';
    for (const line of parts) this.classicLine(line);
  }

  private classicLine(raw: string): void {
    const line = raw.replace(/\r$/, '');
    if (CLASSIC_STEP.test(line)) this.steps.push({ header: line, lines: [] });
    else if (line.trim() !== '') this.steps.at(-1)?.lines.push(line);
    if (line.trim() !== '') this.print(line);
  }

  private handleBuildkit(status: BuildkitStatus): void {
    for (const vertex of status.vertexes) {
      let step = this.vertexes.get(vertex.digest);
      if (!step && vertex.name) {
        const number = this.vertexes.size + 1;
        step = { header: `#${number} ${vertex.name}`, lines: [], number, cachedShown: false };
        this.vertexes.set(vertex.digest, step);
        this.steps.push(step);
        this.print(step.header);
      }
      if (!step) continue;
      if (vertex.cached && !step.cachedShown) {
        step.cachedShown = true;
        this.print(`#${step.number} CACHED`);
      }
      if (vertex.error && !step.error) {
        step.error = vertex.error;
        this.print(`#${step.number} ERROR: ${vertex.error}`);
      }
    }
    for (const log of status.logs) {
      const parts = ((this.partialLogs.get(log.vertex) ?? '') + log.message).split('\n');
      this.partialLogs.set(log.vertex, parts.pop() ?? '');
      for (const line of parts) this.vertexLine(log.vertex, line.replace(/\r$/, ''));
    }
    for (const warning of status.warnings) this.print(`WARNING: ${warning}`);
  }

  private vertexLine(digest: string, line: string): void {
    const step = this.vertexes.get(digest);
    step?.lines.push(line);
    this.print(step ? `#${step.number} ${line}` : line);
  }
}

function isImageIdAux(aux: unknown): aux is { ID: string } {
  return typeof aux === 'object' && aux !== null && typeof (aux as { ID?: unknown }).ID === 'string';
}
