/** Startup benchmark: our environment engine vs docker-compose 1.29 on the fixture system, and our engine
 * with several environments at once. Usage: see ./options.ts, or bench/README.md. */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { loadComposeFile } from '../src/config/compose/loader.js';
import { connectDocker } from '../src/docker/client.js';
import { composeReadiness } from './compose-readiness.js';
import { type ComposePhases, ComposeBench } from './compose-runner.js';
import { InceptionBench, type OursRun } from './inception-runner.js';
import { describeMachine } from './machine.js';
import { parseOptions } from './options.js';
import { type Comparison, type Concurrency, renderReport } from './report.js';
import { progress, seconds } from './stats.js';

const COMPOSE_FILE = fileURLToPath(new URL('../fixtures/compose.yml', import.meta.url));
const RUN_ID = randomBytes(3).toString('hex');

interface Benches {
  ours: InceptionBench;
  compose: ComposeBench;
}

let sequence = 0;
const nextName = (label: string) => `bench-${RUN_ID}-${label}${++sequence}`;

async function oursOnce(ours: InceptionBench, names: string[], noCache = false): Promise<OursRun> {
  try {
    return await ours.up(names, noCache);
  } finally {
    await ours.remove(names);
  }
}

async function composeOnce(compose: ComposeBench, cold: boolean): Promise<ComposePhases> {
  const project = nextName(cold ? 'cc' : 'cw');
  try {
    return cold ? await compose.upCold(project) : await compose.upWarm(project);
  } finally {
    await compose.down(project);
  }
}

/** Alternates ours and compose so that drifting machine load hits both alike. */
async function compare({ ours, compose }: Benches, cold: boolean, runs: number): Promise<Comparison> {
  const variant = cold ? 'cold' : 'warm';
  const result: Comparison = { variant, ours: [], compose: [] };
  for (let run = 1; run <= runs; run++) {
    result.ours.push(await oursOnce(ours, [nextName(cold ? 'oc' : 'ow')], cold));
    progress(`${variant} ${run}/${runs}: inception ${seconds(result.ours.at(-1)!.totalMs)}`);
    result.compose.push(await composeOnce(compose, cold));
    progress(`${variant} ${run}/${runs}: docker-compose ${seconds(result.compose.at(-1)!.totalMs)}`);
  }
  return result;
}

async function concurrency(ours: InceptionBench, envs: number, runs: number): Promise<Concurrency> {
  const result: Concurrency = { envs, singleMs: [], manyMs: [] };
  for (let run = 1; run <= runs; run++) {
    result.singleMs.push((await oursOnce(ours, [nextName('p')])).totalMs);
    progress(`concurrency ${run}/${runs}: 1 environment ${seconds(result.singleMs.at(-1)!)}`);
    const names = Array.from({ length: envs }, () => nextName('p'));
    result.manyMs.push((await oursOnce(ours, names)).totalMs);
    progress(`concurrency ${run}/${runs}: ${envs} at once ${seconds(result.manyMs.at(-1)!)}`);
  }
  return result;
}

/** One untimed run each, so that the first warm run finds both build caches populated. */
async function prime({ ours, compose }: Benches): Promise<void> {
  progress('priming both build caches (untimed)');
  await oursOnce(ours, [nextName('prime')]);
  await composeOnce(compose, false);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const docker = await connectDocker();
  const machine = await describeMachine(docker);
  progress(machine);
  const compose = new ComposeBench(
    docker,
    COMPOSE_FILE,
    composeReadiness(await loadComposeFile(COMPOSE_FILE)),
  );
  await compose.checkAccepted();
  const benches: Benches = { ours: new InceptionBench(docker, COMPOSE_FILE), compose };

  const comparisons: Comparison[] = [];
  let parallel: Concurrency | undefined;
  try {
    await prime(benches);
    if (options.runs > 0) comparisons.push(await compare(benches, false, options.runs));
    if (options.coldRuns > 0) comparisons.push(await compare(benches, true, options.coldRuns));
    if (options.parallelRuns > 0)
      parallel = await concurrency(benches.ours, options.envs, options.parallelRuns);
  } finally {
    await benches.ours.removeAll();
    const removed = await compose.removeAll();
    progress(`removed ${removed.length} compose-built image tag(s) of bench-${RUN_ID}-* projects`);
  }
  console.log(renderReport(machine, comparisons, parallel));
}

await main();
