import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type Docker from 'dockerode';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { formatDuration } from '../../shared/format/format-duration.js';
import { loadKubeClients } from '../client.js';
import { serverVersion, waitForClusterReady, type NodeReadiness } from './ready.js';
import { kindContext } from './cluster-name.js';
import { addRegistryPatch, generateKindConfig, type GeneratedKindConfig } from './config.js';
import { listKindNodes } from './nodes.js';
import {
  connectLocalRegistry,
  removeLocalRegistry,
  startLocalRegistry,
  type LocalRegistry,
} from './registry/registry.js';
import { runProgram, runProgramChecked } from '../../shared/process/run-command.js';

export interface CreateKindClusterOptions {
  docker: Docker;
  /** The kind executable. */
  kind: string;
  name: string;
  /** kind's default for its version when absent. */
  nodeImage?: string;
  /** A kind config file of the user's, or what to generate one from. */
  config: { file: string } | { generate: GeneratedKindConfig };
  /** Start a local registry the nodes pull `localhost:<port>/…` from. */
  registry?: { image: string; port?: number };
  /** Where kind writes the cluster's kubeconfig. */
  kubeconfig: string;
  /** For every node Ready and CoreDNS available. */
  waitMs: number;
  logger: Logger;
  /** Aborting stops `kind create`; what it made is left for deleteKindCluster, as after a failure. */
  signal?: AbortSignal;
}

export interface KindClusterInfo {
  name: string;
  kubeconfig: string;
  context: string;
  kubernetesVersion: string;
  nodes: NodeReadiness[];
  registry?: LocalRegistry;
  /** Milliseconds per phase, in order. */
  phases: { name: string; ms: number }[];
}

/**
 * Creates a kind cluster and waits through the API until every node is Ready and CoreDNS is available.
 * A cluster that fails half-way is left (kind --retain) so its diagnostics can be collected; call
 * deleteKindCluster afterwards either way.
 */
export async function createKindCluster(options: CreateKindClusterOptions): Promise<KindClusterInfo> {
  const { logger, docker, name } = options;
  const phases: KindClusterInfo['phases'] = [];
  const phase = async <T>(title: string, fn: () => Promise<T>): Promise<T> =>
    logger.group(title, async () => {
      const started = Date.now();
      const result = await fn();
      const ms = Date.now() - started;
      phases.push({ name: title, ms });
      logger.info(`${title}: done in ${formatDuration(ms)}`);
      return result;
    });

  const work = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), `kind-${name}-`));
  try {
    const configFile = await writeConfig(options, work);
    const registry = options.registry
      ? await phase(`Start local registry for ${name}`, () =>
          startLocalRegistry({
            docker,
            cluster: name,
            image: options.registry!.image,
            port: options.registry!.port,
            logger,
          }),
        )
      : undefined;
    await mkdir(path.dirname(options.kubeconfig), { recursive: true });
    await phase(`Create kind cluster ${name}`, async () => {
      logger.info(await readFile(configFile, 'utf8'));
      const args = [
        'create',
        'cluster',
        '--name',
        name,
        '--config',
        configFile,
        '--kubeconfig',
        options.kubeconfig,
      ];
      if (options.nodeImage) args.push('--image', options.nodeImage);
      await runProgramChecked(options.kind, [...args, '--wait', '0s', '--retain'], {
        onOutput: (chunk) => logger.output(chunk),
        signal: options.signal,
      });
      options.signal?.throwIfAborted();
    });
    const context = kindContext(name);
    const clients = loadKubeClients({ kubeconfig: options.kubeconfig, context });
    if (registry) {
      await phase(`Connect registry ${registry.host} to ${name}`, async () => {
        const nodes = (await listKindNodes(docker, name)).map((node) => node.name);
        await connectLocalRegistry(docker, registry, nodes, clients);
      });
    }
    const ready = await phase(`Wait for nodes and CoreDNS of ${name}`, () =>
      waitForClusterReady(clients, { timeoutMs: options.waitMs, logger }),
    );
    return {
      name,
      kubeconfig: options.kubeconfig,
      context,
      kubernetesVersion: await serverVersion(clients),
      nodes: ready.nodes,
      registry,
      phases,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function writeConfig(options: CreateKindClusterOptions, work: string): Promise<string> {
  const { config } = options;
  if ('file' in config && !options.registry) return config.file;
  const text =
    'file' in config
      ? addRegistryPatch(await readFile(config.file, 'utf8'), `kind config ${config.file}`)
      : generateKindConfig(config.generate, !!options.registry);
  const file = path.join(work, 'kind-config.yaml');
  await writeFile(file, text);
  return file;
}

export interface DeleteKindClusterOptions {
  docker: Docker;
  kind: string;
  name: string;
  kubeconfig?: string;
  logger: Logger;
}

/**
 * Deletes the cluster's nodes (kind delete) and its local registry; a cluster already gone is fine. Node
 * containers kind could not remove (or a kind binary that is gone) are removed through the engine.
 */
export async function deleteKindCluster(options: DeleteKindClusterOptions): Promise<void> {
  const { docker, name, logger } = options;
  const args = ['delete', 'cluster', '--name', name];
  if (options.kubeconfig) args.push('--kubeconfig', options.kubeconfig);
  const result = await runProgram(options.kind, args).catch((error: unknown) => ({
    exitCode: -1,
    stdout: '',
    stderr: `could not run ${options.kind}: ${errorMessage(error)}\n`,
  }));
  logger.output(result.stdout + result.stderr);
  await removeLocalRegistry(docker, name, logger);
  for (const node of await listKindNodes(docker, name)) {
    await docker.getContainer(node.name).remove({ force: true, v: true });
    logger.info(`removed node container ${node.name} through the engine`);
  }
  if (result.exitCode !== 0) logger.warn(`kind delete cluster ${name} exited with ${result.exitCode}`);
}
