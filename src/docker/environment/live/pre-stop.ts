import type Docker from 'dockerode';
import type { ServiceHook } from '../../../config/compose/index.js';
import type { Logger } from '../../../log.js';
import { errorMessage } from '../../../errors.js';
import { hookFailureText, runHooks } from './run-hooks.js';

/** A stop must not wait on a hook that hangs: compose's default stop grace period. */
const PRE_STOP_TIMEOUT_MS = 10_000;

/** `pre_stop`: the service's hooks run in its running container before a graceful stop, as compose runs
 * them. A hook that fails is said and the stop goes on: what is being removed must still go. */
export async function runPreStop(
  container: Docker.Container,
  service: string,
  hooks: ServiceHook[],
  logger: Logger,
  signal?: AbortSignal,
): Promise<void> {
  if (hooks.length === 0) return;
  try {
    const failure = await runHooks(container, hooks, signal, PRE_STOP_TIMEOUT_MS);
    if (failure) logger.warn(`${service}: its pre_stop ${hookFailureText(failure)}; stopping it anyway`);
  } catch (error) {
    logger.warn(`${service}: its pre_stop could not run (${errorMessage(error)}); stopping it anyway`);
  }
}
