import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ConfigurationError } from '../../errors.js';
import { TagScanner, type StartTag, type TagHandler } from './tag-scanner.js';
import type { TestFileIndex } from './test-file-index.js';

/** What one JUnit report says each test file took: the times of its test cases, summed. */
export interface ReportTimings {
  report: string;
  /** Milliseconds since the epoch: the report's latest suite `timestamp`, else the file's modification time. */
  time: number;
  /** Test file → seconds. */
  seconds: Map<string, number>;
  testCases: number;
  /** Test cases with a time that name no file of the list, and a few of their `classname`s or names. */
  unmatched: { testCases: number; names: string[] };
  /** Files with a failing or erroring test case, or whose suite failed before any case ran. */
  failed?: Set<string>;
  /** Failures (as above) that name no file of the list. */
  unmatchedFailures?: number;
}

const UNMATCHED_KEPT = 20;

interface SuiteFrame {
  attributes: Record<string, string>;
  /** The files the suite itself names (file attribute, a path, class or Go package as its name). */
  files: string[];
  caseSeconds: number;
  cases: number;
  hasChildSuites: boolean;
}

/**
 * Maps each test case to a test file, trying in turn: its `file` attribute (pytest with
 * junit_family=xunit1, jest-junit with addFileAttribute, node:test since Node 22), the innermost suite that
 * names a file (mocha-junit-reporter's `file`, Playwright's and jest-junit's `{filepath}` suite names,
 * Surefire's class, a Go package), then its `classname` as a path, a dotted module or class (pytest, JVM) or
 * a Go package (gotestsum, go-junit-report), whose time is shared by the package's `_test.go` files.
 * A suite that names its file and has no child suites adds its own time beyond its cases' (setup,
 * `beforeAll`, a suite that failed before its first test) to that file.
 */
class ReportReader implements TagHandler {
  private readonly suites: SuiteFrame[] = [];
  private rootSeen = false;
  private latest: number | undefined;
  readonly seconds = new Map<string, number>();
  readonly unmatched = new Set<string>();
  unmatchedCount = 0;
  testCases = 0;
  readonly failed = new Set<string>();
  unmatchedFailures = 0;
  /** The files of the test case whose children are being read; a <failure> or <error> among them fails it. */
  private openCase: string[] | undefined;
  private openCaseFailed = false;

  constructor(
    private readonly report: string,
    private readonly index: TestFileIndex,
  ) {}

