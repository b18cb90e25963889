import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import mermaid from 'mermaid';
import { ganttName, renderGantt, timelineSection } from '../../../../src/diagnostics/timeline/gantt.js';
import type { TimelineLane } from '../../../../src/diagnostics/timeline/model.js';

const T0 = Date.parse('2024-05-01T10:00:00Z');

function lane(
  name: string,
  kind: TimelineLane['kind'],
  bars: Array<[string, number, number, boolean?]>,
): TimelineLane {
  return {
    kind,
    name,
    failed: bars.some((bar) => bar[3] === true),
    bars: bars.map(([label, start, end, failed]) => ({
      label,
      start: T0 + start,
      end: T0 + end,
      failed: failed ?? false,
    })),
  };
}

interface ParsedTask {
  section: string;
  task: string;
  crit?: boolean;
  startTime: Date;
  endTime: Date;
}

/** The chart as Mermaid itself reads it: its parser throws on what it cannot read. */
async function parsed(text: string): Promise<Array<[string, string, boolean, number, number]>> {
  await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const tasks = (diagram.db as unknown as { getTasks: () => ParsedTask[] }).getTasks();
  return tasks.map((task) => [
    task.section,
    task.task.trim(),
    task.crit === true,
    task.startTime.getTime(),
    task.endTime.getTime(),
  ]);
}

describe('renderGantt', () => {
  test('a section per lane, a task per phase, failed ones crit, times relative to the first', async () => {
    const chart = renderGantt([
      lane('api', 'service', [
        ['created', 1000, 1500],
        ['running', 1500, 4000],
        ['exited 3', 4000, 9000, true],
      ]),
      lane('db', 'service', [
        ['created', 0, 800],
        ['ready', 800, 9000],
      ]),
      lane('suite', 'test', [['tests failed', 2000, 8000, true]]),
    ]);
    assert.deepEqual(chart.cuts, []);
    assert.deepEqual(await parsed(chart.text), [
      ['db', 'created', false, 0, 800],
      ['db', 'ready', false, 800, 9000],
      ['api (failed)', 'created', false, 1000, 1500],
      ['api (failed)', 'running', false, 1500, 4000],
      ['api (failed)', 'exited 3', true, 4000, 9000],
      ['test suite (failed)', 'tests failed', true, 2000, 8000],
    ]);
    assert.match(chart.text, /axisFormat %M:%S/);
  });

  test('names Mermaid would misread are escaped, and still parse to one task each', async () => {
    const chart = renderGantt([
      lane('ns/pod: web#1; x\nsection', 'pod', [['section a:b', 0, 10]]),
      lane('title', 'service', [['%%comment', 0, 10]]),
    ]);
    const tasks = await parsed(chart.text);
    assert.equal(tasks.length, 2);
    assert.deepEqual(
      tasks.map(([section, task]) => [section, task]),
      [
        ['pod ns/pod- web 1 x section', '_section a-b'],
        ['_title', '％％comment'],
      ],
    );
  });

  test('a phase too short to see gets a bar of 1% of the span', async () => {
    const chart = renderGantt([
      lane('api', 'service', [
        ['exited 1', 5000, 5000, true],
        ['x', 0, 20000],
      ]),
    ]);
    const tasks = await parsed(chart.text);
    assert.deepEqual(tasks.find(([, task]) => task === 'exited 1')?.slice(3), [5000, 5200]);
  });

  test('caps the lanes, keeping test steps and failed lanes, and says what was cut', () => {
    const lanes = Array.from({ length: 30 }, (_, index) =>
      lane(`svc${index}`, 'service', [['running', index * 10, 1000, index === 29]]),
    );
    lanes.push(lane('suite', 'test', [['tests passed', 500, 900]]));
    const chart = renderGantt(lanes, { maxLanes: 5 });
    const sections = chart.text.split('\n').filter((line) => line.startsWith('  section '));
    assert.deepEqual(sections, [
      '  section svc0',
      '  section svc1',
      '  section svc2',
      '  section svc29 (failed)',
      '  section test suite',
    ]);
    assert.equal(chart.cuts.length, 1);
    assert.match(
      chart.cuts[0] as string,
      /^26 of 31 lanes not drawn \(none of them failed\): svc3, svc4, .* and 16 more\.$/,
    );
  });

  test('folds the middle phases of a lane that restarted many times', () => {
    const bars: Array<[string, number, number, boolean?]> = Array.from({ length: 20 }, (_, index) => [
      `run ${index}`,
      index * 100,
      index * 100 + 100,
    ]);
    const chart = renderGantt([lane('api', 'service', bars)], { maxBarsPerLane: 4 });
    const tasks = chart.text.split('\n').filter((line) => line.startsWith('    '));
    assert.deepEqual(
      tasks.map((line) => line.trim().split(' :')[0]),
      ['run 0', 'run 17', 'run 18', 'run 19'],
    );
    assert.match(chart.cuts.join(' '), /16 phases of restarting lanes folded/);
  });

  test('runs longer than an hour read hours and minutes', () => {
    const chart = renderGantt([lane('api', 'service', [['running', 0, 2 * 60 * 60 * 1000]])]);
    assert.match(chart.text, /axisFormat %H:%M/);
  });
});

describe('timelineSection', () => {
  test('a fenced mermaid block under its heading, then the cuts', () => {
    const lines = timelineSection(
      [lane('a', 'service', [['running', 0, 10]]), lane('b', 'service', [['running', 5, 10]])],
      {
        maxLanes: 1,
      },
    );
    assert.deepEqual(lines.slice(0, 2), ['## Timeline', '']);
    assert.ok(lines.includes('```mermaid'));
    assert.ok(lines.includes('```'));
    assert.match(lines.join('\n'), /1 of 2 lanes not drawn/);
  });

  test('nothing when no lane has a time', () => {
    assert.deepEqual(timelineSection([{ kind: 'service', name: 'a', failed: false, bars: [] }]), []);
  });
});

describe('ganttName', () => {
  for (const [name, expected] of [
    ['api', 'api'],
    ['', '(unnamed)'],
    ['a:b', 'a-b'],
    ['dateFormat', '_dateFormat'],
    ['a%b', 'a％b'],
    ['  two\nlines  ', 'two lines'],
  ] as const) {
    test(`${JSON.stringify(name)} → ${expected}`, () => assert.equal(ganttName(name), expected));
  }
});
