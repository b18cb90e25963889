import type { PageBar, PageLane } from '../data.js';
import { el, svg } from './dom.js';

const LABEL_WIDTH = 260;
const WIDTH = 1100;
const ROW = 24;
const AXIS = 24;
const STEPS_S = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];

export type OpenAt = (lane: PageLane, time: number) => void;

/** The earliest bar's start: every time on the page is shown relative to it. */
export function timelineOrigin(lanes: readonly PageLane[]): number {
  const starts = lanes.flatMap((lane) => lane.bars.map((bar) => bar.start));
  return starts.length > 0 ? Math.min(...starts) : 0;
}

/** An SVG row per lane, a bar per phase (failed ones marked); a click opens the lane's log at that moment. */
export function renderTimeline(lanes: readonly PageLane[], openAt: OpenAt): HTMLElement {
  const drawn = lanes
    .filter((lane) => lane.bars.length > 0)
    .sort((a, b) => (a.bars[0]?.start ?? 0) - (b.bars[0]?.start ?? 0));
  if (drawn.length === 0) return el('p', {}, 'No service, pod or test step has times to draw.');
  const origin = timelineOrigin(drawn);
  const end = Math.max(...drawn.flatMap((lane) => lane.bars.map((bar) => bar.end)));
  const span = Math.max(1, end - origin);
  const plot = WIDTH - LABEL_WIDTH - 10;
  const x = (time: number) => LABEL_WIDTH + ((time - origin) / span) * plot;
  const height = AXIS + drawn.length * ROW + 4;
  const root = svg('svg', {
    id: 'timeline-chart',
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: '100%',
    role: 'img',
  });
  const step = (STEPS_S.find((seconds) => span / 1000 / seconds <= 10) ?? 7200) * 1000;
  for (let tick = 0; tick <= span; tick += step) {
    root.append(
      svg('line', { class: 'tick', x1: x(origin + tick), x2: x(origin + tick), y1: AXIS - 4, y2: height }),
      svg('text', { class: 'tick-label', x: x(origin + tick), y: AXIS - 8 }, formatOffset(tick)),
    );
  }
  drawn.forEach((lane, index) => {
    const y = AXIS + index * ROW;
    const group = svg('g', {
      class: `lane${lane.failed ? ' failed' : ''}`,
      'data-lane': lane.name,
      'data-kind': lane.kind,
    });
    const prefix = lane.kind === 'test' ? 'test ' : lane.kind === 'pod' ? 'pod ' : '';
    group.append(
      svg(
        'text',
        { class: 'lane-label', x: 4, y: y + ROW / 2 + 4 },
        `${lane.failed ? '✖ ' : ''}${prefix}${clip(lane.name)}`,
      ),
    );
    for (const bar of lane.bars) group.append(barElement(lane, bar, y, x, openAt, origin));
    root.append(group);
  });
  return el('div', { class: 'timeline-wrap' }, root);
}

function barElement(
  lane: PageLane,
  bar: PageBar,
  y: number,
  x: (time: number) => number,
  openAt: OpenAt,
  origin: number,
): SVGElement {
  const left = x(bar.start);
  const width = Math.max(3, x(bar.end) - left);
  const when = `+${formatOffset(bar.start - origin)} to +${formatOffset(bar.end - origin)}`;
  const rect = svg(
    'rect',
    {
      class: `bar ${barClass(lane, bar)}`,
      x: left,
      y: y + 4,
      width,
      height: ROW - 8,
      rx: 2,
      'data-label': bar.label,
      'data-failed': bar.failed ? 'true' : 'false',
    },
    svg(
      'title',
      {},
      `${lane.name}: ${bar.label}, ${when}${lane.log ? ' (click: its log at that moment)' : ''}`,
    ),
  );
  if (lane.log) {
    rect.addEventListener('click', (event) => {
      const box = (rect as SVGGraphicsElement).getBoundingClientRect();
      const fraction = box.width > 0 ? ((event as MouseEvent).clientX - box.left) / box.width : 0;
      openAt(lane, bar.start + Math.max(0, Math.min(1, fraction)) * (bar.end - bar.start));
    });
  }
  return rect;
}

function barClass(lane: PageLane, bar: PageBar): string {
  if (bar.failed) return 'failed';
  if (lane.kind === 'test') return 'test';
  if (/^(ready|running|completed|restarted)/.test(bar.label)) return 'up';
  if (/^(starting|scheduled)/.test(bar.label)) return 'starting';
  return 'idle';
}

function clip(name: string): string {
  return name.length > 30 ? `${name.slice(0, 13)}…${name.slice(-16)}` : name;
}

export function formatOffset(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 && seconds % 1 !== 0 ? 1 : 0)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
}
