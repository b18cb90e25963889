export { installKind, installKubectl } from './install.js';
export type { InstalledTool, InstallOptions } from './install.js';
export { requireVersion } from './version.js';
