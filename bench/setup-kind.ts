/** setup-kind against bare kind, alternating in one run: from the step's start to a cluster whose every node
 * is Ready with CoreDNS available (ours, the bundled action as the runner starts it), against
 * `kind create cluster --wait 5m` with the same node image and config (1 control plane + 2 workers).
 * Usage: npx tsx bench/setup-kind.ts [--runs N]   (default 3; dist/ must be built, as it is committed) */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionJob } from '../test/support/action-runner.js';
import { findKindTools, run } from '../test/support/kind-cluster.js';
import { loadAverage } from './machine.js';
import { formatSummary, progress, seconds, summarize, timed } from './stats.js';

const CONFIG = [
  'kind: Cluster',
  'apiVersion: kind.x-k8s.io/v1alpha4',
  'nodes:',
  '  - role: control-plane',
  '  - role: worker',
  '  - role: worker',
  '',
].join('\n');

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) throw new Error('usage: npx tsx bench/setup-kind.ts [--runs N]');

const tools = await findKindTools();
const dir = await mkdtemp(join(tmpdir(), 'bench-setup-kind-'));
const configFile = join(dir, 'kind.yaml');
await writeFile(configFile, CONFIG);
const runId = randomBytes(3).toString('hex');

async function ours(name: string): Promise<number> {
  const job = new ActionJob({ PATH: `${join(tools.kind, '..')}:${process.env.PATH ?? ''}` });
  const inputs = {
    'cluster-name': name,
    'node-image': tools.nodeImage,
    workers: '2',
    'collect-logs-on-failure': 'false',
  };
  try {
    const started = performance.now();
    const step = await job.run('setup-kind', inputs);
    const ms = performance.now() - started;
    if (step.exitCode !== 0) throw new Error(`setup-kind failed:\n${step.stdout}\n${step.stderr}`);
    return ms;
  } finally {
    await job.run('setup-kind', inputs, 'post');
  }
}

async function bare(name: string): Promise<number> {
  const kubeconfig = join(dir, `${name}.kubeconfig`);
  try {
    return await timed(() =>
      run(
        tools.kind,
        [
          'create',
          'cluster',
          '--name',
          name,
          '--image',
          tools.nodeImage,
          '--config',
          configFile,
          '--kubeconfig',
          kubeconfig,
          '--wait',
          '5m',
        ],
        { timeout: 10 * 60_000 },
      ),
    );
  } finally {
    await run(tools.kind, ['delete', 'cluster', '--name', name, '--kubeconfig', kubeconfig]).catch(
      () => undefined,
    );
  }
}

const samples = { ours: [] as number[], bare: [] as number[] };
const load = loadAverage();
try {
  for (let index = 1; index <= runs; index++) {
    samples.ours.push(await ours(`bench-${runId}-o${index}`));
    samples.bare.push(await bare(`bench-${runId}-k${index}`));
    progress(
      `run ${index}/${runs}: setup-kind ${seconds(samples.ours.at(-1)!)}, kind --wait ${seconds(samples.bare.at(-1)!)}`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
const ours_ = summarize(samples.ours);
const bare_ = summarize(samples.bare);
console.log(
  [
    `Node image ${tools.nodeImage}, 1 control plane + 2 workers, load average at start ${load}`,
    '',
    '| tool | runs | to every node Ready (and CoreDNS available, ours) | difference |',
    '|---|---|---|---|',
    `| setup-kind (bundled action, main step) | ${runs} | ${formatSummary(ours_)} | ${seconds(ours_.medianMs - bare_.medianMs)} |`,
    `| \`kind create cluster --wait 5m\` | ${runs} | ${formatSummary(bare_)} | |`,
    '',
    'Times: median (min–max); the tools alternate, run by run.',
  ].join('\n'),
);
