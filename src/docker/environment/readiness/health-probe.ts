import type Docker from 'dockerode';
import type { HealthcheckSpec } from '../../../config/compose/index.js';

/** Docker's default healthcheck timeout, and the most one early probe may take here. */
const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_PROBE_MS = 5_000;

/** The healthcheck's test as an exec command, or undefined for NONE / an empty test. */
export function healthcheckCommand(test: string[]): string[] | undefined {
  const [kind, ...rest] = test;
  if (kind === 'CMD' && rest.length > 0) return rest;
  if (kind === 'CMD-SHELL' && rest.length > 0) return ['/bin/sh', '-c', rest.join(' ')];
  return undefined;
}

/**
 * Runs the service's healthcheck command once in its container, as the engine would, and says whether it
 * passed. Docker runs the first check only after a whole `interval` (this engine has no start_interval), so
 * a service whose check already passes would wait for nothing; a passing probe counts as its first success.
 * Any error (the container stopped, the command is missing) is "not yet": the engine's own check decides.
 */
export async function probeHealthcheck(
  container: Docker.Container,
  healthcheck: HealthcheckSpec,
): Promise<boolean> {
  const command = healthcheckCommand(healthcheck.test);
  if (!command) return false;
  const timeoutMs = Math.min(healthcheck.timeoutMs ?? DEFAULT_TIMEOUT_MS, MAX_PROBE_MS);
  try {
    const exec = await container.exec({ Cmd: command, AttachStdout: true, AttachStderr: true });
    const stream = await exec.start({ hijack: true, stdin: false });
    const finished = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        stream.destroy();
        resolve(false);
      }, timeoutMs);
      stream.on('data', () => undefined);
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      stream.once('end', done);
      stream.once('close', done);
      stream.once('error', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (!finished) return false;
    const result = await exec.inspect();
    return !result.Running && result.ExitCode === 0;
  } catch {
    return false;
  }
}
