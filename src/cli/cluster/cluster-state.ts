import type { BuiltImage } from '../../docker/build/index.js';
import type { ClusterTarget } from '../../pipeline/index.js';
import { stateStore } from '../project/state-file.js';

/** What `inception up` on the cluster path leaves for test, status and down. */
export interface ClusterState extends ClusterTarget {
  namespace: string;
  /** Made by this `up` (absent before), so `down` deletes it. */
  createdNamespace: boolean;
  images: BuiltImage[];
  /** Helm releases of cluster.deploy, uninstalled by `down` (absent in state files of older versions). */
  helmReleases?: string[];
  startedAt: string;
}

const clusterState = stateStore<ClusterState>('cluster.json');
export const readClusterState = clusterState.read;
export const writeClusterState = clusterState.write;
export const clearClusterState = clusterState.clear;
