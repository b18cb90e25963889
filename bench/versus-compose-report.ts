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

function parallelTable({ stack, samples }: ParallelResult): string[] {
  const single = samples.get(1)!;
  const lines = [
    `### ${stack}: environments at once (inception, warm images)`,
    '',
    '| environments | runs | wall time up and ready | per environment | × the time of one |',
    '|---|---|---|---|---|',
  ];
  for (const [count, values] of samples) {
    lines.push(
      `| ${count} | ${values.length} | ${cell(values)} | ${seconds(median(values) / count)} | ${ratio(values, single)} |`,
    );
  }
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
