export { defaultClusterName, validateClusterName } from './cluster-name.js';
export { createKindCluster, deleteKindCluster } from './cluster.js';
export type { KindClusterInfo } from './cluster.js';
export { parseNodeLabels, parsePortMapping } from './config.js';
export type { GeneratedKindConfig } from './config.js';
export { loadImages } from './image-load/load.js';
export { parseNodeTarget } from './image-load/nodes.js';
export { pushToLocalRegistry } from './registry/push.js';
