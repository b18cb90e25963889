/** Image loading benchmark: our one-batch loader (loadImages) vs `kind load docker-image` once per image,
 * and vs one `kind load docker-image` of all three, into a kind cluster with two workers.
 * Usage: npx tsx bench/image-load.ts [--runs N] [--size-mb N] [--cluster NAME]; see bench/README.md. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDocker } from '../src/docker/client.js';
import { loadImages } from '../src/kube/kind/image-load/load.js';
import { createKindCluster, deleteKindCluster } from '../src/kube/kind/cluster.js';
import { listKindNodes } from '../src/kube/kind/nodes.js';
import { silentLogger } from '../src/log.js';
import { findKindTools } from '../test/support/kind-cluster.js';
import { removeImagesFromNode } from '../test/support/kind-image-remove.js';
import { buildFreshImages, removeLocal } from './image-load-fixtures.js';
import { runCommand } from './run-command.js';
import { formatSummary, seconds, summarize, timed } from './stats.js';

const IMAGES = 3;
const flags = parseFlags(process.argv.slice(2));
const progress = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

type Loader = 'ours' | 'kindEach' | 'kindBatch';
const LABELS: Record<Loader, string> = {
  ours: 'inception `loadImages` (one batch)',
  kindEach: '`kind load docker-image`, once per image',
  kindBatch: '`kind load docker-image a b c`, once',
};

const docker = await connectDocker();
const tools = await findKindTools();
const runId = randomBytes(3).toString('hex');
const cluster = flags.cluster ?? `sk-bench-${runId}`;
const dir = await mkdtemp(join(tmpdir(), 'sk-bench-'));
const machine = await describe();
const samples: Record<Loader, number[]> = { ours: [], kindEach: [], kindBatch: [] };

try {
  if (!flags.cluster) {
    progress(`creating cluster ${cluster} (1 control plane, 2 workers)`);
    await createKindCluster({
      docker,
      kind: tools.kind,
      name: cluster,
      nodeImage: tools.nodeImage,
      config: { generate: { workers: 2, nodeLabels: {}, extraPortMappings: [] } },
      kubeconfig: join(dir, 'kubeconfig'),
      waitMs: 5 * 60_000,
      logger: silentLogger,
    });
  }
  const nodes = (await listKindNodes(docker, cluster)).map((node) => node.name);
  const loaders: Loader[] = ['ours', 'kindEach', 'kindBatch'];
  for (let run = 1; run <= flags.runs; run++) {
    // Rotating the order spreads the machine's load changes over every loader.
    const order = loaders.map((_, index) => loaders[(index + run - 1) % loaders.length] as Loader);
    for (const loader of order) {
      const refs = await buildFreshImages(`r${runId}-${run}-${loader.toLowerCase()}`, IMAGES, flags.sizeMb);
      try {
        const ms = await timed(() => load(loader, refs));
        samples[loader].push(ms);
        progress(`run ${run} ${loader}: ${seconds(ms)}`);
      } finally {
        for (const node of nodes) await removeImagesFromNode(docker, node, refs);
        await removeLocal(docker, refs);
      }
    }
  }
  console.log(report());
} finally {
  if (!flags.cluster)
    await deleteKindCluster({ docker, kind: tools.kind, name: cluster, logger: silentLogger });
  await rm(dir, { recursive: true, force: true });
}

async function load(loader: Loader, refs: string[]): Promise<void> {
  if (loader === 'ours') {
    await loadImages({ docker, cluster, images: refs, logger: silentLogger });
  } else if (loader === 'kindEach') {
    for (const ref of refs) await runCommand(tools.kind, ['load', 'docker-image', ref, '--name', cluster]);
  } else {
    await runCommand(tools.kind, ['load', 'docker-image', ...refs, '--name', cluster]);
  }
}

function report(): string {
  const ours = summarize(samples.ours).medianMs;
  const rows = (['ours', 'kindEach', 'kindBatch'] as Loader[]).map((loader) => {
    const summary = summarize(samples[loader]);
    return `| ${LABELS[loader]} | ${summary.runs} | ${formatSummary(summary)} | ${(ours / summary.medianMs).toFixed(2)} |`;
  });
  return [
    machine,
    '',
    `### ${IMAGES} images (debian:bookworm-slim + ${flags.sizeMb} MiB each) into 3 nodes (1 control plane, 2 workers)`,
    '',
    '| loader | runs | time (median, min–max) | ours / this |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

async function describe(): Promise<string> {
  const version = await docker.version();
  const kind = (await runCommand(tools.kind, ['version'])).trim();
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  return (
    `Machine: nproc ${availableParallelism()}, Docker Engine ${version.Version} (API ${version.ApiVersion}), ` +
    `${kind}, node image ${tools.nodeImage}, Node ${process.version}, load average at start ${load}`
  );
}

function parseFlags(argv: string[]): { runs: number; sizeMb: number; cluster?: string } {
  const result: { runs: number; sizeMb: number; cluster?: string } = { runs: 5, sizeMb: 32 };
  for (let index = 0; index < argv.length; index += 2) {
    const [flag, value] = [argv[index], argv[index + 1]];
    if (flag === '--cluster' && value) result.cluster = value;
    else if (
      (flag === '--runs' || flag === '--size-mb') &&
      value &&
      Number.isInteger(Number(value)) &&
      Number(value) > 0
    ) {
      result[flag === '--runs' ? 'runs' : 'sizeMb'] = Number(value);
    } else {
      throw new Error('usage: npx tsx bench/image-load.ts [--runs N] [--size-mb N] [--cluster NAME]');
    }
  }
  return result;
}
