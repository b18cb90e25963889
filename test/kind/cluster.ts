// Test helper: a real kind cluster made from the node image that test/kind/build.sh builds (no registry
// is needed). Used by the Kubernetes integration tests.
import { execFile, type ExecFileOptions } from 'node:child_process';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const buildScript = join(here, 'build.sh');

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
  /** How long to wait for every node to be Ready (default 300 s). */
  readyTimeoutSeconds?: number;
  /** Overrides of the tools found by findKindTools(). */
  tools?: Partial<KindTools>;
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

/** Runs a program without a shell; rejects with its stderr on a non-zero exit. */
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
          reject(
            Object.assign(
              new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${result.stderr}`),
              result,
            ),
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

/**
 * Finds kind, the node image and kubectl: from KIND / KIND_NODE_IMAGE / KUBECTL when all are set,
 * otherwise by running build.sh (a few seconds when its cache is warm; a cold build takes tens of minutes).
 */
export async function findKindTools(): Promise<KindTools> {
  const { KIND, KIND_NODE_IMAGE, KUBECTL } = process.env;
  if (KIND && KIND_NODE_IMAGE && KUBECTL) return { kind: KIND, nodeImage: KIND_NODE_IMAGE, kubectl: KUBECTL };
  const { stdout } = await run('bash', [buildScript], { timeout: 90 * 60 * 1000 });
  const env = parseEnv(stdout);
  if (!env.KIND || !env.NODE_IMAGE || !env.KUBECTL) {
    throw new Error(`build.sh did not report KIND, NODE_IMAGE and KUBECTL:\n${stdout}`);
  }
  return { kind: env.KIND, nodeImage: env.NODE_IMAGE, kubectl: env.KUBECTL };
}

/** Last build's result without building (undefined when build.sh never ran here). */
export async function lastBuild(): Promise<KindTools | undefined> {
  const file = join(process.env.INCEPTION_KIND_CACHE ?? join(homedir(), '.cache/inception/kind'), 'env');
  if (!existsSync(file)) return undefined;
  const env = parseEnv(await readFile(file, 'utf8'));
  if (!env.KIND || !env.NODE_IMAGE || !env.KUBECTL) return undefined;
  return { kind: env.KIND, nodeImage: env.NODE_IMAGE, kubectl: env.KUBECTL };
}

function clusterConfig(workers: number, workerLabels: Record<string, string>): string {
  const lines = ['kind: Cluster', 'apiVersion: kind.x-k8s.io/v1alpha4', 'nodes:', '  - role: control-plane'];
  for (let i = 0; i < workers; i++) {
    lines.push('  - role: worker');
    const labels = Object.entries(workerLabels);
    if (labels.length > 0) {
      lines.push('    labels:');
      for (const [key, value] of labels) lines.push(`      ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Creates a kind cluster and waits until every node is Ready. Call delete() when done. */
export async function withKindCluster(options: KindClusterOptions): Promise<KindCluster> {
  const found = options.tools?.kind && options.tools.nodeImage && options.tools.kubectl;
  const tools: KindTools = found
    ? (options.tools as KindTools)
    : { ...(await findKindTools()), ...options.tools };
  const dir = await mkdtemp(join(tmpdir(), `kind-${options.name}-`));
  const kubeconfig = join(dir, 'kubeconfig');
  const configFile = join(dir, 'kind-config.yaml');
  await writeFile(configFile, clusterConfig(options.workers ?? 0, options.workerLabels ?? {}));

  let deleted = false;
  const cluster: KindCluster = {
    name: options.name,
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
      await run(tools.kind, ['export', 'logs', logDir, '--name', options.name], { timeout: 300_000 });
    },
    async delete() {
      if (deleted) return;
      await run(tools.kind, ['delete', 'cluster', '--name', options.name, '--kubeconfig', kubeconfig], {
        timeout: 180_000,
      });
      deleted = true;
      await rm(dir, { recursive: true, force: true });
    },
  };

  try {
    await run(
      tools.kind,
      [
        'create',
        'cluster',
        '--name',
        options.name,
        '--image',
        tools.nodeImage,
        '--config',
        configFile,
        '--kubeconfig',
        kubeconfig,
        '--retain',
      ],
      { timeout: 15 * 60 * 1000 },
    );
    const timeout = options.readyTimeoutSeconds ?? 300;
    await cluster.kubectl(['wait', '--for=condition=Ready', 'nodes', '--all', `--timeout=${timeout}s`], {
      timeoutMs: (timeout + 30) * 1000,
    });
  } catch (error) {
    // --retain keeps failed nodes so that their logs can be exported before they go.
    const logs = join(tmpdir(), `kind-${options.name}-failed-${Date.now()}`);
    await cluster.exportLogs(logs).catch(() => undefined);
    await cluster.delete().catch(() => undefined);
    throw Object.assign(error as Error, { message: `${(error as Error).message}\nnode logs: ${logs}` });
  }
  return cluster;
}
