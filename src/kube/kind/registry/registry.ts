import net from 'node:net';
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import type Docker from 'dockerode';
import { ConfigurationError, errorMessage } from '../../../errors.js';
import type { Logger } from '../../../log.js';
import type { KubeClients } from '../../client.js';
import { execInNode } from '../node-exec.js';
import {
  localRegistryHostingData,
  REGISTRY_CONTAINER_PORT,
  registryContainerName,
  registryHostsPath,
  registryHostsToml,
} from './config.js';

/** Our label on a registry container; its value is the cluster's name. */
export const REGISTRY_LABEL = 'io.inception.kind-registry';

export interface LocalRegistry {
  container: string;
  /** `localhost:<port>`: push here from the runner, and use it in image references in the cluster. */
  host: string;
  port: number;
}

export interface StartRegistryOptions {
  docker: Docker;
  cluster: string;
  image: string;
  /** Host port on 127.0.0.1; a free one when absent. */
  port?: number;
  logger: Logger;
}

/** How long a fresh registry container may take to answer /v2/. */
const READY_TIMEOUT_MS = 30_000;

/** Starts the registry container, published on 127.0.0.1:<port>, and waits until it answers /v2/. */
export async function startLocalRegistry(options: StartRegistryOptions): Promise<LocalRegistry> {
  const { docker, cluster, image } = options;
  try {
    await docker.getImage(image).inspect();
  } catch {
    throw new ConfigurationError(
      `The registry image "${image}" is not in the local Docker engine and is not pulled by setup-kind: pull it first ` +
        '(docker pull registry:2), or set registry-image to one you have.',
    );
  }
  const port = options.port ?? (await freePort());
  const name = registryContainerName(cluster);
  const container = await docker.createContainer({
    name,
    Image: image,
    Labels: { [REGISTRY_LABEL]: cluster },
    ExposedPorts: { [`${REGISTRY_CONTAINER_PORT}/tcp`]: {} },
    HostConfig: {
      PortBindings: { [`${REGISTRY_CONTAINER_PORT}/tcp`]: [{ HostIp: '127.0.0.1', HostPort: String(port) }] },
      RestartPolicy: { Name: 'unless-stopped' },
    },
  });
  await container.start();
  const host = `localhost:${port}`;
  await waitForRegistry(port, READY_TIMEOUT_MS);
  options.logger.info(`registry ${name} answers at ${host}`);
  return { container: name, host, port };
}

/**
 * Joins the registry to the cluster's Docker network and tells every node's containerd to pull
 * `localhost:<port>/…` from it; publishes the KEP-1755 ConfigMap.
 */
export async function connectLocalRegistry(
  docker: Docker,
  registry: LocalRegistry,
  nodes: string[],
  clients: KubeClients,
  network = process.env.KIND_EXPERIMENTAL_DOCKER_NETWORK || 'kind',
): Promise<void> {
  const info = await docker.getContainer(registry.container).inspect();
  if (!info.NetworkSettings.Networks[network])
    await docker.getNetwork(network).connect({ Container: registry.container });
  const file = registryHostsPath(registry.host);
  const dir = posix.dirname(file);
  await Promise.all(
    nodes.map(async (node) => {
      const write = await execInNode(
        docker,
        node,
        ['sh', '-c', `mkdir -p '${dir}' && cat > '${file}'`],
        Readable.from([registryHostsToml(registry.container)]),
      );
      if (write.exitCode !== 0)
        throw new Error(`could not write ${file} on node ${node}: ${write.stderr.trim()}`);
    }),
  );
  const body = {
    metadata: { name: 'local-registry-hosting', namespace: 'kube-public' },
    data: localRegistryHostingData(registry.host),
  };
  try {
    await clients.core.createNamespacedConfigMap({ namespace: 'kube-public', body });
  } catch (error) {
    if ((error as { code?: number }).code !== 409) throw error;
    await clients.core.replaceNamespacedConfigMap({
      name: 'local-registry-hosting',
      namespace: 'kube-public',
      body,
    });
  }
}

/** Removes the cluster's registry container (and its anonymous storage volume); absent is fine. */
export async function removeLocalRegistry(docker: Docker, cluster: string, logger: Logger): Promise<boolean> {
  const containers = await docker.listContainers({
    all: true,
    filters: { label: [`${REGISTRY_LABEL}=${cluster}`] },
  });
  for (const container of containers) {
    try {
      await docker.getContainer(container.Id).remove({ force: true, v: true });
      logger.info(`removed registry container ${container.Names[0]?.replace(/^\//, '') ?? container.Id}`);
    } catch (error) {
      logger.warn(`could not remove registry container ${container.Id}: ${errorMessage(error)}`);
    }
  }
  return containers.length > 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

async function waitForRegistry(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v2/`);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = errorMessage(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `the registry on 127.0.0.1:${port} did not answer /v2/ within ${timeoutMs / 1000}s (${last})`,
  );
}
