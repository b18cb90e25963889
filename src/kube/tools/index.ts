export { installKind, installKubectl } from './install.js';
export type { InstalledTool } from './install.js';
export { requireVersion } from './version.js';
