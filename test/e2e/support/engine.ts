import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { connectDocker } from '../../../src/docker/client.js';
import { LABEL_MANAGED } from '../../../src/shared/labels.js';
import { repoRoot } from './act.js';

/** Starts the engine the way .ci/setup does when nothing answers. */
export async function ensureEngine(): Promise<void> {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore' });
  } catch {
    execFileSync('bash', [path.join(repoRoot, '.ci/start-docker.sh')], { stdio: 'inherit' });
  }
}

/** Containers, networks and volumes labelled as ours, by name: what a run must not leave behind. */
export async function ourLeftovers(): Promise<{
  containers: string[];
  networks: string[];
  volumes: string[];
}> {
  const docker = await connectDocker();
  const filters = { label: [`${LABEL_MANAGED}=true`] };
  const [containers, networks, volumes] = await Promise.all([
    docker.listContainers({ all: true, filters }),
    docker.listNetworks({ filters }),
    docker.listVolumes({ filters }),
  ]);
  return {
    containers: containers.map((container) => container.Names[0] ?? container.Id),
    networks: networks.map((network) => network.Name),
    volumes: (volumes.Volumes ?? []).map((volume) => volume.Name),
  };
}
