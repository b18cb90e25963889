export {
  DEFAULT_TEST_REPORTS,
  DEFAULT_TEST_TIMEOUT_MS,
  composeFilesOf,
  loadInceptionConfig,
  parseInceptionConfig,
} from './inception-config.js';
export type { InceptionConfig } from './inception-config.js';
export type { ClusterConfig, HelmRelease } from './cluster-config.js';
export type { ConfigSuite } from './suites-config.js';
