import { spawn } from 'node:child_process';

// The one child-process runner. Not @actions/exec: it can neither time a child out nor hand back the
// child to kill, and a hung `kind export logs` must not hold a post step, nor a cancelled run its children.

export interface ProgramResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunProgramOptions {
  /** Receives output as it comes (kind's progress lines), besides collecting it. */
  onOutput?: (chunk: string) => void;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Aborting stops the program (SIGTERM), so a cancelled run does not leave it creating things. */
  signal?: AbortSignal;
}

/** The program is not installed (or not on PATH): callers say "skipped" rather than "failed". */
export class ProgramNotFoundError extends Error {
  override readonly name = 'ProgramNotFoundError';
}

/** Lines of output kept in an error message. */
const TAIL_LINES = 40;

/** Runs a program without a shell; resolves with its exit code and output (never rejects on exit codes). */
export function runProgram(
  file: string,
  args: string[],
  options: RunProgramOptions = {},
): Promise<ProgramResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    const stop = () => child.kill('SIGTERM');
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener('abort', stop, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      options.onOutput?.(chunk.toString('utf8'));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      options.onOutput?.(chunk.toString('utf8'));
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', stop);
      reject(error.code === 'ENOENT' ? new ProgramNotFoundError(`"${file}" not found`) : error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', stop);
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** Runs a program and rejects, with the tail of its output, when it exits non-zero. */
export async function runProgramChecked(
  file: string,
  args: string[],
  options: RunProgramOptions = {},
): Promise<ProgramResult> {
  const result = await runProgram(file, args, options);
  if (result.exitCode !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-TAIL_LINES).join('\n');
    throw new Error(`\`${[file, ...args].join(' ')}\` exited with ${result.exitCode}:\n${tail}`);
  }
  return result;
}
