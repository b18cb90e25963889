export { removeEnvironment } from './cleanup.js';
export type { CleanupReport } from './cleanup.js';
export { sweepLeftovers } from './sweep.js';
export type { SweepReport } from './sweep.js';
export type { EnvironmentInfo, ServiceAddress } from './info.js';
export { generateEnvironmentName, validateEnvironmentName } from './name.js';
export { upEnvironment } from './up.js';
export { ENV_ENVIRONMENT, ENV_NETWORK, ENV_SERVICES, hostVariables, networkVariables } from './variables.js';
