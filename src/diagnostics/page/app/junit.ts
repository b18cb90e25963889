import type { PageFile } from '../data.js';
import { el } from './dom.js';
import type { EmbeddedBundle } from './files.js';

interface TestCase {
  name: string;
  result: 'failed' | 'error' | 'skipped' | 'passed';
  time: string;
  message: string;
  report: string;
}

/** Every test case of the JUnit reports, failed ones first; a click opens the report. */
export function renderJUnit(bundle: EmbeddedBundle, open: (path: string) => void): HTMLElement {
  const reports = bundle.data.files.filter((file) => file.kind === 'junit' && !file.omitted);
  if (reports.length === 0) return el('p', {}, 'No JUnit report in this bundle.');
  const cases = reports.flatMap((file) => readCases(bundle, file));
  const order = { failed: 0, error: 0, skipped: 1, passed: 2 };
  cases.sort((a, b) => order[a.result] - order[b.result]);
  const counts = (result: TestCase['result']) => cases.filter((test) => test.result === result).length;
  return el(
    'div',
    {},
    el(
      'p',
      {},
      `${cases.length} tests: ${counts('failed') + counts('error')} failed, ${counts('skipped')} skipped, ${counts('passed')} passed.`,
    ),
    el(
      'table',
      { id: 'junit-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, 'Result'),
          el('th', {}, 'Test'),
          el('th', {}, 'Time (s)'),
          el('th', {}, 'Message'),
        ),
      ),
      el(
        'tbody',
        {},
        ...cases.map((test) =>
          el(
            'tr',
            { class: `result-${test.result}` },
            el('td', {}, test.result),
            el('td', {}, el('a', { href: '#files', onclick: () => open(test.report) }, test.name)),
            el('td', {}, test.time),
            el('td', { class: 'message' }, test.message),
          ),
        ),
      ),
    ),
  );
}

function readCases(bundle: EmbeddedBundle, file: PageFile): TestCase[] {
  const xml = new DOMParser().parseFromString(bundle.text(file), 'application/xml');
  return [...xml.getElementsByTagName('testcase')].map((testcase) => {
    const problem =
      testcase.getElementsByTagName('failure')[0] ??
      testcase.getElementsByTagName('error')[0] ??
      testcase.getElementsByTagName('skipped')[0];
    const result = !problem
      ? 'passed'
      : problem.tagName === 'failure'
        ? 'failed'
        : problem.tagName === 'error'
          ? 'error'
          : 'skipped';
    const classname = testcase.getAttribute('classname');
    return {
      name: `${classname ? `${classname}.` : ''}${testcase.getAttribute('name') ?? '?'}`,
      result,
      time: testcase.getAttribute('time') ?? '',
      message: problem?.getAttribute('message') ?? problem?.textContent?.trim().split('\n')[0] ?? '',
      report: file.path,
    };
  });
}
