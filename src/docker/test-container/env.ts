import type { EnvironmentInfo } from '../environment/index.js';
import { ENV_NETWORK, networkVariables } from '../environment/index.js';

/**
 * What the tests read to find the environment: `INCEPTION_<SERVICE>_HOST` (the name the service answers to
 * on the network), `_IP` and `_URL` when known, `INCEPTION_ENVIRONMENT` and `INCEPTION_NETWORK` (the
 * network the container joins). The user's variables are applied last, so they win.
 */
export function testContainerEnv(
  environment: EnvironmentInfo | undefined,
  network: string | undefined,
  userEnv: Record<string, string>,
): Record<string, string> {
  const env = environment ? networkVariables(environment) : {};
  delete env[ENV_NETWORK];
  if (network) env[ENV_NETWORK] = network;
  return { ...env, ...userEnv };
}
