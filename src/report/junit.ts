import { findAll, parseXml, type XmlElement } from './xml.js';

export interface JUnitFailure {
  suite: string;
  name: string;
  classname: string;
  /** One line: the failure's message attribute, else the first line of its text. */
  message: string;
  /** The failure's full text (stack trace, assertion diff), trimmed to a readable length. */
  details?: string;
  kind: 'failure' | 'error';
}

export interface JUnitSummary {
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  failures: JUnitFailure[];
  timeMs: number;
}

const DETAILS_LIMIT = 4000;

export function emptySummary(): JUnitSummary {
  return { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, failures: [], timeMs: 0 };
}

/**
 * Counts a JUnit XML report by its test cases (pytest, jest-junit, Maven Surefire, go-junit-report and
 * others differ in which attributes they fill, but all write `<testcase>` with `<failure>`, `<error>`
 * or `<skipped>` children). Throws when the document holds no test suite at all.
 */
export function parseJUnit(xml: string): JUnitSummary {
  const document = parseXml(xml);
  const root = document.children.find((element) =>
    ['testsuites', 'testsuite', 'testcase'].includes(element.name),
  );
  if (!root) {
    const first = document.children[0]?.name;
    throw new Error(
      first ? `not a JUnit report (root element <${first}>)` : 'not a JUnit report (no elements)',
    );
  }
  const summary = emptySummary();
  visit(root, '', summary);
  summary.timeMs = reportTime(root);
  return summary;
}

function visit(element: XmlElement, suite: string, summary: JUnitSummary): void {
  if (element.name === 'testcase') {
    countCase(element, suite, summary);
    return;
  }
  const suiteName = element.name === 'testsuite' ? (element.attributes.name ?? suite) : suite;
  const before = summary.tests;
  for (const child of element.children) visit(child, suiteName, summary);
  if (element.name === 'testsuite' && summary.tests === before) countEmptySuite(element, suiteName, summary);
}

function countCase(testcase: XmlElement, suite: string, summary: JUnitSummary): void {
  summary.tests++;
  const failure = testcase.children.find((child) => child.name === 'failure' || child.name === 'error');
  if (failure) {
    const kind = failure.name === 'failure' ? 'failure' : 'error';
    if (kind === 'failure') summary.failed++;
    else summary.errored++;
    const text = failure.text.trim();
    const details = text.length > DETAILS_LIMIT ? `${text.slice(0, DETAILS_LIMIT)}\n…` : text;
    summary.failures.push({
      suite,
      name: testcase.attributes.name ?? '(unnamed test)',
      classname: testcase.attributes.classname ?? '',
      message: firstLine(failure.attributes.message) || firstLine(text) || failure.attributes.type || kind,
      details,
      kind,
    });
  } else if (testcase.children.some((child) => child.name === 'skipped')) summary.skipped++;
  else summary.passed++;
}

/** A suite that failed before any test ran (import error, crash) reports counts but no test cases. */
function countEmptySuite(suite: XmlElement, name: string, summary: JUnitSummary): void {
  const errors = count(suite.attributes.errors) + count(suite.attributes.failures);
  if (errors === 0) return;
  summary.tests++;
  summary.errored++;
  const output = findAll(suite, 'system-err')[0]?.text.trim() || findAll(suite, 'system-out')[0]?.text.trim();
  summary.failures.push({
    suite: name,
    name: name || '(unnamed suite)',
    classname: '',
    message: `the suite reported ${errors} error${errors === 1 ? '' : 's'} without running a test case`,
    ...(output ? { details: output.slice(0, DETAILS_LIMIT) } : {}),
    kind: 'error',
  });
}

function reportTime(root: XmlElement): number {
  const own = seconds(root.attributes.time);
  if (own !== undefined) return Math.round(own * 1000);
  const suites = root.children.filter((child) => child.name === 'testsuite');
  const suiteTimes = suites.map((suite) => seconds(suite.attributes.time));
  if (suites.length > 0 && suiteTimes.every((time) => time !== undefined)) {
    return Math.round(suiteTimes.reduce<number>((sum, time) => sum + (time ?? 0), 0) * 1000);
  }
  const caseTimes = findAll(root, 'testcase').map((testcase) => seconds(testcase.attributes.time) ?? 0);
  return Math.round(caseTimes.reduce((sum, time) => sum + time, 0) * 1000);
}

/** Some Surefire versions write `time="1,234.5"`. */
function seconds(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = Number(value.replace(/,/g, ''));
  return Number.isFinite(parsed) ? parsed : undefined;
}

function count(value: string | undefined): number {
  const parsed = Number(value ?? 0);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : 0;
}

function firstLine(text: string | undefined): string {
  return (
    text
      ?.split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  );
}

export function mergeSummaries(summaries: JUnitSummary[]): JUnitSummary {
  const total = emptySummary();
  for (const summary of summaries) {
    total.tests += summary.tests;
    total.passed += summary.passed;
    total.failed += summary.failed;
    total.errored += summary.errored;
    total.skipped += summary.skipped;
    total.timeMs += summary.timeMs;
    total.failures.push(...summary.failures);
  }
  return total;
}
