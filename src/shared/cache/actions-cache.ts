import type { Logger } from '../../log.js';

export type ActionsCacheModule = typeof import('@actions/cache');

/** Whether the runner offers a cache service at all; decided without loading @actions/cache. */
export function actionsCacheOffered(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}

/** @actions/cache, loaded on first use: actions and runs without a cache service never pay for it. */
export async function loadActionsCache(logger: Logger): Promise<ActionsCacheModule | undefined> {
  const cache = await import('@actions/cache');
  if (cache.isFeatureAvailable()) return cache;
  logger.debug('the runner offers no cache service that @actions/cache can use');
  return undefined;
}
