// The soak: N cycles of up / test / down through the real `inception` command, mixing passing runs,
// failing runs, services that crash at start, SIGTERM at a random moment and SIGKILL at a random moment
// followed by `inception down --all`. Before, it makes engine resources that are not ours; after, it
// checks that nothing with this soak's run id is left and that those resources are untouched.
//   npx tsx bench/soak.ts --cycles 50 [--seed 7]      (`npm run build` first: it runs bin/inception.js)
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import { LABEL_ENVIRONMENT, LABEL_RUN_ID } from '../src/shared/identity/labels.js';
import { inception, type CliRun } from './soak/cli.js';
import { buildSoakImage, SOAK_IMAGE, writeCycleConfig, type CycleKind } from './soak/stack.js';
import { loadAverage } from './machine.js';

const docker = new Docker();
const KINDS: CycleKind[] = ['pass', 'fail', 'crash', 'sigterm', 'sigkill'];

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** mulberry32: the kill moments of a run are reproducible from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Counts {
  containers: number;
  networks: number;
  volumes: number;
}

async function labelled(label: string): Promise<Counts> {
  const filters = JSON.stringify({ label: [label] });
  const [containers, networks, volumes] = await Promise.all([
    docker.listContainers({ all: true, filters }),
    docker.listNetworks({ filters }),
    docker.listVolumes({ filters }),
  ]);
  return {
    containers: containers.length,
    networks: networks.length,
    volumes: (volumes.Volumes ?? []).length,
  };
}

const total = (counts: Counts) => counts.containers + counts.networks + counts.volumes;

/** A container, a network and a volume of someone else's: the sweep must leave them as they are. */
async function createForeign(name: string): Promise<() => Promise<string[]>> {
  await docker.createNetwork({ Name: name, Labels: { 'com.example.owner': 'someone-else' } });
  await docker.createVolume({ Name: name, Labels: { 'com.example.owner': 'someone-else' } });
  const container = await docker.createContainer({
    name,
    Image: SOAK_IMAGE,
    Cmd: ['sleep', 'infinity'],
    Labels: { 'com.example.owner': 'someone-else' },
    HostConfig: { NetworkMode: name, Binds: [`${name}:/data`] },
  });
  await container.start();
  return async () => {
    const missing: string[] = [];
    const state = await container.inspect().catch(() => undefined);
    if (!state?.State.Running) missing.push(`container ${name}`);
    if (
      !(await docker
        .getNetwork(name)
        .inspect()
        .catch(() => undefined))
    )
      missing.push(`network ${name}`);
    if (
      !(await docker
        .getVolume(name)
        .inspect()
        .catch(() => undefined))
    )
      missing.push(`volume ${name}`);
    return missing;
  };
}

async function removeForeign(name: string): Promise<void> {
  await docker
    .getContainer(name)
    .remove({ force: true })
    .catch(() => undefined);
  await docker
    .getNetwork(name)
    .remove()
    .catch(() => undefined);
  await docker
    .getVolume(name)
    .remove()
    .catch(() => undefined);
}

interface CycleResult {
  index: number;
  kind: CycleKind;
  runs: CliRun[];
  expected: boolean;
  leftovers: number;
  ms: number;
}

export interface SoakFigures {
  cycles: number;
  seed: number;
  results: CycleResult[];
  leftovers: Counts;
  foreignMissing: string[];
  ms: number;
}

