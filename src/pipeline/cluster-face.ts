import type * as cluster from './cluster.js';

// The cluster path needs the Kubernetes client; the Docker pipeline (the root action) never pays for it.
const load = () => import('./cluster.js');

export async function ensureKindCluster(
  ...args: Parameters<typeof cluster.ensureKindCluster>
): ReturnType<typeof cluster.ensureKindCluster> {
  return (await load()).ensureKindCluster(...args);
}

export async function kindClusterOf(
  ...args: Parameters<typeof cluster.kindClusterOf>
): ReturnType<typeof cluster.kindClusterOf> {
  return (await load()).kindClusterOf(...args);
}

export async function deployToCluster(
  ...args: Parameters<typeof cluster.deployToCluster>
): ReturnType<typeof cluster.deployToCluster> {
  return (await load()).deployToCluster(...args);
}

export async function runClusterTests(
  ...args: Parameters<typeof cluster.runClusterTests>
): ReturnType<typeof cluster.runClusterTests> {
  return (await load()).runClusterTests(...args);
}

export async function buildAndLoad(
  ...args: Parameters<typeof cluster.buildAndLoad>
): ReturnType<typeof cluster.buildAndLoad> {
  return (await load()).buildAndLoad(...args);
}
