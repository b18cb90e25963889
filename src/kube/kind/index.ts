export { defaultClusterName, validateClusterName } from './cluster-name.js';
import type { createKindCluster as create, deleteKindCluster as remove } from './cluster.js';

export type { KindClusterInfo } from './cluster.js';

// Cluster lifecycle needs the Kubernetes client (readiness); loading images into nodes does not, so the
// lifecycle is loaded when used.
export async function createKindCluster(...args: Parameters<typeof create>): ReturnType<typeof create> {
  return (await import('./cluster.js')).createKindCluster(...args);
}

export async function deleteKindCluster(...args: Parameters<typeof remove>): ReturnType<typeof remove> {
  return (await import('./cluster.js')).deleteKindCluster(...args);
}
export { parseNodeLabels, parsePortMapping } from './config.js';
export type { GeneratedKindConfig } from './config.js';
export { loadImages } from './image-load/load.js';
export { listKindNodes } from './nodes.js';
export { parseNodeTarget } from './image-load/nodes.js';
export { checkLoadableRef } from './image-load/refs.js';
export { pushToLocalRegistry } from './registry/push.js';
