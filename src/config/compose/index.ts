export { loadComposeFile } from './loader.js';
export type {
  ComposeProject,
  DependencyCondition,
  HealthcheckSpec,
  ServiceSpec,
  WaitStrategy,
} from './model.js';
export { parseWaitStrategy } from './service/wait-strategy.js';
