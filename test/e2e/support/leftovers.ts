import { labelFilter } from '../../../src/shared/identity/labels.js';
import { docker } from '../../support/docker.js';

/** The environments a run brought up: setup-docker and the root action export INCEPTION_ENVIRONMENT. */
export function environmentsOf(log: string): string[] {
  return [...new Set([...log.matchAll(/INCEPTION_ENVIRONMENT=([a-z0-9][a-z0-9_.-]*)/g)].map((m) => m[1]!))];
}

/** What is left on the engine of these environments, found by label as cleanup finds it. Other tests
 * may share the engine, so only these environments count. */
export async function leftovers(environments: string[]): Promise<string[]> {
  const left: string[] = [];
  for (const environment of environments) {
    const filters = JSON.stringify(labelFilter(environment));
    const containers = await docker.listContainers({ all: true, filters });
    const networks = await docker.listNetworks({ filters });
    const { Volumes: volumes } = await docker.listVolumes({ filters });
    left.push(
      ...containers.map((c) => `container ${c.Names.join(',')}`),
      ...networks.map((n) => `network ${n.Name}`),
      ...(volumes ?? []).map((v) => `volume ${v.Name}`),
    );
  }
  return left;
}

/** Removes the images these runs' build-images steps tagged `<name>:run-<run id>-<attempt>`, and no other. */
export async function removeRunImages(
  name: string,
  runs: { runId: string; attempt: number }[],
): Promise<void> {
  for (const { runId, attempt } of runs) {
    await docker
      .getImage(`${name}:run-${runId}-${attempt}`)
      .remove()
      .catch((error: { statusCode?: number }) => {
        if (error.statusCode !== 404) throw error;
      });
  }
}
