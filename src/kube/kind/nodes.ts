import type Docker from 'dockerode';

/** kind labels every node container of a cluster with its name and role. */
export const KIND_CLUSTER_LABEL = 'io.x-k8s.kind.cluster';
export const KIND_ROLE_LABEL = 'io.x-k8s.kind.role';

export interface KindNode {
  /** Container name, which is also the Kubernetes node name. */
  name: string;
  role: string;
  running: boolean;
}

/** The node containers of a kind cluster, sorted by name. */
export async function listKindNodes(docker: Docker, cluster: string): Promise<KindNode[]> {
  const containers = await docker.listContainers({
    all: true,
    filters: { label: [`${KIND_CLUSTER_LABEL}=${cluster}`] },
  });
  return containers
    .map((container) => ({
      name: (container.Names[0] ?? container.Id).replace(/^\//, ''),
      role: container.Labels[KIND_ROLE_LABEL] ?? 'unknown',
      running: container.State === 'running',
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