  start(tag: StartTag): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (tag.name !== 'testsuites' && tag.name !== 'testsuite') {
        throw new ConfigurationError(
          `${this.report} is not a JUnit report: its root element is <${tag.name}>, not <testsuites> or <testsuite>. Point "reports" at the JUnit XML files your test runner writes.`,
        );
      }
    }
    if (tag.name === 'testsuite') this.openSuite(tag);
    else if (tag.name === 'testcase') {
      const files = this.testCase(tag.attributes);
      if (!tag.selfClosing) this.openCase = files;
    } else if ((tag.name === 'failure' || tag.name === 'error') && this.openCase && !this.openCaseFailed) {
      this.openCaseFailed = true;
      this.markFailed(this.openCase);
    }
  }

  end(name: string): void {
    if (name === 'testcase') {
      this.openCase = undefined;
      this.openCaseFailed = false;
    }
    if (name !== 'testsuite') return;
    const suite = this.suites.pop();
    if (suite && suite.cases === 0 && !suite.hasChildSuites && failureCount(suite.attributes) > 0) {
      this.markFailed(suite.files);
    }
    if (!suite || suite.files.length === 0 || suite.hasChildSuites) return;
    const own = seconds(suite.attributes.time) - suite.caseSeconds;
    // Adding 0 still records the file as timed: it ran and took no measurable time.
    this.add(suite.files, Math.max(0, own));
  }

  finish(): number | undefined {
    if (!this.rootSeen) {
      throw new ConfigurationError(
        `${this.report} is not a JUnit report: it holds no XML element. Point "reports" at the JUnit XML files your test runner writes.`,
      );
    }
    // A report cut short (a killed run) leaves suites open: their finished cases count.
    while (this.suites.length > 0) this.end('testsuite');
    return this.latest;
  }

  private openSuite(tag: StartTag): void {
    const parent = this.suites[this.suites.length - 1];
    if (parent) parent.hasChildSuites = true;
    const { attributes } = tag;
    const stamp = Date.parse(attributes.timestamp ?? '');
    if (Number.isFinite(stamp)) this.latest = Math.max(this.latest ?? stamp, stamp);
    const frame: SuiteFrame = {
      attributes,
      files: this.suiteFiles(attributes),
      caseSeconds: 0,
      cases: 0,
      hasChildSuites: false,
    };
    this.suites.push(frame);
    if (tag.selfClosing) this.end('testsuite');
  }

  private suiteFiles(attributes: Record<string, string>): string[] {
    const { file, name } = attributes;
    const byPath = (file && this.index.byPath(file)) || (name && this.index.byPath(name));
    if (byPath) return [byPath];
    if (!name) return [];
    const dotted = this.index.byDottedName(name);
    return dotted ? [dotted] : this.index.byGoPackage(name);
  }

  private markFailed(files: string[]): void {
    if (files.length === 0) this.unmatchedFailures++;
    for (const file of files) this.failed.add(file);
  }

  private testCase(attributes: Record<string, string>): string[] {
    this.testCases++;
    const time = seconds(attributes.time);
    const suite = this.suites[this.suites.length - 1];
    if (suite) {
      suite.caseSeconds += time;
      suite.cases++;
    }
    const files = this.caseFiles(attributes);
    if (files.length > 0) this.add(files, time);
    else if (time > 0) {
      // A case of no time (gotestsum's `[no test files]`) loses the plan nothing: not worth a warning.
      this.unmatchedCount++;
      if (this.unmatched.size < UNMATCHED_KEPT) {
        this.unmatched.add(attributes.classname || attributes.name || '(a test case without a name)');
      }
    }
    return files;
  }

  private caseFiles(attributes: Record<string, string>): string[] {
    const { file, classname } = attributes;
    const own = file && this.index.byPath(file);
    if (own) return [own];
    for (let i = this.suites.length - 1; i >= 0; i--) {
      const suite = this.suites[i] as SuiteFrame;
      if (suite.files.length > 0) return suite.files;
    }
    const named = classname && (this.index.byPath(classname) || this.index.byDottedName(classname));
    if (named) return [named];
    const inPackage = classname ? this.index.byGoPackage(classname) : [];
    if (inPackage.length > 0) return inPackage;
    // jest-junit names a suite that failed to run after its file.
    const byName = attributes.name && this.index.byPath(attributes.name);
    return byName ? [byName] : [];
  }

  private add(files: string[], total: number): void {
    const share = total / files.length;
    for (const file of files) this.seconds.set(file, (this.seconds.get(file) ?? 0) + share);
  }
}

/** Reads the report in chunks (a report with megabytes of captured output is never held whole). */
export async function readReportTimings(report: string, index: TestFileIndex): Promise<ReportTimings> {
  const reader = new ReportReader(report, index);
  const scanner = new TagScanner(reader);
  for await (const chunk of createReadStream(report, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    scanner.write(chunk as string);
  }
  const stamp = reader.finish();
  return result(report, reader, stamp ?? (await stat(report)).mtimeMs);
}

/** The same from text already read; `time` stands in for the file's modification time. */
export function reportTimingsOf(report: string, xml: string, index: TestFileIndex, time = 0): ReportTimings {
  const reader = new ReportReader(report, index);
  new TagScanner(reader).write(xml);
  const stamp = reader.finish();
  return result(report, reader, stamp ?? time);
}

function result(report: string, reader: ReportReader, time: number): ReportTimings {
  const unmatched = { testCases: reader.unmatchedCount, names: [...reader.unmatched] };
  return {
    report,
    time,
    seconds: reader.seconds,
    testCases: reader.testCases,
    unmatched,
    failed: reader.failed,
    unmatchedFailures: reader.unmatchedFailures,
  };
}

/** Some Surefire versions write `time="1,234.5"`; a missing or broken time counts as 0. */
function seconds(value: string | undefined): number {
  const parsed = Number((value ?? '').replace(/,/g, ''));
  return Number.isFinite(parsed) && parsed > 0 ? parsed : 0;
}

/** A suite's own count of failures and errors (a suite that failed before its cases writes only these). */
function failureCount(attributes: Record<string, string>): number {
  return (Number(attributes.failures) || 0) + (Number(attributes.errors) || 0);
}
