import type Docker from 'dockerode';
import { demultiplex } from './log-frames.js';

export interface ExecOptions {
  command: string[];
  user?: string;
  privileged?: boolean;
  workingDir?: string;
  environment?: Record<string, string>;
  /** Ends the command's stream and resolves with exit code undefined (the command may go on running). */
  signal?: AbortSignal;
  /** The longest to wait for the command; past it, the same as an abort. */
  timeoutMs?: number;
}

export interface ExecResult {
  /** Undefined when the stream ended without the command (aborted, or the container stopped). */
  exitCode?: number;
  /** stdout and stderr, interleaved. */
  output: string;
}

/** Runs a command in a running container, as `docker exec` does, and waits for it to end. */
export async function execInContainer(
  container: Docker.Container,
  options: ExecOptions,
): Promise<ExecResult> {
  const exec = await container.exec({
    Cmd: options.command,
    AttachStdout: true,
    AttachStderr: true,
    ...(options.user ? { User: options.user } : {}),
    ...(options.privileged ? { Privileged: true } : {}),
    ...(options.workingDir ? { WorkingDir: options.workingDir } : {}),
    ...(options.environment
      ? { Env: Object.entries(options.environment).map(([key, value]) => `${key}=${value}`) }
      : {}),
  });
  const stream = await exec.start({ hijack: true, stdin: false });
  const chunks: Buffer[] = [];
  // Cut short (aborted, or past the timeout): the command's end is not waited for.
  let cut = false;
  await new Promise<void>((resolve) => {
    const onAbort = () => {
      cut = true;
      stream.destroy();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    // An abort while the exec was being created or started would otherwise go unheard.
    if (options.signal?.aborted) onAbort();
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(onAbort, options.timeoutMs);
    const done = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', done);
    stream.once('close', done);
    stream.once('error', done);
  });
  const output = demultiplex(Buffer.concat(chunks));
  if (cut) return { output };
  let result = await exec.inspect();
  // The output can end a moment before the engine records the exit code.
  for (let tries = 0; result.Running && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    result = await exec.inspect();
  }
  return { exitCode: result.Running ? undefined : (result.ExitCode ?? undefined), output };
}
