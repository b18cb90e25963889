import { laneLogAt, type PageFile, type PageFileKind } from '../data.js';
import { el } from './dom.js';
import { EmbeddedBundle } from './files.js';
import { renderJUnit } from './junit.js';
import { renderTimeline, timelineOrigin } from './timeline.js';
import { Viewer } from './viewer.js';

const GROUPS: Array<[string, PageFileKind[]]> = [
  ['Logs', ['log']],
  ['Describe', ['describe']],
  ['Events', ['events']],
  ['Inspect and state', ['inspect', 'state']],
  ['JUnit reports', ['junit']],
  ['Indexes and other files', ['index', 'other']],
];

const bundle = new EmbeddedBundle();
const { data } = bundle;
const origin = timelineOrigin(data.timeline);
const viewer = new Viewer(bundle, origin);
const open = (path: string) => viewer.open(path);

function failedFirst(): HTMLElement {
  const items: HTMLElement[] = [];
  for (const run of data.failedRuns) {
    const code = run.exitCode === null ? '' : `, exit code ${run.exitCode}`;
    items.push(
      el(
        'li',
        { class: 'failed-run' },
        el('strong', {}, `test step ${run.name}`),
        ` ${run.result}${code}: ${run.message} `,
        run.log ? el('a', { href: '#files', onclick: () => open(run.log as string) }, 'log') : null,
        el(
          'ul',
          {},
          ...run.failures.map((failure) =>
            el(
              'li',
              { class: 'failing-test' },
              el('code', {}, failure.name),
              `: ${failure.message}`,
              failure.details
                ? el('details', {}, el('summary', {}, 'details'), el('pre', {}, failure.details))
                : null,
            ),
          ),
          run.failureCount > run.failures.length
            ? el('li', {}, `… and ${run.failureCount - run.failures.length} more`)
            : null,
        ),
      ),
    );
  }
  for (const sentence of data.serviceFailures) items.push(el('li', { class: 'failed-service' }, sentence));
  return el(
    'section',
    { id: 'failed-first' },
    el('h2', {}, 'What failed first'),
    items.length > 0 ? el('ul', {}, ...items) : el('p', {}, 'Nothing failed.'),
  );
}

function fileList(): HTMLElement {
  const nav = el('nav', { id: 'file-list' });
  for (const [title, kinds] of GROUPS) {
    const files = data.files.filter((file) => kinds.includes(file.kind));
    if (files.length === 0) continue;
    nav.append(el('h3', {}, title), el('ul', {}, ...files.map(fileEntry)));
  }
  return nav;
}

function fileEntry(file: PageFile): HTMLElement {
  if (file.omitted) {
    return el(
      'li',
      {},
      el('a', { href: file.path, title: `${file.omitted}: opens from the folder` }, `${file.path} ↗`),
    );
  }
  return el(
    'li',
    {},
    el('button', { type: 'button', 'data-path': file.path, onclick: () => open(file.path) }, file.path),
  );
}

document.getElementById('app')?.append(
  el(
    'header',
    {},
    el('h1', {}, data.title),
    el(
      'p',
      {},
      `Collected at ${data.collectedAt}. Every file of this folder is embedded below, redacted as in the folder.`,
    ),
  ),
  failedFirst(),
  el(
    'section',
    { id: 'timeline' },
    el('h2', {}, 'Timeline'),
    el('p', { class: 'hint' }, 'Click a bar to open that log at that moment; failed phases are red.'),
    renderTimeline(data.timeline, (lane, time) => {
      const log = laneLogAt(lane, time);
      if (log) viewer.open(log, { time });
    }),
  ),
  el('section', { id: 'junit' }, el('h2', {}, 'Test results'), renderJUnit(bundle, open)),
  el(
    'section',
    { id: 'files' },
    el('h2', {}, 'Files'),
    el('div', { class: 'files-layout' }, fileList(), viewer.element),
  ),
);

const firstLog =
  data.failedRuns.find((run) => run.log)?.log ?? data.timeline.find((lane) => lane.failed && lane.log)?.log;
if (firstLog) viewer.open(firstLog);
window.scrollTo(0, 0);