export async function soak(
  cycles: number,
  seed: number,
  log = (line: string) => console.log(line),
): Promise<SoakFigures> {
  const started = Date.now();
  const tag = randomBytes(4).toString('hex');
  const runId = `soak-${tag}`;
  const env = { INCEPTION_RUN_ID: runId };
  const next = random(seed);
  const work = mkdtempSync(path.join(os.tmpdir(), 'inception-soak-'));
  const anywhere = mkdtempSync(path.join(os.tmpdir(), 'inception-soak-cwd-'));
  buildSoakImage();
  const foreign = `soak-foreign-${tag}`;
  const foreignIntact = await createForeign(foreign);
  log(`soak ${runId}: ${cycles} cycles, seed ${seed}, load average ${loadAverage()}`);
  log('| # | kind | commands (exit) | signal at | phase when signalled | s | left |');
  log('|---|---|---|---|---|---|---|');

  const results: CycleResult[] = [];
  /** How long a plain `test` takes here, so signals land anywhere within one. */
  let testMs = 5000;
  let leftovers: Counts = { containers: 0, networks: 0, volumes: 0 };
  let foreignMissing: string[] = [];
  try {
    for (let index = 1; index <= cycles; index++) {
      const kind = KINDS[(index - 1) % KINDS.length]!;
      const name = `soak-${tag}-${index}`;
      const folder = path.join(work, String(index));
      writeCycleConfig(folder, kind);
      const run = (args: string[], kill?: { signal: NodeJS.Signals; afterMs: number }, cwd = folder) =>
        inception(args, { cwd, env, kill });
      const cycleStart = Date.now();
      const runs: CliRun[] = [];
      let expected: boolean;
      if (kind === 'pass') {
        runs.push(await run(['up', '--name', name]));
        runs.push(await run(['test']));
        runs.push(await run(['down']));
        expected = runs.every((one) => one.code === 0);
      } else if (kind === 'fail' || kind === 'crash') {
        runs.push(await run(['test', '--name', name]));
        if (kind === 'fail') testMs = runs[0]!.ms;
        expected = runs[0]!.code === (kind === 'fail' ? 3 : 1);
      } else {
        const signal = kind === 'sigterm' ? 'SIGTERM' : 'SIGKILL';
        const afterMs = Math.round(next() * testMs * 1.1);
        runs.push(await run(['test', '--name', name], { signal, afterMs }));
        if (kind === 'sigkill') runs.push(await run(['down', '--all'], undefined, anywhere));
        const stopped = runs[0]!;
        // A run the signal met still starting or testing stops with it; one it met later had finished.
        // Cancelled (143); killed before the handler was installed (nothing made yet); or finished first.
        expected =
          kind === 'sigterm'
            ? stopped.code === 143 || stopped.signal === 'SIGTERM' || stopped.code === 0
            : runs[1]!.code === 0;
      }
      const leftovers = total(await labelled(`${LABEL_ENVIRONMENT}=${name}`));
      const result: CycleResult = { index, kind, runs, expected, leftovers, ms: Date.now() - cycleStart };
      results.push(result);
      const killed = runs.find((one) => one.killedAt);
      log(
        `| ${index} | ${kind} | ${runs.map((one) => one.code ?? one.signal).join(', ')}${expected ? '' : ' (unexpected)'} | ` +
          `${killed ? `${(killed.killedAt!.ms / 1000).toFixed(2)} s` : '—'} | ${killed?.killedAt!.phase ?? '—'} | ` +
          `${(result.ms / 1000).toFixed(1)} | ${leftovers} |`,
      );
      if (!expected)
        for (const one of runs)
          log(
            one.output
              .split('\n')
              .map((line) => `    ${line}`)
              .join('\n'),
          );
    }
  } finally {
    leftovers = await labelled(`${LABEL_RUN_ID}=${runId}`);
    foreignMissing = await foreignIntact();
    await removeForeign(foreign);
  }
  const figures = { cycles, seed, results, leftovers, foreignMissing, ms: Date.now() - started };
  const kills = results.flatMap((result) =>
    result.runs.filter((one) => one.killedAt).map((one) => ({ kind: result.kind, ...one.killedAt! })),
  );
  log('');
  log(
    `${cycles} cycles in ${(figures.ms / 1000).toFixed(0)} s; ` +
      KINDS.map((kind) => `${results.filter((result) => result.kind === kind).length} ${kind}`).join(', '),
  );
  log(
    `signals at: ${kills.map((kill) => `${kill.kind === 'sigterm' ? 'TERM' : 'KILL'} ${(kill.ms / 1000).toFixed(2)} s (${kill.phase})`).join('; ') || 'none'}`,
  );
  log(
    `left with run id ${runId}: ${leftovers.containers} containers, ${leftovers.networks} networks, ${leftovers.volumes} volumes; ` +
      `unexpected exits: ${results.filter((result) => !result.expected).length}; ` +
      `resources not ours: ${foreignMissing.length === 0 ? '3 of 3 untouched' : `missing ${foreignMissing.join(', ')}`}; ` +
      `load average ${loadAverage()}`,
  );
  return figures;
}

export function soakPassed(figures: SoakFigures): boolean {
  return (
    total(figures.leftovers) === 0 &&
    figures.foreignMissing.length === 0 &&
    figures.results.every((result) => result.expected && result.leftovers === 0)
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const figures = await soak(option('cycles', 10), option('seed', Math.floor(Math.random() * 1e6)));
  process.exitCode = soakPassed(figures) ? 0 : 1;
}
