/** Our environment engine against `docker compose` v2 (`up -d --wait`, `down -v`), alternating in one run:
 * the fixture system and a 12-service stack, warm and cold, then our engine with 1 vs 4 vs 8 environments
 * at once. Installs compose v2 as the docker CLI plugin first when it is missing. Usage: ./versus-compose-options.ts. */
import type Docker from 'dockerode';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { connectDocker } from '../src/docker/client.js';
import { ComposeV2Bench, installComposeV2 } from './compose-v2-runner.js';
import { InceptionBench } from './inception-runner.js';
import { engineCpuSeconds } from './engine-cpu.js';
import { engineFloorMs } from './engine-floor.js';
import { describeMachine } from './machine.js';
import { progress, seconds } from './stats.js';
import { parseVersusOptions, STACKS } from './versus-compose-options.js';
import {
  renderVersusReport,
  type OursUpDown,
  type ParallelResult,
  type StackResult,
  type StackRuns,
} from './versus-compose-report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUN_ID = randomBytes(3).toString('hex');
let sequence = 0;
const nextName = (label: string) => `bench-${RUN_ID}-${label}${++sequence}`;

async function oursOnce(ours: InceptionBench, names: string[], cold: boolean): Promise<OursUpDown> {
  try {
    const { totalMs } = await ours.up(names, cold);
    return { upMs: totalMs, downMs: await ours.remove(names) };
  } catch (error) {
    await ours.remove(names);
    throw error;
  }
}

/** Alternates the tools so that drifting machine load hits both alike. */
async function compareOn(
  stack: string,
  ours: InceptionBench,
  compose: ComposeV2Bench,
  cold: boolean,
  runs: number,
) {
  const result: StackRuns = { variant: cold ? 'cold' : 'warm', ours: [], compose: [] };
  for (let run = 1; run <= runs; run++) {
    result.ours.push(await oursOnce(ours, [nextName('o')], cold));
    const project = nextName('c');
    result.compose.push(await (cold ? compose.cold(project) : compose.warm(project)));
    const [o, c] = [result.ours.at(-1)!, result.compose.at(-1)!];
    progress(
      `${stack} ${result.variant} ${run}/${runs}: inception up ${seconds(o.upMs)} down ${seconds(o.downMs)}; ` +
        `compose up ${seconds(c.totalMs)} down ${seconds(c.downMs)}`,
    );
  }
  return result;
}

/** How long the engine's idle work (the services' healthchecks) is sampled once everything is ready. */
const IDLE_SAMPLE_MS = 5_000;

const push = (map: Map<number, number[]>, key: number, value: number) =>
  map.set(key, [...(map.get(key) ?? []), value]);

async function parallelOn(
  stack: string,
  file: string,
  ours: InceptionBench,
  compose: ComposeV2Bench,
  docker: Docker,
  envs: number[],
  runs: number,
): Promise<ParallelResult> {
  const counts = [1, ...envs];
  const result: ParallelResult = {
    stack,
    samples: new Map(counts.map((count) => [count, []])),
    engineCpu: new Map(),
    idleEngineCores: new Map(),
    floor: new Map(),
    compose: new Map(),
  };
  const namesOf = (count: number, label: string) => Array.from({ length: count }, () => nextName(label));
  for (let run = 1; run <= runs; run++) {
    for (const count of counts) {
      const names = namesOf(count, 'p');
      const before = engineCpuSeconds();
      try {
        const { totalMs } = await ours.up(names, false);
        const up = engineCpuSeconds();
        await new Promise((done) => setTimeout(done, IDLE_SAMPLE_MS));
        const idle = engineCpuSeconds();
        result.samples.get(count)!.push(totalMs);
        if (before !== undefined && up !== undefined && idle !== undefined) {
          push(result.engineCpu, count, up - before);
          push(result.idleEngineCores, count, (idle - up) / (IDLE_SAMPLE_MS / 1000));
        }
        progress(
          `${stack} concurrency ${run}/${runs}: ${count} at once ${seconds(totalMs)}` +
            (up !== undefined && before !== undefined ? `, engine CPU ${(up - before).toFixed(1)} s` : ''),
        );
      } finally {
        await ours.remove(names);
      }
      const floorMs = await engineFloorMs(docker, file, namesOf(count, 'f'));
      push(result.floor, count, floorMs);
      const projects = namesOf(count, 'pc');
      try {
        push(result.compose, count, await compose.upAtOnce(projects));
      } finally {
        await compose.downAtOnce(projects);
      }
      progress(
        `${stack} concurrency ${run}/${runs}: ${count} at once, engine floor ${seconds(floorMs)}, ` +
          `compose ${seconds(result.compose.get(count)!.at(-1)!)}`,
      );
    }
  }
  return result;
}

async function main(): Promise<void> {
  const options = parseVersusOptions(process.argv.slice(2));
  const composeVersion = installComposeV2();
  const docker = await connectDocker();
  const machine = `${await describeMachine(docker)}, docker compose ${composeVersion}`;
  progress(machine);
  const stacks: StackResult[] = [];
  let parallel: ParallelResult | undefined;
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    for (const name of options.stacks) {
      const file = `${ROOT}${STACKS[name]!.file}`;
      const ours = new InceptionBench(docker, file);
      const compose = new ComposeV2Bench(docker, file);
      cleanups.push(
        () => ours.removeAll(),
        () => compose.removeAll(),
      );
      await compose.checkAccepted();
      progress(`${name}: priming both build caches (untimed)`);
      await oursOnce(ours, [nextName('prime')], false);
      await compose.warm(nextName('prime'));
      const result: StackResult = { stack: name, title: STACKS[name]!.title, runs: [] };
      if (options.runs > 0) result.runs.push(await compareOn(name, ours, compose, false, options.runs));
      if (options.coldRuns > 0)
        result.runs.push(await compareOn(name, ours, compose, true, options.coldRuns));
      stacks.push(result);
      if (name === options.stacks[0] && options.parallelRuns > 0)
        parallel = await parallelOn(name, file, ours, compose, docker, options.envs, options.parallelRuns);
    }
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
  console.log(renderVersusReport(machine, stacks, parallel));
}

await main();
