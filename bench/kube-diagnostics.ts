/** Kubernetes diagnostics benchmark: collectKubeDiagnostics vs a shell loop of kubectl calls, on a namespace
 * of pods that have logged. Usage: see USAGE below, or bench/README.md. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { collectKubeDiagnostics } from '../src/diagnostics/kube/collector.js';
import { loadKubeClients } from '../src/kube/client.js';
import { silentLogger } from '../src/log.js';
import { createLoggingPods, loadBenchImage } from './kube-diagnostics-fixture.js';
import { runKubectlLoop } from './kube-diagnostics-kubectl.js';
import { runCommand } from './run-command.js';
import { summarize, timed } from './stats.js';

const USAGE =
  'usage: npx tsx bench/kube-diagnostics.ts --kubeconfig FILE --kind-cluster NAME ' +
  '[--kind kind] [--kubectl kubectl] [--runs 7] [--pods 20] [--lines 2000] [--parallel 8]';

interface Options {
  kubeconfig: string;
  kindCluster: string;
  kind: string;
  kubectl: string;
  runs: number;
  pods: number;
  lines: number;
  parallel: number;
}

function parseOptions(argv: string[]): Options {
  const raw: Record<string, string> = {};
  for (let index = 0; index < argv.length; index += 2) {
    const flag = argv[index] ?? '';
    const value = argv[index + 1];
    if (!flag.startsWith('--') || value === undefined) throw new Error(USAGE);
    raw[flag.slice(2)] = value;
  }
  const number = (name: string, fallback: number) => {
    const value = Number(raw[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number\n${USAGE}`);
    return value;
  };
  const kubeconfig = raw.kubeconfig ?? process.env.KUBECONFIG;
  const kindCluster = raw['kind-cluster'];
  if (!kubeconfig || !kindCluster) throw new Error(USAGE);
  return {
    kubeconfig,
    kindCluster,
    kind: raw.kind ?? 'kind',
    kubectl: raw.kubectl ?? 'kubectl',
    runs: number('runs', 7),
    pods: number('pods', 20),
    lines: number('lines', 2000),
    parallel: number('parallel', 8),
  };
}

const progress = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Lines of every log file written, to show both sides collected the same logs. */
async function logLines(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let lines = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.log')) continue;
    lines += (await readFile(path.join(entry.parentPath, entry.name), 'utf8')).split('\n').length - 1;
  }
  return lines;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const clients = loadKubeClients({ kubeconfig: options.kubeconfig });
  const namespace = `diag-bench-${randomBytes(3).toString('hex')}`;
  const kubectlVersion = JSON.parse(
    await runCommand(options.kubectl, ['version', '--client', '-o', 'json']),
  ) as { clientVersion: { gitVersion: string } };
  progress(`loading the image and starting ${options.pods} pods in ${namespace}`);
  await loadBenchImage(options.kindCluster, options.kind);
  const samples: Record<string, number[]> = { ours: [], loop: [], parallel: [] };
  const lines: Record<string, number> = {};
  try {
    await createLoggingPods(clients, namespace, options.pods, options.lines);
    const sides: Array<[string, (dir: string) => Promise<unknown>]> = [
      [
        'ours',
        (dir) =>
          collectKubeDiagnostics({ clients, namespaces: [namespace], outDir: dir, logger: silentLogger }),
      ],
      ['loop', (dir) => runKubectlLoop({ ...options, namespace, outDir: dir, parallel: 1 })],
      [
        'parallel',
        (dir) => runKubectlLoop({ ...options, namespace, outDir: dir, parallel: options.parallel }),
      ],
    ];
    // One untimed round first, so that no side pays for cold caches (API server, kubectl discovery).
    for (let run = 0; run <= options.runs; run++) {
      for (const [side, collect] of sides) {
        const dir = await mkdtemp(path.join(tmpdir(), `diag-bench-${side}-`));
        try {
          const ms = await timed(() => collect(dir));
          if (run === 0) lines[side] = await logLines(dir);
          else samples[side]!.push(ms);
          progress(
            `${run === 0 ? 'warm-up' : `run ${run}/${options.runs}`}: ${side} ${(ms / 1000).toFixed(2)} s`,
          );
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await clients.core.deleteNamespace({ name: namespace }).catch(() => undefined);
  }
  const median = (side: string) => summarize(samples[side]!).medianMs;
  // Two decimals: our side takes well under a second.
  const time = (side: string) => {
    const { medianMs, minMs, maxMs } = summarize(samples[side]!);
    return `${(medianMs / 1000).toFixed(2)} s (${(minMs / 1000).toFixed(2)}–${(maxMs / 1000).toFixed(2)})`;
  };
  const row = (side: string, label: string) =>
    `| ${label} | ${samples[side]!.length} | ${time(side)} | ${lines[side]} | ${(median(side) / median('ours')).toFixed(2)} |`;
  console.log(
    [
      `Machine: nproc ${availableParallelism()}, load average at start ${loadavg()
        .map((v) => v.toFixed(2))
        .join(' ')}, ` +
        `Node ${process.version}, kubectl ${kubectlVersion.clientVersion.gitVersion}, kind cluster of 3 nodes`,
      '',
      `### Diagnostics of ${options.pods} pods, ${options.lines} log lines each`,
      '',
      '| collector | runs | wall time | log lines written | time / ours |',
      '|---|---|---|---|---|',
      row('ours', '`collectKubeDiagnostics` (8 at once)'),
      row('loop', 'kubectl shell loop'),
      row('parallel', `kubectl loop, per pod through \`xargs -P ${options.parallel}\``),
      '',
      'Times: median (min–max).',
    ].join('\n'),
  );
}

await main();
