import type { EnvironmentInfo } from './environment-info.js';

/** `orders-db` -> `ORDERS_DB`, the middle part of `INCEPTION_<SERVICE>_HOST`. */
export function serviceEnvName(service: string): string {
  return service.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/**
 * What the tests read to find the environment: `INCEPTION_<SERVICE>_HOST` (the name the service answers to
 * on the network), `INCEPTION_<SERVICE>_URL` when the service has an internal URL, `INCEPTION_ENVIRONMENT`
 * and `INCEPTION_NETWORK`. The user's variables are applied last, so they win.
 */
export function testContainerEnv(
  environment: EnvironmentInfo | undefined,
  network: string | undefined,
  userEnv: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  if (environment) {
    env.INCEPTION_ENVIRONMENT = environment.name;
    for (const [service, address] of Object.entries(environment.services)) {
      const key = serviceEnvName(service);
      env[`INCEPTION_${key}_HOST`] = address.hostname || service;
      if (address.internalUrl) env[`INCEPTION_${key}_URL`] = address.internalUrl;
    }
  }
  if (network) env.INCEPTION_NETWORK = network;
  return { ...env, ...userEnv };
}
