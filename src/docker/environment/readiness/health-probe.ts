import type Docker from 'dockerode';
import type { HealthcheckSpec } from '../../../config/compose/index.js';
import { execInContainer } from '../../container-exec.js';

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
    const { exitCode } = await execInContainer(container, { command, timeoutMs });
    return exitCode === 0;
  } catch {
    return false;
  }
}
