/** One line of `act --json`: a logrus entry with act's fields. */
export interface ActEvent {
  level: string;
  msg: string;
  time?: string;
  /** `<workflow file>/<job name>`, padded with spaces to the longest job name. */
  job?: string;
  jobID?: string;
  matrix?: Record<string, unknown>;
  /** `Pre`, `Main` or `Post`; absent for "Set up job" and "Complete job". */
  stage?: string;
  step?: string;
  /** The step's `id`, or its index when it has none. "Set up job" spells it `stepid`. */
  stepID?: string[];
  stepid?: string[];
  stepResult?: string;
  jobResult?: string;
  /** Nanoseconds. */
  executionTime?: number;
  raw_output?: boolean;
  command?: string;
  content?: string;
}

export interface JobResult {
  /** The job's name as act shows it: the job id, or `<id>-<n>` for a matrix leg. */
  name: string;
  jobId: string;
  matrix: Record<string, unknown>;
  result: string;
}

export interface StepResult {
  job: string;
  stage: string;
  /** The step's display name (its `name`, else its command or action). */
  name: string;
  /** Its `id`, or its index when it has none. */
  id: string;
  /** The outcome: `success`, `failure` or `skipped` (continue-on-error still shows `failure`). */
  result: string;
  durationMs?: number;
}

export interface StepSummary {
  job: string;
  step: string;
  content: string;
}

export function parseActLine(line: string): ActEvent | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(line);
    return parsed !== null && typeof parsed === 'object' && 'msg' in parsed
      ? (parsed as ActEvent)
      : undefined;
  } catch {
    return undefined;
  }
}

export function jobName(event: ActEvent): string {
  return (event.job ?? '').trim().replace(/^.*?\//, '');
}

export function stepId(event: ActEvent): string {
  return (event.stepID ?? event.stepid ?? [])[0] ?? '';
}

/** act announces every step with "⭐ Run <stage> <name>" before it runs it. */
export function isStepStart(event: ActEvent): boolean {
  return event.step !== undefined && event.msg.trimStart().startsWith('\u2B50 Run ');
}

export function jobResults(events: ActEvent[]): JobResult[] {
  return events
    .filter((e) => e.jobResult !== undefined)
    .map((e) => ({ name: jobName(e), jobId: e.jobID ?? '', matrix: e.matrix ?? {}, result: e.jobResult! }));
}

export function stepResults(events: ActEvent[]): StepResult[] {
  return events
    .filter((e) => e.stepResult !== undefined)
    .map((e) => ({
      job: jobName(e),
      stage: e.stage ?? '',
      name: e.step ?? '',
      id: stepId(e),
      result: e.stepResult!,
      durationMs: e.executionTime === undefined ? undefined : e.executionTime / 1e6,
    }));
}

export function stepSummaries(events: ActEvent[]): StepSummary[] {
  return events
    .filter((e) => e.command === 'summary' && e.content !== undefined)
    .map((e) => ({ job: jobName(e), step: e.step ?? '', content: e.content! }));
}

/** The run as act prints it without --json: `[job] message`, step output as `[job]   | line`. */
export function logText(events: ActEvent[]): string {
  return events
    .map((e) => {
      const prefix = e.job ? `[${jobName(e)}] ` : '';
      const message = e.msg.replace(/\n$/, '');
      if (!e.raw_output) return `${prefix}${message}`;
      return message
        .split('\n')
        .map((line) => `${prefix}  | ${line}`)
        .join('\n');
    })
    .join('\n');
}
