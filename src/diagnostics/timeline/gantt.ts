import type { TimelineBar, TimelineLane } from './model.js';

export interface GanttOptions {
  /** Lanes drawn at most; failed lanes and test steps are kept first. Default 20. */
  maxLanes?: number;
  /** Bars per lane at most: the first, then the latest. Default 8. */
  maxBarsPerLane?: number;
}

export interface GanttChart {
  /** The `gantt` diagram, without the fence. */
  text: string;
  /** What was left out, one sentence per kind of cut; empty when nothing was. */
  cuts: string[];
}

const KEYWORD =
  /^(section|title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|click|call|accTitle|accDescr|inclusiveenddates|topaxis|displaymode)\b/i;

/**
 * A name as Mermaid's gantt grammar reads it: `:` ends a task's name, `#` and `;` start comments and
 * statements, `%` before a letter drops the task, a keyword at the start of a line is read as one, and a
 * newline ends the line.
 */
export function ganttName(name: string): string {
  const cleaned = name
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/:/g, '-')
    .replace(/[#;]/g, ' ')
    .replace(/%/g, '％')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return '(unnamed)';
  return KEYWORD.test(cleaned) ? `_${cleaned}` : cleaned;
}

/**
 * A Mermaid `gantt` chart of the lanes: a section per service, pod or test step, a task per phase, failed
 * ones in the `crit` style; times in milliseconds relative to the earliest bar (`dateFormat x`), so the
 * axis reads minutes and seconds since the start.
 */
export function renderGantt(lanes: readonly TimelineLane[], options: GanttOptions = {}): GanttChart {
  const maxLanes = options.maxLanes ?? 20;
  const maxBars = Math.max(2, options.maxBarsPerLane ?? 8);
  const drawn = lanes.filter((lane) => lane.bars.length > 0);
  const cuts: string[] = [];
  const kept = keepLanes(drawn, maxLanes);
  const left = drawn.filter((lane) => !kept.includes(lane));
  if (left.length > 0) {
    const names = left.slice(0, 10).map((lane) => lane.name);
    const more = left.length > names.length ? ` and ${left.length - names.length} more` : '';
    cuts.push(
      `${left.length} of ${drawn.length} lanes not drawn (none of them failed): ${names.join(', ')}${more}.`,
    );
  }
  const starts = kept.flatMap((lane) => lane.bars.map((bar) => bar.start));
  const ends = kept.flatMap((lane) => lane.bars.map((bar) => bar.end));
  const origin = starts.length > 0 ? Math.min(...starts) : 0;
  const span = ends.length > 0 ? Math.max(...ends) - origin : 0;
  // A phase too short to see (a die event, a step that failed at once) still gets a visible bar.
  const minimum = Math.max(1, Math.round(span / 100));
  const lines = ['gantt', '  dateFormat x', `  axisFormat ${span >= 60 * 60 * 1000 ? '%H:%M' : '%M:%S'}`];
  let folded = 0;
  for (const lane of kept) {
    const bars =
      lane.bars.length > maxBars
        ? [lane.bars[0] as TimelineBar, ...lane.bars.slice(-(maxBars - 1))]
        : lane.bars;
    folded += lane.bars.length - bars.length;
    lines.push(`  section ${ganttName(sectionName(lane))}`);
    for (const bar of bars) {
      const start = Math.round(bar.start - origin);
      const end = Math.max(Math.round(bar.end - origin), start + minimum);
      lines.push(`    ${ganttName(bar.label)} :${bar.failed ? 'crit, ' : ''}${start}, ${end}`);
    }
  }
  if (folded > 0)
    cuts.push(
      `${folded} phases of restarting lanes folded (each lane shows its first and latest ${maxBars - 1}).`,
    );
  return { text: lines.join('\n'), cuts };
}

function sectionName(lane: TimelineLane): string {
  const prefix = lane.kind === 'test' ? 'test ' : lane.kind === 'pod' ? 'pod ' : '';
  return `${prefix}${lane.name}${lane.failed ? ' (failed)' : ''}`;
}

/** Test steps and failed lanes first, then the earliest others; drawn in the order of their first bar. */
function keepLanes(lanes: readonly TimelineLane[], max: number): TimelineLane[] {
  const first = (lane: TimelineLane) => lane.bars[0]?.start ?? 0;
  const ranked = [...lanes].sort((a, b) => rank(a) - rank(b) || first(a) - first(b));
  const kept = new Set(ranked.slice(0, Math.max(1, max)));
  return lanes
    .filter((lane) => kept.has(lane))
    .sort((a, b) => first(a) - first(b) || a.name.localeCompare(b.name));
}

function rank(lane: TimelineLane): number {
  return lane.kind === 'test' ? 0 : lane.failed ? 1 : 2;
}

/** The `## Timeline` section of index.md and the job summary; none when nothing has a time. */
export function timelineSection(lanes: readonly TimelineLane[], options?: GanttOptions): string[] {
  const chart = renderGantt(lanes, options);
  if (!chart.text.includes('\n  section ')) return [];
  return [
    '## Timeline',
    '',
    "Each service, pod and test step from the engine's and the API server's own times, since the first of them.",
    '',
    '```mermaid',
    chart.text,
    '```',
    '',
    ...chart.cuts.flatMap((cut) => [cut, '']),
  ];
}
