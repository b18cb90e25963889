import { availableParallelism } from 'node:os';
import { formatSummary, seconds, summarize } from './stats.js';
import type { ComposeV2Run } from './compose-v2-runner.js';

export interface OursUpDown {
  upMs: number;
  downMs: number;
}

export interface StackRuns {
  variant: 'warm' | 'cold';
  ours: OursUpDown[];
  compose: ComposeV2Run[];
}

export interface StackResult {
  stack: string;
  title: string;
  runs: StackRuns[];
}

export interface ParallelResult {
  stack: string;
  /** Environments at once → wall times up and ready. */
  samples: Map<number, number[]>;
  /** Environments at once → CPU seconds the engine (dockerd, containerd, shims) spent bringing them up. */
  engineCpu: Map<number, number[]>;
  /** Environments at once → the engine's CPU use once all are ready (their healthchecks), in cores. */
  idleEngineCores: Map<number, number[]>;
  /** Environments at once → the engine floor (see engine-floor.ts): networks and containers created and
   * started, all at once, nothing waited for. */
  floor: Map<number, number[]>;
  /** Environments at once → compose v2's `up -d --wait --build` of as many projects at once. */
  compose: Map<number, number[]>;
}

const median = (values: number[]) => summarize(values).medianMs;
const cell = (values: number[]) => formatSummary(summarize(values));
const ratio = (ours: number[], theirs: number[]) => (median(ours) / median(theirs)).toFixed(2);

function stackTable({ title, runs }: StackResult): string[] {
  const lines = [
    `### ${title}`,
    '',
    '| measure | runs each | inception | docker compose v2 | ours / compose |',
    '|---|---|---|---|---|',
  ];
  for (const { variant, ours, compose } of runs) {
    const oursUp = ours.map((run) => run.upMs);
    const composeUp = compose.map((run) => run.totalMs);
    const composeCommand =
      variant === 'warm' ? '`up -d --wait --build`' : '`build --no-cache` + `up -d --wait`';
    lines.push(
      `| ${variant}, up and ready (${composeCommand}) | ${ours.length} | ${cell(oursUp)} | ${cell(composeUp)} | ${ratio(oursUp, composeUp)} |`,
    );
  }
  const warm = runs.find((run) => run.variant === 'warm') ?? runs[0];
  if (warm) {
    const oursDown = warm.ours.map((run) => run.downMs);
    const composeDown = warm.compose.map((run) => run.downMs);
    lines.push(
      `| teardown (\`down -v\`) | ${warm.ours.length} | ${cell(oursDown)} | ${cell(composeDown)} | ${ratio(oursDown, composeDown)} |`,
    );
  }
  const cold = runs.find((run) => run.variant === 'cold');
  const builds = cold?.compose.flatMap((run) => (run.buildMs === undefined ? [] : [run.buildMs])) ?? [];
  if (builds.length)
    lines.push('', `Cold, compose's \`build --no-cache\` alone: ${seconds(median(builds))} (median).`);
  return [...lines, ''];
}

function parallelTable(result: ParallelResult): string[] {
  const { stack, samples, engineCpu, idleEngineCores, floor, compose } = result;
  const single = samples.get(1)!;
  const cores = availableParallelism();
  const lines = [
    `### ${stack}: environments at once (warm images)`,
    '',
    "| environments | runs | inception up and ready | × the time of one | engine floor: create + start only | floor × inception's one | docker compose v2 up --wait | compose × its one | engine CPU to bring ours up | engine CPU ÷ cores | engine busy once ready (healthchecks) |",
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const optional = (values: number[] | undefined, text: (values: number[]) => string) =>
    values?.length ? text(values) : 'n/a';
  for (const [count, values] of samples) {
    const cpu = engineCpu.get(count);
    const idle = idleEngineCores.get(count);
    lines.push(
      `| ${count} | ${values.length} | ${cell(values)} | ${ratio(values, single)} | ` +
        `${optional(floor.get(count), cell)} | ${optional(floor.get(count), (values) => ratio(values, single))} | ` +
        `${optional(compose.get(count), cell)} | ${optional(compose.get(count), (values) => ratio(values, compose.get(1) ?? values))} | ` +
        `${cpu ? `${median(cpu).toFixed(1)} s` : 'n/a'} | ${cpu ? seconds((median(cpu) / cores) * 1000) : 'n/a'} | ` +
        `${idle ? `${median(idle).toFixed(2)} cores` : 'n/a'} |`,
    );
  }
  lines.push(
    '',
    `"engine floor" is the same environments' networks and containers created and started by plain Engine API calls, all at once, ` +
      `with no dependency order and nothing waited for (bench/engine-floor.ts): what the engine needs whoever drives it. ` +
      `"engine CPU ÷ cores" is the least wall time the engine's own work allows on ${cores} cores, however well it is spread.`,
  );
  return [...lines, ''];
}

/** The markdown the benchmark prints: median (min–max) of each measurement. */
export function renderVersusReport(
  machine: string,
  stacks: StackResult[],
  parallel?: ParallelResult,
): string {
  return [
    machine,
    '',
    ...stacks.flatMap(stackTable),
    ...(parallel ? parallelTable(parallel) : []),
    'Times: median (min–max). Both tools alternate, run by run.',
  ].join('\n');
}
