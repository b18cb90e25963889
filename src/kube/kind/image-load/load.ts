import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type Docker from 'dockerode';
import { ConfigurationError } from '../../../errors.js';
import type { Logger } from '../../../log.js';
import { formatDuration } from '../../../shared/format/format-duration.js';
import { missingImages, nodeImages, type WantedImage } from './node-images.js';
import { resolveTargetNodes, type NodeTarget } from './nodes.js';
import { checkLoadableRefs, normalizeImageRef } from './refs.js';
import { withRetries } from './retry.js';
import { saveImages, type SavedArchive } from './save.js';
import { execInNode } from '../node-exec.js';
import { KIND_CLUSTER_LABEL, listKindNodes, type KindNode } from '../nodes.js';

export interface LoadImagesOptions {
  docker: Docker;
  /** kind cluster name. */
  cluster: string;
  /** Tagged references of local images (never :latest). */
  images: string[];
  /** Node names; all nodes when absent or empty. */
  nodes?: string[];
  /** Kubernetes label selector choosing the nodes instead of `nodes`; read through `kubeconfig`. */
  nodeSelector?: string;
  /** For `nodeSelector`; default $KUBECONFIG. */
  kubeconfig?: string;
  logger: Logger;
  /** Retries of a node's import after a failure (default 2). */
  retries?: number;
  /** Delay before the first retry, doubled after each (default 1s). */
  backoffMs?: number;
}

export interface NodeLoad {
  node: string;
  /** Images imported into this node; empty when it held all of them already. */
  loaded: string[];
  attempts: number;
  durationMs: number;
}

export interface LoadImagesResult {
  images: { ref: string; id: string }[];
  nodes: NodeLoad[];
  /** Size of the one tar streamed to the nodes (0 when every node held every image). */
  archiveBytes: number;
  durationMs: number;
}

const IMPORT = [
  'ctr',
  '--namespace=k8s.io',
  'images',
  'import',
  '--all-platforms',
  '--digests',
  '--snapshotter=overlayfs',
  '-',
];

/**
 * Loads local images into a kind cluster's nodes in one batch: one `docker save` of every image some node
 * lacks, streamed into each such node's containerd at the same time; nodes that already hold an image
 * with the same ID and tag are skipped.
 */
export async function loadImages(options: LoadImagesOptions): Promise<LoadImagesResult> {
  const started = Date.now();
  const { docker, logger } = options;
  const wanted = await localImages(docker, options.images);
  const targets = await targetNodes(options);
  const held = await Promise.all(
    targets.map(async (node) => ({
      node,
      missing: missingImages(await nodeImages(docker, node.name), wanted),
    })),
  );
  const toLoad = held.filter((entry) => entry.missing.length > 0);
  const skipped: NodeLoad[] = held
    .filter((entry) => entry.missing.length === 0)
    .map((entry) => ({ node: entry.node.name, loaded: [], attempts: 0, durationMs: 0 }));
  for (const entry of skipped)
    logger.info(
      `${entry.node}: already holds ${wanted.length === 1 ? 'the image' : `all ${wanted.length} images`}`,
    );
  const images = wanted.map(({ ref, id }) => ({ ref, id }));
  if (toLoad.length === 0)
    return { images, nodes: skipped, archiveBytes: 0, durationMs: Date.now() - started };

  const refs = wanted
    .filter((image) => toLoad.some((entry) => entry.missing.includes(image)))
    .map((image) => image.ref);
  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'inception-images-'));
  try {
    const saveStarted = Date.now();
    const archive = await saveImages(docker, refs, path.join(dir, 'images.tar'), toLoad.length);
    archive.onDisk.then(
      ({ bytes }) =>
        logger.info(
          `saved ${refs.join(', ')} (${(bytes / 2 ** 20).toFixed(1)} MiB) in ${formatDuration(Date.now() - saveStarted)}`,
        ),
      () => undefined,
    );
    const loads = await Promise.all(
      toLoad.map((entry, index) =>
        importInto(entry.node, entry.missing, archive.branches[index] as Readable, archive, options),
      ),
    );
    const { bytes } = await archive.onDisk;
    return { images, nodes: [...loads, ...skipped], archiveBytes: bytes, durationMs: Date.now() - started };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function localImages(docker: Docker, refs: string[]): Promise<WantedImage[]> {
  const unique = checkLoadableRefs(refs);
  if (unique.length === 0) throw new ConfigurationError('No images to load: give at least one name:tag.');
  return Promise.all(
    unique.map(async (ref) => {
      try {
        const { Id } = await docker.getImage(ref).inspect();
        return { ref, normalized: normalizeImageRef(ref), id: Id };
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 404) {
          throw new ConfigurationError(
            `Image "${ref}" is not in the local Docker engine: build or pull it before loading.`,
          );
        }
        throw error;
      }
    }),
  );
}

async function targetNodes(options: LoadImagesOptions): Promise<KindNode[]> {
  const { cluster } = options;
  const nodes = await listKindNodes(options.docker, cluster);
  if (nodes.length === 0) {
    throw new ConfigurationError(
      `No kind cluster "${cluster}": no container is labelled ${KIND_CLUSTER_LABEL}=${cluster}. Run setup-kind first, or give its cluster name.`,
    );
  }
  const target: NodeTarget = options.nodeSelector
    ? { kind: 'selector', selector: options.nodeSelector }
    : options.nodes?.length
      ? { kind: 'names', names: options.nodes }
      : { kind: 'all' };
  // The Kubernetes client is loaded only for a label selector: loading by name or into every node needs
  // just the engine.
  const chosen = await resolveTargetNodes(nodes, target, cluster, async () =>
    (await import('../../client.js')).loadKubeClients({ kubeconfig: options.kubeconfig }),
  );
  const stopped = chosen.filter((node) => !node.running);
  if (stopped.length > 0) {
    throw new Error(
      `node(s) ${stopped.map((node) => node.name).join(', ')} of cluster "${cluster}" are not running.`,
    );
  }
  return chosen;
}

/** The first attempt reads the archive while it is being saved; retries read the finished file. */
async function importInto(
  node: KindNode,
  images: WantedImage[],
  streamed: Readable,
  archive: SavedArchive,
  options: LoadImagesOptions,
): Promise<NodeLoad> {
  const started = Date.now();
  let attempts = 0;
  await withRetries(
    `loading images into ${node.name}`,
    { retries: options.retries ?? 2, backoffMs: options.backoffMs ?? 1000, logger: options.logger },
    async (attempt) => {
      attempts = attempt;
      const input = attempt === 1 ? streamed : createReadStream((await archive.onDisk).file);
      try {
        const result = await execInNode(options.docker, node.name, IMPORT, input);
        if (result.exitCode !== 0) {
          throw new Error(
            `ctr images import exited with ${result.exitCode}: ${(result.stderr || result.stdout).trim()}`,
          );
        }
      } finally {
        // A failed import must stop reading its branch, or the others would wait on it.
        input.destroy();
      }
    },
  );
  const durationMs = Date.now() - started;
  options.logger.info(
    `${node.name}: loaded ${images.map((image) => image.ref).join(', ')} in ${formatDuration(durationMs)}`,
  );
  return { node: node.name, loaded: images.map((image) => image.ref), attempts, durationMs };
}
