// Test helper: a real kind cluster made from the node image that test/kind/build.sh builds (no registry
// is needed). Used by the Kubernetes integration tests.
import { execFile, type ExecFileOptions } from 'node:child_process';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDockerClient } from '../../src/docker/client.js';
import { createKindCluster } from '../../src/kube/kind/cluster.js';
import { silentLogger } from '../../src/log.js';

const kindDir = fileURLToPath(new URL('../kind/', import.meta.url));
const buildScript = join(kindDir, 'build.sh');

export interface KindTools {
  /** The kind binary. */
  kind: string;
  /** The node image for `kind create cluster --image`. */
  nodeImage: string;
  /** A kubectl matching the node image's Kubernetes version. */
  kubectl: string;
}

export interface KindClusterOptions {
  /** Cluster name; kind prefixes node containers with it. */
  name: string;
  /** Worker nodes besides the single control plane (default 0). */
  workers?: number;
  /** Labels put on every worker node, e.g. { 'node.type': 'services' }. */
  workerLabels?: Record<string, string>;
}

export interface KindCluster {
  name: string;
  /** Path of a kubeconfig holding only this cluster (a temporary file, removed by delete()). */
  kubeconfig: string;
  tools: KindTools;
  /** Runs kubectl against this cluster and resolves with its stdout. */
  kubectl(args: string[], options?: { input?: string; timeoutMs?: number }): Promise<string>;
  /** Runs `kind export logs` into dir (journal, kubelet, containerd, images and pod logs of every node). */
  exportLogs(dir: string): Promise<void>;
  /** Deletes the cluster (its node containers and their volumes) and the kubeconfig. Idempotent. */
  delete(): Promise<void>;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a program without a shell (`input` on its stdin); rejects with its stderr on a non-zero exit. */
export function run(
  file: string,
  args: string[],
  options: ExecFileOptions & { input?: string } = {},
): Promise<RunResult> {
  const { input, ...execOptions } = options;
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', ...execOptions },
      (error, stdout, stderr) => {
        const result = { stdout: String(stdout), stderr: String(stderr) };
        if (error) {
          // error.message already repeats the command and stderr; say only how it ended.
          const how = error.killed
            ? `killed (${error.signal}; timeout ${execOptions.timeout ?? 0} ms)`
            : typeof error.code === 'number'
              ? `exit code ${error.code}`
              : error.message;
          reject(
            Object.assign(new Error(`${file} ${args.join(' ')} failed: ${how}\n${result.stderr}`), result),
          );
        } else {
          resolve(result);
        }
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

function parseEnv(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}

/** The tools named by build.sh's `KIND=`, `NODE_IMAGE=`, `KUBECTL=` lines; undefined when one is missing. */
function toolsOf(text: string): KindTools | undefined {
  const env = parseEnv(text);
  if (!env.KIND || !env.NODE_IMAGE || !env.KUBECTL) return undefined;
  return { kind: env.KIND, nodeImage: env.NODE_IMAGE, kubectl: env.KUBECTL };
}

/**
 * Finds kind, the node image and kubectl: from KIND / KIND_NODE_IMAGE / KUBECTL when all are set,
 * otherwise by running build.sh (a few seconds when its cache is warm; a cold build takes tens of minutes).
 */
export async function findKindTools(): Promise<KindTools> {
  const { KIND, KIND_NODE_IMAGE, KUBECTL } = process.env;
  if (KIND && KIND_NODE_IMAGE && KUBECTL) return { kind: KIND, nodeImage: KIND_NODE_IMAGE, kubectl: KUBECTL };
  const { stdout } = await run('bash', [buildScript], { timeout: 90 * 60 * 1000 });
  const tools = toolsOf(stdout);
  if (!tools) throw new Error(`build.sh did not report KIND, NODE_IMAGE and KUBECTL:\n${stdout}`);
  return tools;
}

/** Last build's result without building (undefined when build.sh never ran here). */
export async function lastBuild(): Promise<KindTools | undefined> {
  const file = join(process.env.INCEPTION_KIND_CACHE ?? join(homedir(), '.cache/inception/kind'), 'env');
  return existsSync(file) ? toolsOf(await readFile(file, 'utf8')) : undefined;
}

/**
 * Creates a kind cluster the way setup-kind does (createKindCluster: every node Ready, CoreDNS available)
 * from the node image build.sh makes. Call delete() when done.
 */
export async function withKindCluster(options: KindClusterOptions): Promise<KindCluster> {
  const tools = await findKindTools();
  const { name } = options;
  const dir = await mkdtemp(join(tmpdir(), `kind-${name}-`));
  const kubeconfig = join(dir, 'kubeconfig');

  let deleted = false;
  // `kind delete` itself (not deleteKindCluster, which would remove what kind leaves behind): the kind
  // tests check that kind leaves nothing.
  const cluster = clusterHandle(name, kubeconfig, tools, async () => {
    if (deleted) return;
    await run(tools.kind, ['delete', 'cluster', '--name', name, '--kubeconfig', kubeconfig], {
      timeout: 180_000,
    });
    deleted = true;
    await rm(dir, { recursive: true, force: true });
  });

  try {
    await createKindCluster({
      docker: createDockerClient(),
      kind: tools.kind,
      name,
      nodeImage: tools.nodeImage,
      config: {
        generate: {
          workers: options.workers ?? 0,
          nodeLabels: { worker: options.workerLabels ?? {} },
          extraPortMappings: [],
        },
      },
      kubeconfig,
      waitMs: 300_000,
      logger: silentLogger,
    });
  } catch (error) {
    // kind --retain keeps failed nodes so that their logs can be exported before they go.
    const logs = join(tmpdir(), `kind-${name}-failed-${Date.now()}`);
    await cluster.exportLogs(logs).catch(() => undefined);
    await cluster.delete().catch(() => undefined);
    throw Object.assign(error as Error, { message: `${(error as Error).message}\nnode logs: ${logs}` });
  }
  return cluster;
}

/**
 * The cluster scripts/with-test-cluster.ts made for this run (INCEPTION_TEST_CLUSTER and
 * INCEPTION_TEST_KUBECONFIG), as a KindCluster whose delete() leaves it to the script; undefined outside it.
 */
export async function sharedKindCluster(): Promise<KindCluster | undefined> {
  const { INCEPTION_TEST_CLUSTER: name, INCEPTION_TEST_KUBECONFIG: kubeconfig } = process.env;
  if (!name || !kubeconfig) return undefined;
  return clusterHandle(name, kubeconfig, await findKindTools(), async () => undefined);
}

function clusterHandle(
  name: string,
  kubeconfig: string,
  tools: KindTools,
  remove: () => Promise<void>,
): KindCluster {
  return {
    name,
    kubeconfig,
    tools,
    async kubectl(args, opts = {}) {
      const { stdout } = await run(tools.kubectl, ['--kubeconfig', kubeconfig, ...args], {
        input: opts.input,
        timeout: opts.timeoutMs ?? 120_000,
      });
      return stdout;
    },
    async exportLogs(logDir) {
      await run(tools.kind, ['export', 'logs', logDir, '--name', name], { timeout: 300_000 });
    },
    delete: remove,
  };
}

/** A cluster's node containers, their volumes and the networks named after it. */
export interface ClusterRemains {
  nodes: string[];
  volumes: string[];
  networks: string[];
}

/** What the cluster's nodes use now, so that deleteAndFindRemains can look for it afterwards. */
export async function clusterFootprint(name: string): Promise<ClusterRemains> {
  const nodes = await dockerLines(['ps', '-aq', '--filter', `label=io.x-k8s.kind.cluster=${name}`]);
  if (nodes.length === 0) return { nodes, volumes: [], networks: [] };
  const inspected = JSON.parse((await run('docker', ['inspect', ...nodes])).stdout) as {
    Mounts: { Type: string; Name?: string }[];
    NetworkSettings: { Networks: Record<string, unknown> };
  }[];
  return {
    nodes,
    volumes: inspected.flatMap((c) => c.Mounts.filter((m) => m.Type === 'volume').map((m) => m.Name!)),
    networks: [...new Set(inspected.flatMap((c) => Object.keys(c.NetworkSettings.Networks)))],
  };
}

/** Deletes the cluster; returns what its nodes used before and what of that is still on the engine after. */
export async function deleteAndFindRemains(
  cluster: KindCluster,
): Promise<{ before: ClusterRemains; remains: ClusterRemains }> {
  const before = await clusterFootprint(cluster.name);
  await cluster.delete();
  const volumesLeft = await dockerLines(['volume', 'ls', '-q']);
  const networksLeft = await dockerLines(['network', 'ls', '--format', '{{.Name}}']);
  const remains = {
    nodes: await dockerLines(['ps', '-aq', '--filter', `label=io.x-k8s.kind.cluster=${cluster.name}`]),
    volumes: before.volumes.filter((v) => volumesLeft.includes(v)),
    networks: networksLeft.filter((n) => n.includes(cluster.name)),
  };
  return { before, remains };
}

async function dockerLines(args: string[]): Promise<string[]> {
  return (await run('docker', args, { timeout: 120_000 })).stdout
    .split('\n')
    .filter((line) => line.trim() !== '');
}
