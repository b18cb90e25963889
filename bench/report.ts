import type { ComposePhases } from './compose-runner.js';
import type { OursRun } from './inception-runner.js';
import { formatSummary, seconds, summarize } from './stats.js';

export interface Comparison {
  variant: string;
  ours: OursRun[];
  compose: ComposePhases[];
}

export interface Concurrency {
  envs: number;
  singleMs: number[];
  manyMs: number[];
}

const median = (values: number[]) => summarize(values).medianMs;
const totals = (runs: { totalMs: number }[]) => runs.map((run) => run.totalMs);

function comparisonTable(comparisons: Comparison[]): string[] {
  const rows = comparisons.map(({ variant, ours, compose }) => {
    const ratio = median(totals(ours)) / median(totals(compose));
    const cells = [variant, ours.length, formatSummary(summarize(totals(ours)))];
    return `| ${[...cells, formatSummary(summarize(totals(compose))), ratio.toFixed(2)].join(' | ')} |`;
  });
  return [
    '| images | runs each | inception `upEnvironment` | docker-compose 1.29 + wait | ours / compose |',
    '|---|---|---|---|---|',
    ...rows,
  ];
}

/** Medians of where the time went, to explain the ratio. */
function phases({ variant, ours, compose }: Comparison): string[] {
  const builds = compose.flatMap((run) => (run.buildMs === undefined ? [] : [run.buildMs]));
  const oursPrepare = median(ours.map((run) => run.prepareMs));
  const composeParts = [
    ...(builds.length ? [`\`build --no-cache\` ${seconds(median(builds))}`] : []),
    `\`up -d${builds.length ? '' : ' --build'}\` ${seconds(median(compose.map((run) => run.upMs)))}`,
    `wait after up ${seconds(median(compose.map((run) => run.waitMs)))}`,
  ];
  return [
    `- ${variant}, inception (medians): network + images ${seconds(oursPrepare)}, ` +
      `start + ready ${seconds(median(ours.map((run) => run.totalMs - run.prepareMs)))}`,
    `- ${variant}, docker-compose (medians): ${composeParts.join(', ')}`,
  ];
}

function concurrencyTable({ envs, singleMs, manyMs }: Concurrency): string[] {
  const ratio = median(manyMs) / median(singleMs);
  return [
    '| environments | runs | wall time up + ready | per environment |',
    '|---|---|---|---|',
    `| 1 | ${singleMs.length} | ${formatSummary(summarize(singleMs))} | ${seconds(median(singleMs))} |`,
    `| ${envs} at once | ${manyMs.length} | ${formatSummary(summarize(manyMs))} | ${seconds(median(manyMs) / envs)} |`,
    '',
    `${envs} at once / 1 = **${ratio.toFixed(2)}×** the wall time for ${envs}× the environments.`,
  ];
}

/** The markdown the benchmark prints: median (min–max) of each measurement. */
export function renderReport(machine: string, comparisons: Comparison[], concurrency?: Concurrency): string {
  const lines = [machine, ''];
  if (comparisons.length) {
    lines.push('### fixtures/compose.yml up and ready (broker, migrate, api, worker)', '');
    lines.push(...comparisonTable(comparisons), '', ...comparisons.flatMap(phases), '');
  }
  if (concurrency) {
    lines.push(`### 1 environment vs ${concurrency.envs} at once (inception, warm images)`, '');
    lines.push(...concurrencyTable(concurrency), '');
  }
  lines.push('Times: median (min–max).');
  return lines.join('\n');
}
