import type Docker from 'dockerode';
import type { ServiceHook } from '../../../config/compose/index.js';
import { execInContainer } from '../../container-exec.js';

/** The hook that failed: its command as written, its exit code (undefined: it never ended), its output. */
export interface HookFailure {
  command: string;
  exitCode?: number;
  output: string;
}

/** Runs the hooks in the container one after the other, as compose does; stops at the first that fails
 * and says which. Aborting ends the running one (and is no failure). */
export async function runHooks(
  container: Docker.Container,
  hooks: ServiceHook[],
  signal?: AbortSignal,
  /** The longest all of them may take together; one still running then has "did not end". */
  timeoutMs?: number,
): Promise<HookFailure | undefined> {
  const deadline = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
  for (const hook of hooks) {
    const left = deadline === undefined ? undefined : Math.max(0, deadline - Date.now());
    const { exitCode, output } = await execInContainer(container, { ...hook, signal, timeoutMs: left });
    if (signal?.aborted) return undefined;
    if (exitCode !== 0) return { command: hook.command.join(' '), exitCode, output };
  }
  return undefined;
}

/** "`cmd` exited with code 3" (or "did not end"), for messages. */
export function hookFailureText(failure: HookFailure): string {
  return `\`${failure.command}\` ${failure.exitCode === undefined ? 'did not end' : `exited with code ${failure.exitCode}`}`;
}
