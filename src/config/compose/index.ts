export {
  COMPOSE_FILE_NAMES,
  COMPOSE_OVERRIDE_NAMES,
  discoverComposeFiles,
  findComposeFiles,
} from './files/discover.js';
export { loadComposeFile, loadComposeFiles } from './loader.js';
export type { ComposeLoadOptions } from './loader.js';
export type {
  ComposeProject,
  FileMount,
  FileSource,
  NetworkMode,
  NetworkSpec,
  RuntimeSpec,
  ServiceResources,
  VolumeMount,
  DependencyCondition,
  HealthcheckSpec,
  ServiceSpec,
  WaitStrategy,
  WatchAction,
  WatchRule,
  ServiceHook,
} from './model.js';
export { parseWaitStrategy } from './service/startup/wait-strategy.js';
export { restartDependents } from './project/restart-dependents.js';
export { sharedNamespaceService } from './service/service.js';
