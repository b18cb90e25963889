import { referenceDomain } from '../image-load/refs.js';

/** Port the registry listens on inside its container (registry:2's default). */
export const REGISTRY_CONTAINER_PORT = 5000;

/** The registry container of a cluster; one per cluster, so clusters side by side do not share one. */
export function registryContainerName(cluster: string): string {
  return `${cluster}-registry`;
}

/**
 * containerd's hosts.toml for `localhost:<port>` on a node: pulls of that name go, over plain HTTP, to the
 * registry container on the kind network, so the same reference works from the runner and in the cluster.
 */
export function registryHostsToml(container: string): string {
  return `[host."http://${container}:${REGISTRY_CONTAINER_PORT}"]\n  capabilities = ["pull", "resolve"]\n`;
}

/** Where containerd looks for that file (config_path set by the kind config patch). */
export function registryHostsPath(host: string): string {
  return `/etc/containerd/certs.d/${host}/hosts.toml`;
}

/** KEP-1755's ConfigMap, by which tools in the cluster learn where the local registry is. */
export function localRegistryHostingData(host: string): Record<string, string> {
  return {
    'localRegistryHosting.v1': `host: "${host}"\nhelp: "https://kind.sigs.k8s.io/docs/user/local-registry/"\n`,
  };
}

/** `api:run-1` → `localhost:5001/api:run-1`; a registry domain of the original is replaced. */
export function registryReference(host: string, ref: string): string {
  const domain = referenceDomain(ref);
  return `${host}/${domain ? ref.slice(domain.length + 1) : ref}`;
}
