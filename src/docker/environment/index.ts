export { removeEnvironment } from './cleanup.js';
export type { EnvironmentInfo, ServiceAddress } from './info.js';
export { generateEnvironmentName, validateEnvironmentName } from './name.js';
export { upEnvironment } from './up.js';
export { ENV_ENVIRONMENT, ENV_NETWORK, ENV_SERVICES, hostVariables, networkVariables } from './variables.js';
