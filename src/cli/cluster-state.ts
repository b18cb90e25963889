import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltImage } from '../docker/build/index.js';
import type { ClusterTarget } from '../pipeline/cluster.js';
import { workFolder } from './state-file.js';

/** What `inception up` on the cluster path leaves for test, status and down. */
export interface ClusterState extends ClusterTarget {
  namespace: string;
  /** Made by this `up` (absent before), so `down` deletes it. */
  createdNamespace: boolean;
  images: BuiltImage[];
  startedAt: string;
}

const stateFile = (configFile: string) => path.join(workFolder(configFile), 'cluster.json');

export async function readClusterState(configFile: string): Promise<ClusterState | undefined> {
  try {
    return JSON.parse(await readFile(stateFile(configFile), 'utf8')) as ClusterState;
  } catch {
    return undefined;
  }
}

export async function writeClusterState(configFile: string, state: ClusterState): Promise<void> {
  await mkdir(workFolder(configFile), { recursive: true });
  await writeFile(stateFile(configFile), JSON.stringify(state, null, 2) + '\n');
}

export async function clearClusterState(configFile: string): Promise<void> {
  await rm(stateFile(configFile), { force: true });
}
