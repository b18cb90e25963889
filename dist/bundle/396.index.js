export const id = 396;
export const ids = [396];
export const modules = {

/***/ 27396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hH: () => (/* reexport */ MAX_SHARDS),
  Tg: () => (/* reexport */ SHARD_ENV),
  ph: () => (/* reexport */ SHARD_FILES_DIR),
  rO: () => (/* reexport */ SHARD_FILES_PATH),
  Ni: () => (/* reexport */ combineShardReports),
  ZO: () => (/* reexport */ combinedReportMarkdown),
  pA: () => (/* reexport */ filesToRerun),
  Xo: () => (/* reexport */ formatSeconds),
  u5: () => (/* reexport */ matrixJson),
  vS: () => (/* reexport */ parsePlan),
  T9: () => (/* reexport */ planFromFiles),
  iY: () => (/* reexport */ planJson),
  Lq: () => (/* reexport */ planRows),
  Xq: () => (/* reexport */ planSummaryMarkdown),
  G: () => (/* reexport */ plannedFiles),
  oK: () => (/* reexport */ readShardReports),
  vj: () => (/* reexport */ recordRun),
  VR: () => (/* reexport */ reportsByShard),
  i0: () => (/* reexport */ restoreTimings),
  vM: () => (/* reexport */ saveTimings),
  Hj: () => (/* reexport */ selectionLabel),
  iD: () => (/* reexport */ selectionVariables),
  tr: () => (/* reexport */ selectsNothing),
  VY: () => (/* reexport */ shardFilesText),
  Ye: () => (/* reexport */ timingsAsReport),
  h4: () => (/* reexport */ timingsCacheKey),
  Mu: () => (/* reexport */ timingsFile)
});

// UNUSED EXPORTS: OUTPUT_LIMIT_BYTES, TIMINGS_VERSION, TestFileIndex, combineReports, parseTimingsFile, planShards, readReportTimings, reportTimingsOf, shardDurationChart, sumReports

// EXTERNAL MODULE: ./src/shared/files/glob-files.ts
var glob_files = __webpack_require__(14025);
;// CONCATENATED MODULE: ./src/shard/plan/combine.ts

/**
 * One time per test file from several reports. Within a report a file's cases were already summed; across
 * reports the latest report that has the file wins. Latest rather than a mean because a test that got
 * slower (or faster) should move in the very next plan, and a runner's speed shifts every file alike, so
 * the relative weights the planner needs stay sound; older reports still answer for files the latest lacks
 * (a leg that failed before writing its report). The legs of one run cover different files, so their
 * reports add up to the run.
 */
function combineReports(reports) {
    const ordered = [...reports].sort((a, b) => a.time - b.time || (0,glob_files/* byPath */.f)(a.report, b.report));
    const combined = new Map();
    for (const report of ordered)
        for (const [file, seconds] of report.seconds)
            combined.set(file, seconds);
    return combined;
}
/**
 * One run's time per test file: the reports of its legs added up. A file's cases can land in more than one
 * report of a run (a leg retried in a second report, Playwright projects run in legs of their own), and
 * the file then took all of it.
 */
function sumReports(reports) {
    const summed = new Map();
    for (const report of reports) {
        for (const [file, seconds] of report.seconds)
            summed.set(file, (summed.get(file) ?? 0) + seconds);
    }
    return summed;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var report = __webpack_require__(8517);
// EXTERNAL MODULE: ./src/shared/format/markdown.ts
var markdown = __webpack_require__(85116);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/shard/junit/tag-scanner.ts

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/**
 * Reads XML tags from text that arrives in chunks, so a report of hundreds of megabytes (test output in
 * CDATA) is never held whole: text, CDATA, comments, processing instructions and DOCTYPE are skipped, and
 * only start and end tags reach the handler. Only the tail of a construct split across chunks is kept.
 */
class TagScanner {
    handler;
    buffer = '';
    skipping;
    constructor(handler) {
        this.handler = handler;
    }
    write(chunk) {
        this.buffer += chunk;
        let i = 0;
        for (;;) {
            if (this.skipping) {
                const end = this.buffer.indexOf(this.skipping.terminator, i);
                if (end === -1) {
                    // Keep only what could be the start of the terminator.
                    const keep = this.skipping.terminator.length - 1;
                    this.buffer = this.buffer.slice(Math.max(i, this.buffer.length - keep));
                    return;
                }
                i = end + this.skipping.terminator.length;
                this.skipping = undefined;
                continue;
            }
            const lt = this.buffer.indexOf('<', i);
            if (lt === -1) {
                this.buffer = '';
                return;
            }
            const consumed = this.construct(lt);
            if (consumed === undefined) {
                this.buffer = this.buffer.slice(lt);
                return;
            }
            i = consumed;
        }
    }
    /** Where the construct at `lt` ends, or undefined when the buffer does not hold all of it yet. */
    construct(lt) {
        const text = this.buffer;
        if (text.length < lt + 9 && '<![CDATA['.startsWith(text.slice(lt)))
            return undefined;
        if (text.startsWith('<!--', lt))
            return this.skip(lt + 4, '-->');
        if (text.startsWith('<![CDATA[', lt))
            return this.skip(lt + 9, ']]>');
        if (text.startsWith('<?', lt))
            return this.skip(lt + 2, '?>');
        if (text.startsWith('<!', lt))
            return declarationEnd(text, lt);
        if (lt + 1 >= text.length)
            return undefined;
        // A stray `<` in text (invalid XML, but test output has them) is text, not a tag.
        if (!/[A-Za-z_:/]/.test(text[lt + 1]))
            return lt + 1;
        const gt = tagEnd(text, lt + 1);
        if (gt === -1)
            return undefined;
        const body = text.slice(lt + 1, gt);
        if (body.startsWith('/'))
            this.handler.end(body.slice(1).trim());
        else
            this.startTag(body);
        return gt + 1;
    }
    skip(from, terminator) {
        this.skipping = { terminator };
        return from;
    }
    startTag(body) {
        const name = /^[^\s/>]+/.exec(body)?.[0];
        if (!name)
            return;
        const selfClosing = body.endsWith('/');
        const attributes = {};
        for (const match of body.slice(name.length).matchAll(ATTRIBUTE)) {
            attributes[match[1]] = (0,report/* decodeEntities */.Sm)((match[2] ?? match[3] ?? '').replace(/[\t\n\r]/g, ' '));
        }
        this.handler.start({ name, attributes, selfClosing });
    }
}
/** The `>` closing a tag that starts at `from`, outside quoted attribute values; -1 when not there yet. */
function tagEnd(text, from) {
    let quote;
    for (let i = from; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === quote)
                quote = undefined;
        }
        else if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === '>')
            return i;
    }
    return -1;
}
/** `<!DOCTYPE ... [ internal subset ]>` may hold `>` inside brackets. */
function declarationEnd(text, lt) {
    let depth = 0;
    for (let i = lt + 2; i < text.length; i++) {
        const ch = text[i];
        if (ch === '[')
            depth++;
        else if (ch === ']')
            depth--;
        else if (ch === '>' && depth <= 0)
            return i + 1;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/shard/junit/report-timings.ts




const UNMATCHED_KEPT = 20;
/**
 * Maps each test case to a test file, trying in turn: its `file` attribute (pytest with
 * junit_family=xunit1, jest-junit with addFileAttribute, node:test since Node 22), the innermost suite that
 * names a file (mocha-junit-reporter's `file`, Playwright's and jest-junit's `{filepath}` suite names,
 * Surefire's class, a Go package), then its `classname` as a path, a dotted module or class (pytest, JVM) or
 * a Go package (gotestsum, go-junit-report), whose time is shared by the package's `_test.go` files.
 * A suite that names its file and has no child suites adds its own time beyond its cases' (setup,
 * `beforeAll`, a suite that failed before its first test) to that file.
 */
class ReportReader {
    report;
    index;
    suites = [];
    rootSeen = false;
    latest;
    seconds = new Map();
    unmatched = new Set();
    unmatchedCount = 0;
    testCases = 0;
    failed = new Set();
    unmatchedFailures = 0;
    /** The files of the test case whose children are being read; a <failure> or <error> among them fails it. */
    openCase;
    openCaseFailed = false;
    constructor(report, index) {
        this.report = report;
        this.index = index;
    }
    start(tag) {
        if (!this.rootSeen) {
            this.rootSeen = true;
            if (tag.name !== 'testsuites' && tag.name !== 'testsuite') {
                throw new errors/* ConfigurationError */.j1(`${this.report} is not a JUnit report: its root element is <${tag.name}>, not <testsuites> or <testsuite>. Point "reports" at the JUnit XML files your test runner writes.`);
            }
        }
        if (tag.name === 'testsuite')
            this.openSuite(tag);
        else if (tag.name === 'testcase') {
            const files = this.testCase(tag.attributes);
            if (!tag.selfClosing)
                this.openCase = files;
        }
        else if ((tag.name === 'failure' || tag.name === 'error') && this.openCase && !this.openCaseFailed) {
            this.openCaseFailed = true;
            this.markFailed(this.openCase);
        }
    }
    end(name) {
        if (name === 'testcase') {
            this.openCase = undefined;
            this.openCaseFailed = false;
        }
        if (name !== 'testsuite')
            return;
        const suite = this.suites.pop();
        if (suite && suite.cases === 0 && !suite.hasChildSuites && failureCount(suite.attributes) > 0) {
            this.markFailed(suite.files);
        }
        if (!suite || suite.files.length === 0 || suite.hasChildSuites)
            return;
        const own = seconds(suite.attributes.time) - suite.caseSeconds;
        // Adding 0 still records the file as timed: it ran and took no measurable time.
        this.add(suite.files, Math.max(0, own));
    }
    finish() {
        if (!this.rootSeen) {
            throw new errors/* ConfigurationError */.j1(`${this.report} is not a JUnit report: it holds no XML element. Point "reports" at the JUnit XML files your test runner writes.`);
        }
        // A report cut short (a killed run) leaves suites open: their finished cases count.
        while (this.suites.length > 0)
            this.end('testsuite');
        return this.latest;
    }
    openSuite(tag) {
        const parent = this.suites[this.suites.length - 1];
        if (parent)
            parent.hasChildSuites = true;
        const { attributes } = tag;
        const stamp = Date.parse(attributes.timestamp ?? '');
        if (Number.isFinite(stamp))
            this.latest = Math.max(this.latest ?? stamp, stamp);
        const frame = {
            attributes,
            files: this.suiteFiles(attributes),
            caseSeconds: 0,
            cases: 0,
            hasChildSuites: false,
        };
        this.suites.push(frame);
        if (tag.selfClosing)
            this.end('testsuite');
    }
    suiteFiles(attributes) {
        const { file, name } = attributes;
        const byPath = (file && this.index.byPath(file)) || (name && this.index.byPath(name));
        if (byPath)
            return [byPath];
        if (!name)
            return [];
        const dotted = this.index.byDottedName(name);
        return dotted ? [dotted] : this.index.byGoPackage(name);
    }
    markFailed(files) {
        if (files.length === 0)
            this.unmatchedFailures++;
        for (const file of files)
            this.failed.add(file);
    }
    testCase(attributes) {
        this.testCases++;
        const time = seconds(attributes.time);
        const suite = this.suites[this.suites.length - 1];
        if (suite) {
            suite.caseSeconds += time;
            suite.cases++;
        }
        const files = this.caseFiles(attributes);
        if (files.length > 0)
            this.add(files, time);
        else if (time > 0) {
            // A case of no time (gotestsum's `[no test files]`) loses the plan nothing: not worth a warning.
            this.unmatchedCount++;
            if (this.unmatched.size < UNMATCHED_KEPT) {
                this.unmatched.add(attributes.classname || attributes.name || '(a test case without a name)');
            }
        }
        return files;
    }
    caseFiles(attributes) {
        const { file, classname } = attributes;
        const own = file && this.index.byPath(file);
        if (own)
            return [own];
        for (let i = this.suites.length - 1; i >= 0; i--) {
            const suite = this.suites[i];
            if (suite.files.length > 0)
                return suite.files;
        }
        const named = classname && (this.index.byPath(classname) || this.index.byDottedName(classname));
        if (named)
            return [named];
        const inPackage = classname ? this.index.byGoPackage(classname) : [];
        if (inPackage.length > 0)
            return inPackage;
        // jest-junit names a suite that failed to run after its file.
        const byName = attributes.name && this.index.byPath(attributes.name);
        return byName ? [byName] : [];
    }
    add(files, total) {
        const share = total / files.length;
        for (const file of files)
            this.seconds.set(file, (this.seconds.get(file) ?? 0) + share);
    }
}
/** Reads the report in chunks (a report with megabytes of captured output is never held whole). */
async function readReportTimings(report, index) {
    const reader = new ReportReader(report, index);
    const scanner = new TagScanner(reader);
    for await (const chunk of (0,external_node_fs_.createReadStream)(report, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
        scanner.write(chunk);
    }
    const stamp = reader.finish();
    return result(report, reader, stamp ?? (await (0,promises_.stat)(report)).mtimeMs);
}
/** The same from text already read; `time` stands in for the file's modification time. */
function reportTimingsOf(report, xml, index, time = 0) {
    const reader = new ReportReader(report, index);
    new TagScanner(reader).write(xml);
    const stamp = reader.finish();
    return result(report, reader, stamp ?? time);
}
function result(report, reader, time) {
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
function seconds(value) {
    const parsed = Number((value ?? '').replace(/,/g, ''));
    return Number.isFinite(parsed) && parsed > 0 ? parsed : 0;
}
/** A suite's own count of failures and errors (a suite that failed before its cases writes only these). */
function failureCount(attributes) {
    return (Number(attributes.failures) || 0) + (Number(attributes.errors) || 0);
}

;// CONCATENATED MODULE: ./src/shard/junit/test-file-index.ts
/** Extensions a dotted class or module name (`tests.test_api`, `com.acme.OrderIT`) may have as a file. */
const DOTTED_EXTENSIONS = ['.py', '.java', '.kt', '.scala', '.groovy'];
/**
 * The test files a plan covers, and the ways a JUnit report names one of them. Every lookup answers only
 * with files of the list, so trying a way that does not fit the framework at hand finds nothing instead of
 * a wrong file; a name that fits several files (two `a.spec.ts` in different folders) finds none.
 */
class TestFileIndex {
    options;
    files;
    /** Every trailing part of every path (`b/c.py`, `c.py` of `a/b/c.py`) → the paths ending so. */
    bySuffix = new Map();
    /** Every trailing part of a folder holding `_test.go` files → those files. */
    goFolders = new Map();
    root;
    constructor(files, options = {}) {
        this.options = options;
        this.files = new Set(files);
        this.root = options.root?.replace(/\\/g, '/').replace(/\/+$/, '');
        for (const file of this.files) {
            const segments = file.split('/');
            for (let i = 1; i < segments.length; i++)
                push(this.bySuffix, segments.slice(i).join('/'), file);
            if (file.endsWith('_test.go')) {
                const folder = segments.slice(0, -1);
                push(this.goFolders, folder.join('/'), file);
                for (let i = 1; i < folder.length; i++)
                    push(this.goFolders, `/${folder.slice(i).join('/')}`, file);
            }
        }
    }
    has(file) {
        return this.files.has(file);
    }
    /** A path as a report writes it: relative, absolute (this machine or a container's), `./`, `\`, `file://`. */
    byPath(reported) {
        let candidate = reported
            .trim()
            .replace(/^file:\/\//, '')
            .replace(/\\/g, '/');
        if (this.root && candidate.startsWith(`${this.root}/`))
            candidate = candidate.slice(this.root.length + 1);
        candidate = candidate.replace(/^(\.\/)+/, '');
        if (candidate === '')
            return undefined;
        if (this.files.has(candidate))
            return candidate;
        const segments = candidate.split('/').filter((segment) => segment !== '');
        for (let i = 0; i < segments.length; i++) {
            const tail = segments.slice(i).join('/');
            const found = [...(this.files.has(tail) ? [tail] : []), ...(this.bySuffix.get(tail) ?? [])];
            if (found.length > 0)
                return found.length === 1 ? found[0] : undefined;
        }
        return undefined;
    }
    /**
     * A dotted name: pytest's `classname` (`tests.api.test_users.TestLogin`: the module, then classes) or a
     * JVM class (`com.acme.OrderIT`, `com.acme.OrderIT$Nested`). The longest prefix that is a file wins.
     */
    byDottedName(name) {
        const trimmed = name.trim().replace(/\$.*$/, '');
        if (!/^[\w.]+$/.test(trimmed))
            return undefined;
        const parts = trimmed.split('.');
        for (let length = parts.length; length > 0; length--) {
            const stem = parts.slice(0, length).join('/');
            for (const extension of DOTTED_EXTENSIONS) {
                const found = this.byPath(`${stem}${extension}`);
                if (found)
                    return found;
            }
        }
        return undefined;
    }
    /** A Go package's import path (`github.com/acme/shop/internal/cart`) → the `_test.go` files of its folder. */
    byGoPackage(importPath) {
        const name = importPath.trim();
        if (!/^[\w.~-]+(\/[\w.~-]+)*$/.test(name))
            return [];
        const module = this.options.goModule;
        if (module && (name === module || name.startsWith(`${module}/`))) {
            return this.goFolders.get(name.slice(module.length + 1)) ?? [];
        }
        const segments = name.split('/');
        // Without go.mod, only a path that starts with a host (`github.com/…`) is taken for an import path:
        // a bare `cart` is as likely a describe block's title.
        if (segments.length < 2 || !segments[0]?.includes('.'))
            return [];
        for (let i = 0; i < segments.length; i++) {
            const tail = segments.slice(i).join('/');
            const found = this.goFolders.get(tail) ?? this.goFolders.get(`/${tail}`);
            if (found)
                return new Set(found.map(folderOf)).size === 1 ? found : [];
        }
        return [];
    }
}
function folderOf(file) {
    return file.slice(0, Math.max(0, file.lastIndexOf('/')));
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}

;// CONCATENATED MODULE: ./src/shard/planner.ts


/** GitHub runs at most 256 jobs from one matrix. */
const MAX_SHARDS = 256;
/**
 * Longest processing time first: files by weight, heaviest first (ties by path), each onto the shard with
 * the least so far (ties to the lowest number). Deterministic for the same files and timings, so every leg
 * of a matrix that plans for itself computes the same plan. A file without a timing weighs the mean of the
 * timed ones, never 0 (a weight of 0 is how files end up planned onto no runner at all in other tools);
 * without any timing every file weighs the same, which splits by count.
 */
function planShards(options) {
    const files = [...new Set(options.files)].sort(glob_files/* byPath */.f);
    if (files.length === 0)
        throw new errors/* ConfigurationError */.j1('No test files to plan: the test patterns matched nothing.');
    const maxShards = checkCount(options.maxShards ?? MAX_SHARDS, 'The largest number of shards');
    if (options.shards !== undefined)
        checkCount(options.shards, 'The number of shards');
    const listed = new Set(files);
    const dropped = [...options.timings.keys()].filter((file) => !listed.has(file)).sort(glob_files/* byPath */.f);
    const known = files.filter((file) => options.timings.has(file));
    const basis = known.length > 0 ? 'timings' : 'count';
    const knownMs = new Map(known.map((file) => [file, Math.max(1, Math.round((options.timings.get(file) ?? 0) * 1000))]));
    const meanMs = basis === 'timings' ? Math.max(1, Math.round(sum([...knownMs.values()]) / known.length)) : 1;
    const weighted = files
        .map((file) => ({ file, ms: knownMs.get(file) ?? meanMs }))
        .sort((a, b) => b.ms - a.ms || (0,glob_files/* byPath */.f)(a.file, b.file));
    const untimed = basis === 'timings' ? files.filter((file) => !knownMs.has(file)) : [];
    const notes = [];
    const count = shardCount(weighted, basis, options, Math.min(maxShards, files.length), notes);
    const loads = longestFirst(weighted, count);
    const totalMs = sum(weighted.map((item) => item.ms));
    const makespanMs = Math.max(...loads.map((load) => load.ms));
    const longestMs = weighted[0]?.ms ?? 0;
    const seconds = (ms) => (basis === 'timings' ? ms / 1000 : null);
    return {
        of: count,
        basis,
        shards: loads.map((load, index) => ({
            shard: index + 1,
            files: load.files.sort(glob_files/* byPath */.f),
            seconds: seconds(load.ms),
        })),
        untimed,
        ...(basis === 'timings' ? { meanSeconds: meanMs / 1000 } : {}),
        dropped,
        totalSeconds: basis === 'timings' ? totalMs / 1000 : 0,
        makespanSeconds: basis === 'timings' ? makespanMs / 1000 : 0,
        lowerBoundSeconds: basis === 'timings' ? Math.max(Math.ceil(totalMs / count), longestMs) / 1000 : 0,
        notes,
    };
}
function shardCount(weighted, basis, options, cap, notes) {
    const { targetSeconds, shards } = options;
    if (targetSeconds !== undefined && basis === 'timings') {
        if (!(targetSeconds > 0))
            throw new errors/* ConfigurationError */.j1('The target duration must be more than 0 seconds.');
        const targetMs = targetSeconds * 1000;
        const longestMs = weighted[0]?.ms ?? 0;
        let count = Math.min(cap, Math.max(1, Math.ceil(sum(weighted.map((item) => item.ms)) / targetMs)));
        while (count < cap && longestMs <= targetMs) {
            const makespan = Math.max(...longestFirst(weighted, count).map((load) => load.ms));
            if (makespan <= targetMs)
                break;
            count++;
        }
        if (longestMs > targetMs) {
            notes.push(`${weighted[0]?.file} alone takes ${longestMs / 1000}s, more than the target of ${targetSeconds}s: no number of shards meets it.`);
        }
        else if (Math.max(...longestFirst(weighted, count).map((load) => load.ms)) > targetMs) {
            notes.push(`${count} shards (the most allowed) still take longer than the target of ${targetSeconds}s.`);
        }
        return count;
    }
    if (targetSeconds !== undefined) {
        const fallback = Math.min(shards ?? 1, cap);
        notes.push(`No timings are known yet, so the target duration cannot choose the number of shards: ${fallback} by count${shards === undefined ? ' (give "shards" for another number until timings exist)' : ''}.`);
        return fallback;
    }
    if (shards === undefined)
        throw new errors/* ConfigurationError */.j1('Give the number of shards or a target duration.');
    if (shards > cap) {
        notes.push(cap === weighted.length
            ? `${shards} shards asked for, but there are only ${weighted.length} test files: planned ${cap}, one file each.`
            : `${shards} shards asked for, more than the most allowed: planned ${cap}.`);
        return cap;
    }
    return shards;
}
function longestFirst(weighted, count) {
    const loads = Array.from({ length: count }, () => ({ files: [], ms: 0 }));
    for (const item of weighted) {
        let lightest = 0;
        for (let i = 1; i < count; i++)
            if (loads[i].ms < loads[lightest].ms)
                lightest = i;
        const load = loads[lightest];
        load.files.push(item.file);
        load.ms += item.ms;
    }
    return loads;
}
function checkCount(value, what) {
    if (!Number.isInteger(value) || value < 1 || value > MAX_SHARDS) {
        throw new errors/* ConfigurationError */.j1(`${what} is ${value}; write a whole number from 1 to ${MAX_SHARDS}.`);
    }
    return value;
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}

;// CONCATENATED MODULE: ./src/shard/plan/plan-input.ts


const EXAMPLE = 'pass the plan output of plan-shards, e.g. plan: ${{ needs.plan.outputs.plan }}';
/**
 * Reads a plan JSON and checks its shape; `where` names what gave it (`Input "plan"`) in every error.
 * A shard missing from the list is taken as an empty one, so a plan written by hand may leave it out.
 */
function parsePlan(json, where) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${where} is not JSON (${(0,errors/* errorMessage */.gJ)(error)}); ${EXAMPLE}.`);
    }
    if (!isObject(value) || !Array.isArray(value.shards)) {
        throw new errors/* ConfigurationError */.j1(`${where} is not a shard plan: it has no "shards" list; ${EXAMPLE}.`);
    }
    const of = value.of;
    if (typeof of !== 'number' || !Number.isInteger(of) || of < 1 || of > MAX_SHARDS) {
        throw new errors/* ConfigurationError */.j1(`${where} is not a shard plan: "of" must be the number of shards, 1 to ${MAX_SHARDS}; ${EXAMPLE}.`);
    }
    const byNumber = new Map();
    for (const [position, entry] of value.shards.entries()) {
        const shard = plannedShard(entry, of, `${where}: shards[${position}]`);
        if (byNumber.has(shard.shard)) {
            throw new errors/* ConfigurationError */.j1(`${where} lists shard ${shard.shard} twice; ${EXAMPLE}.`);
        }
        byNumber.set(shard.shard, shard);
    }
    return {
        of,
        basis: value.basis === 'timings' ? 'timings' : 'count',
        shards: Array.from({ length: of }, (_, index) => byNumber.get(index + 1) ?? { shard: index + 1, seconds: null, files: [] }),
    };
}
/** Every file of the plan, each once, in shard order. */
function plannedFiles(plan) {
    return [...new Set(plan.shards.flatMap((shard) => shard.files))];
}
function plannedShard(entry, of, where) {
    if (!isObject(entry))
        throw new errors/* ConfigurationError */.j1(`${where} is not an object; ${EXAMPLE}.`);
    const { shard, seconds, files } = entry;
    if (typeof shard !== 'number' || !Number.isInteger(shard) || shard < 1 || shard > of) {
        throw new errors/* ConfigurationError */.j1(`${where}: "shard" must be a whole number from 1 to ${of} (the plan's "of").`);
    }
    if (!Array.isArray(files) || files.some((file) => typeof file !== 'string' || file.trim() === '')) {
        throw new errors/* ConfigurationError */.j1(`${where}: "files" must be a list of test file paths.`);
    }
    if (files.some((file) => /[\r\n]/.test(file))) {
        throw new errors/* ConfigurationError */.j1(`${where}: a test file path holds a line break; rename the file.`);
    }
    const estimate = typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
    return { shard, seconds: estimate, files: files };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/diagnostics/timeline/index.ts + 5 modules
var timeline = __webpack_require__(36461);
;// CONCATENATED MODULE: ./src/shard/report/duration-chart.ts

/** A shard that took this much longer than planned is drawn in the failed style. */
const OVER_PLAN = 1.5;
/**
 * The shards' planned and actual durations as a Mermaid `gantt` chart, the same kind as the diagnostics
 * timeline: a section per shard, each bar from 0. A shard far over its plan (its files' timings are
 * stale) is `crit`; one that never reported says so.
 */
function shardDurationChart(shards) {
    const lines = ['gantt', '  dateFormat x', `  axisFormat ${axisFormat(shards)}`];
    for (const { shard, planned, actual } of [...shards].sort((a, b) => a.shard - b.shard)) {
        lines.push(`  section ${(0,timeline/* ganttName */.k2)(`shard ${shard}`)}`);
        lines.push(`    planned ${duration_chart_seconds(planned)} :0, ${milliseconds(planned)}`);
        if (actual === undefined) {
            lines.push(`    no result :crit, 0, ${milliseconds(planned)}`);
        }
        else {
            const over = planned > 0 && actual > planned * OVER_PLAN;
            lines.push(`    actual ${duration_chart_seconds(actual)} :${over ? 'crit, ' : ''}0, ${milliseconds(actual)}`);
        }
    }
    return lines.join('\n');
}
function milliseconds(value) {
    return Math.max(1, Math.round(value * 1000));
}
function duration_chart_seconds(value) {
    return `${value.toFixed(value < 10 ? 1 : 0)}s`;
}
function axisFormat(shards) {
    const longest = Math.max(0, ...shards.flatMap((shard) => [shard.planned, shard.actual ?? 0]));
    return longest >= 3600 ? '%H:%M' : '%M:%S';
}

// EXTERNAL MODULE: ./src/shared/format/format-duration.ts
var format_duration = __webpack_require__(3619);
;// CONCATENATED MODULE: ./src/shard/plan/plan-summary.ts


function formatSeconds(seconds) {
    return (0,format_duration/* formatDuration */.a)(seconds * 1000);
}
/** The job summary of plan-shards: one row per shard, its files folded below. */
function planSummaryMarkdown(plan) {
    const lines = [`### Shard plan: ${plan.of} shard(s) by ${plan.basis}`, ''];
    if (plan.basis === 'timings') {
        lines.push(`Slowest shard about **${formatSeconds(plan.makespanSeconds)}** (no plan can beat ${formatSeconds(plan.lowerBoundSeconds)}); all tests ${formatSeconds(plan.totalSeconds)}.`, '');
    }
    lines.push((0,markdown/* table */.tp)(['Shard', 'Files', 'Estimated'], plan.shards.map((shard) => [
        `${shard.shard}/${plan.of}`,
        shard.files.length,
        shard.seconds === null ? undefined : formatSeconds(shard.seconds),
    ]), ['left', 'right', 'right']), '');
    if (plan.untimed.length > 0) {
        lines.push(`${plan.untimed.length} file(s) had no timing and weigh the mean, ${formatSeconds(plan.meanSeconds ?? 0)}.`, '', ...(0,markdown/* details */.zH)(`Files without a timing (${plan.untimed.length})`, [...plan.untimed.map(bullet), '']), '');
    }
    for (const note of plan.notes)
        lines.push(`> ${note}`, '');
    for (const shard of plan.shards) {
        lines.push(...(0,markdown/* details */.zH)(`Shard ${shard.shard}: ${shard.files.length} file(s)`, [...shard.files.map(bullet), '']), '');
    }
    return lines.join('\n');
}
/** The terminal's table: shard, files, estimate. */
function planRows(plan) {
    return [
        ['SHARD', 'FILES', 'ESTIMATED'],
        ...plan.shards.map((shard) => [
            `${shard.shard}/${plan.of}`,
            String(shard.files.length),
            shard.seconds === null ? '-' : formatSeconds(shard.seconds),
        ]),
    ];
}
function bullet(file) {
    return `- \`${file.replace(/`/g, '')}\``;
}

;// CONCATENATED MODULE: ./src/shard/report/combined-report.ts










const DEFAULT_SLOWEST = 10;
/** Reads every report of every shard; a report that cannot be read is left out with a warning. */
async function readShardReports(shards, logger) {
    const read = [];
    for (const { shard, paths, seconds } of shards) {
        const reports = [];
        for (const path of paths) {
            try {
                reports.push({ path, xml: await (0,promises_.readFile)(path, 'utf8') });
            }
            catch (error) {
                logger.warn(`Report ${path} of shard ${shard} was not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        read.push({ shard, reports, ...(seconds !== undefined ? { seconds } : {}) });
    }
    return read;
}
/** Counts every shard from its reports, sums them up, and ranks the files by the time they took. */
function combineShardReports(options) {
    const { plan } = options;
    const files = options.files ?? (plan ? plannedFiles(plan) : []);
    const index = files.length > 0 ? new TestFileIndex(files) : undefined;
    const numbers = new Set([
        ...options.shards.map((shard) => shard.shard),
        ...(plan?.shards.map((shard) => shard.shard) ?? []),
    ]);
    const fileSeconds = [];
    const outcomes = [...numbers]
        .sort((a, b) => a - b)
        .map((number) => {
        const given = options.shards.filter((shard) => shard.shard === number);
        const summaries = [];
        const unread = [];
        for (const { path, xml } of given.flatMap((shard) => shard.reports)) {
            try {
                summaries.push((0,report/* parseJUnit */.iM)(xml));
            }
            catch (error) {
                unread.push(`${path}: ${(0,errors/* errorMessage */.gJ)(error)}`);
                continue;
            }
            if (index) {
                for (const [file, seconds] of reportTimingsOf(path, xml, index).seconds) {
                    fileSeconds.push({ file, seconds, shard: number });
                }
            }
        }
        const summary = (0,report/* mergeSummaries */.TF)(summaries);
        const wallClock = given.find((shard) => shard.seconds !== undefined)?.seconds;
        return {
            shard: number,
            summary,
            seconds: wallClock ?? summary.timeMs / 1000,
            plannedSeconds: plan?.shards[number - 1]?.seconds ?? null,
            unread,
        };
    });
    const worst = outcomes.reduce((slowest, outcome) => (slowest === undefined || outcome.seconds > slowest.seconds ? outcome : slowest), undefined);
    const planned = plan?.shards.map((shard) => shard.seconds).filter((s) => s !== null) ?? [];
    return {
        of: Math.max(plan?.of ?? 0, ...numbers),
        shards: outcomes,
        total: (0,report/* mergeSummaries */.TF)(outcomes.map((outcome) => outcome.summary)),
        slowestFiles: fileSeconds
            .sort((a, b) => b.seconds - a.seconds || (0,glob_files/* byPath */.f)(a.file, b.file))
            .slice(0, options.slowest ?? DEFAULT_SLOWEST),
        ...(worst ? { worst } : {}),
        plannedMakespan: planned.length > 0 ? Math.max(...planned) : null,
    };
}
/** The job summary over all shards: one row per shard, totals, the slowest files, the worst shard. */
function combinedReportMarkdown(report) {
    const failed = report.total.failed + report.total.errored;
    const icon = failed > 0 ? '❌' : '✅';
    const lines = [
        `### ${icon} Tests over ${report.of} shard(s): ${report.total.passed} passed, ${failed} failed, ${report.total.skipped} skipped`,
        '',
    ];
    const { worst } = report;
    if (worst)
        lines.push(worstShardLine(worst, report.plannedMakespan), '');
    lines.push((0,markdown/* table */.tp)(['Shard', 'Passed', 'Failed', 'Skipped', 'Time', 'Planned'], [
        ...report.shards.map((outcome) => [
            `${outcome.shard}/${report.of}`,
            outcome.summary.passed,
            outcome.summary.failed + outcome.summary.errored,
            outcome.summary.skipped,
            formatSeconds(outcome.seconds),
            outcome.plannedSeconds === null ? undefined : formatSeconds(outcome.plannedSeconds),
        ]),
        [
            '**all**',
            report.total.passed,
            failed,
            report.total.skipped,
            formatSeconds(report.shards.reduce((sum, outcome) => sum + outcome.seconds, 0)),
            report.plannedMakespan === null
                ? undefined
                : formatSeconds(report.shards.reduce((sum, outcome) => sum + (outcome.plannedSeconds ?? 0), 0)),
        ],
    ], ['left', 'right', 'right', 'right', 'right', 'right']), '');
    const planned = report.shards.filter((outcome) => outcome.plannedSeconds !== null);
    if (planned.length > 0) {
        const durations = planned.map((outcome) => ({
            shard: outcome.shard,
            planned: outcome.plannedSeconds,
            ...(outcome.summary.tests > 0 ? { actual: outcome.seconds } : {}),
        }));
        lines.push('```mermaid', shardDurationChart(durations), '```', '');
    }
    const silent = report.shards.filter((outcome) => outcome.summary.tests === 0);
    if (silent.length > 0) {
        lines.push(`No test results from shard(s) ${silent.map((outcome) => outcome.shard).join(', ')}.`, '');
    }
    if (report.slowestFiles.length > 0) {
        lines.push(...(0,markdown/* details */.zH)(`Slowest ${report.slowestFiles.length} file(s)`, [
            (0,markdown/* table */.tp)(['File', 'Shard', 'Time'], report.slowestFiles.map((entry) => [
                `\`${entry.file.replace(/`/g, '')}\``,
                entry.shard,
                formatSeconds(entry.seconds),
            ]), ['left', 'right', 'right']),
            '',
        ]), '');
    }
    const unread = report.shards.flatMap((outcome) => outcome.unread.map((why) => `- shard ${outcome.shard}: ${why}`));
    if (unread.length > 0)
        lines.push(...(0,markdown/* details */.zH)(`Reports not counted (${unread.length})`, [...unread, '']), '');
    return `${lines.join('\n')}\n`;
}
function worstShardLine(worst, plannedMakespan) {
    const took = `Slowest shard: **${worst.shard}**, ${formatSeconds(worst.seconds)}`;
    if (worst.plannedSeconds === null || plannedMakespan === null)
        return `${took}.`;
    const against = plannedMakespan > 0 ? Math.round((worst.seconds / plannedMakespan - 1) * 100) : 0;
    const sign = against >= 0 ? '+' : '';
    return `${took}, planned ${formatSeconds(worst.plannedSeconds)}; the plan's slowest shard was ${formatSeconds(plannedMakespan)} (${sign}${against}%).`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/shard/plan/read-reports.ts






/** The files `input`'s patterns match below `root`; a pattern's error names the input. */
async function filesOf(root, patterns, input) {
    try {
        return await (0,glob_files/* findFiles */.l)(root, patterns);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw new errors/* ConfigurationError */.j1(`"${input}": ${error.message}`);
        throw error;
    }
}
/**
 * The timings of every JUnit report `patterns` match, each test case mapped to one of `files`. A report
 * that cannot be read is a warning: timings only balance shards, they must never stop tests from running.
 */
async function readTimings(root, files, patterns, logger) {
    if (patterns.length === 0)
        return [];
    const paths = await filesOf(root, patterns, 'reports');
    if (paths.length === 0) {
        logger.info(`No reports match ${patterns.join(', ')}.`);
        return [];
    }
    const index = new TestFileIndex([...files], { root, ...(await goModule(root, files)) });
    const reports = [];
    await logger.group(`Read timings from ${paths.length} report(s)`, async () => {
        for (const report of paths) {
            try {
                const timings = await readReportTimings(external_node_path_default().join(root, report), index);
                reports.push({ ...timings, report });
                logger.info(`${report}: ${timings.testCases} test case(s), ${timings.seconds.size} test file(s) timed`);
                const { unmatched } = timings;
                if (unmatched.testCases > 0) {
                    logger.warn(`${report}: ${unmatched.testCases} test case(s) name no test file of "tests" (e.g. ${unmatched.names.slice(0, 5).join(', ')}); the plan-shards README says which reporter setting writes the file.`);
                }
            }
            catch (error) {
                logger.warn(`Report ${report} was not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
    });
    return reports;
}
async function goModule(root, files) {
    if (!files.some((file) => file.endsWith('_test.go')))
        return {};
    const text = await (0,promises_.readFile)(external_node_path_default().join(root, 'go.mod'), 'utf8').catch(() => '');
    const module = /^module\s+(\S+)/m.exec(text)?.[1];
    return module ? { goModule: module } : {};
}

;// CONCATENATED MODULE: ./src/shard/plan/plan-from-files.ts





const NAMED_IN_LOG = 50;
/** The one call of plan-shards and `inception shards`: find the tests, read the reports' timings, plan. */
async function planFromFiles(options) {
    const { root, logger } = options;
    const files = await filesOf(root, options.tests, 'tests');
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`No test files match "tests" (${options.tests.join(', ')}) in ${root}. Write globs relative to the working directory, e.g. tests/**/*.test.ts.`);
    }
    logger.info(`${files.length} test file(s) match ${options.tests.join(', ')}`);
    const reports = await readTimings(root, files, options.reports, logger);
    const plan = planShards({
        files,
        timings: combineReports([...(options.recorded ?? []), ...reports]),
        ...(options.shards !== undefined ? { shards: options.shards } : {}),
        ...(options.targetSeconds !== undefined ? { targetSeconds: options.targetSeconds } : {}),
        ...(options.maxShards !== undefined ? { maxShards: options.maxShards } : {}),
    });
    explain(plan, logger);
    return plan;
}
function explain(plan, logger) {
    if (plan.basis === 'count')
        logger.info(`No timings known: ${plan.of} shard(s) split by count.`);
    if (plan.untimed.length > 0) {
        const named = plan.untimed.slice(0, NAMED_IN_LOG).join(', ');
        const more = plan.untimed.length > NAMED_IN_LOG ? ` and ${plan.untimed.length - NAMED_IN_LOG} more` : '';
        logger.info(`${plan.untimed.length} test file(s) have no timing; each weighs the mean of the timed ones, ${formatSeconds(plan.meanSeconds ?? 0)}: ${named}${more}`);
    }
    if (plan.dropped.length > 0) {
        logger.info(`${plan.dropped.length} timing(s) of files that are no longer among the tests dropped`);
        logger.debug(`dropped: ${plan.dropped.join(', ')}`);
    }
    for (const note of plan.notes)
        logger.warn(note);
    for (const shard of plan.shards) {
        const estimate = shard.seconds === null ? '' : `, about ${formatSeconds(shard.seconds)}`;
        logger.info(`shard ${shard.shard}/${plan.of}: ${shard.files.length} file(s)${estimate}`);
    }
    if (plan.basis === 'timings') {
        logger.info(`slowest shard about ${formatSeconds(plan.makespanSeconds)}; no plan can beat ${formatSeconds(plan.lowerBoundSeconds)}`);
    }
}

;// CONCATENATED MODULE: ./src/shard/plan/plan-output.ts

/** GitHub keeps at most 1 MB of a job output. */
const OUTPUT_LIMIT_BYTES = 1_000_000;
/** `strategy.matrix: ${{ fromJSON(...) }}`: one leg per shard, each knowing its number and the count. */
function matrixJson(plan) {
    return checkedOutput('matrix', JSON.stringify({ include: plan.shards.map(({ shard }) => ({ shard, of: plan.of })) }));
}
/** Each shard's files and estimate; a leg runs `shards[shard - 1].files`. */
function planJson(plan) {
    return checkedOutput('plan', JSON.stringify({
        of: plan.of,
        basis: plan.basis,
        shards: plan.shards.map(({ shard, seconds, files }) => ({ shard, seconds, files })),
    }));
}
function checkedOutput(name, json) {
    const bytes = Buffer.byteLength(json);
    if (bytes > OUTPUT_LIMIT_BYTES) {
        throw new errors/* ConfigurationError */.j1(`The ${name} output would be ${(bytes / 1e6).toFixed(2)} MB, above GitHub's limit of 1 MB for a job output. Plan fewer test files: narrow "tests", or plan each part of the suite in a job of its own.`);
    }
    return json;
}

;// CONCATENATED MODULE: ./src/shard/timings/timings-file.ts


/** Raised when the file's meaning changes; a plan ignores (with a warning) a version it does not know. */
const TIMINGS_VERSION = 1;
function timingsFile(seconds, recordedAt, run) {
    const files = Object.fromEntries([...seconds.entries()]
        .sort(([a], [b]) => (0,glob_files/* byPath */.f)(a, b))
        .map(([file, value]) => [file, Math.round(value * 1000) / 1000]));
    return { version: TIMINGS_VERSION, recordedAt: recordedAt.toISOString(), ...(run ? { run } : {}), files };
}
/** Parses a timings file; `source` names it in the error (a cache key or a path). */
function parseTimingsFile(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${source} is not JSON; it is not a timings file of record-timings.`);
    }
    const file = value;
    if (typeof file !== 'object' || file === null || typeof file.files !== 'object' || file.files === null) {
        throw new errors/* ConfigurationError */.j1(`${source} has no "files" object; it is not a timings file of record-timings.`);
    }
    if (file.version !== TIMINGS_VERSION) {
        throw new errors/* ConfigurationError */.j1(`${source} is version ${JSON.stringify(file.version)} of the timings file; this version reads ${TIMINGS_VERSION}. Use the same version of record-timings and plan-shards.`);
    }
    const recordedAt = typeof file.recordedAt === 'string' ? file.recordedAt : '';
    if (!Number.isFinite(Date.parse(recordedAt))) {
        throw new errors/* ConfigurationError */.j1(`${source} has no valid "recordedAt" time.`);
    }
    const files = {};
    for (const [name, seconds] of Object.entries(file.files)) {
        if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0)
            files[name] = seconds;
    }
    return { version: TIMINGS_VERSION, recordedAt, ...(file.run ? { run: file.run } : {}), files };
}
/** The file as one more report for combineReports: its time is when it was recorded. */
function timingsAsReport(file, source) {
    return {
        report: source,
        time: Date.parse(file.recordedAt),
        seconds: new Map(Object.entries(file.files)),
        testCases: 0,
        unmatched: { testCases: 0, names: [] },
    };
}

;// CONCATENATED MODULE: ./src/shard/timings/record-run.ts






/** Reads one run's reports into the timings to keep; `kept` is empty when no report timed a test file. */
async function recordRun(options) {
    const { root, logger } = options;
    const found = options.tests.length > 0 ? await filesOf(root, options.tests, 'tests') : [];
    const files = [...new Set([...found, ...options.planFiles])].sort(glob_files/* byPath */.f);
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1('No test files to record timings for: give "tests" (globs of the test files, as plan-shards takes them, with the repository checked out) or "plan" (plan-shards\' plan output).');
    }
    const reports = await readTimings(root, files, options.reports, logger);
    const measured = sumReports(reports);
    if (measured.size === 0) {
        logger.warn(`No report of "reports" (${options.reports.join(', ')}) timed a test file in ${root}: nothing to record. Download every leg's JUnit reports first (actions/download-artifact) and point "reports" at them.`);
        return { files, reports, measured, kept: new Map() };
    }
    const listed = new Set(files);
    const earlier = options.previous ? [timingsAsReport(options.previous.file, options.previous.key)] : [];
    const thisRun = {
        report: 'this run',
        // Measured now, so it wins over anything recorded before, whatever a runner's clock said then.
        time: Math.max(options.now.getTime(), ...earlier.map((report) => report.time + 1)),
        seconds: measured,
        testCases: 0,
        unmatched: { testCases: 0, names: [] },
    };
    const kept = new Map([...combineReports([...earlier, thisRun])].filter(([file]) => listed.has(file)));
    const total = [...measured.values()].reduce((sum, seconds) => sum + seconds, 0);
    logger.info(`This run timed ${measured.size} of ${files.length} test file(s), ${formatSeconds(total)} in all; ${kept.size} timing(s) kept`);
    const carried = kept.size - [...kept.keys()].filter((file) => measured.has(file)).length;
    if (carried > 0)
        logger.info(`${carried} timing(s) carried over from ${options.previous?.key}`);
    return { files, reports, measured, kept };
}

;// CONCATENATED MODULE: ./src/shard/report/report-shards.ts
/**
 * Which shard each report came from, by the plan: the shard that planned most of the files the report
 * timed (a report names no shard itself, and artifacts are named as each user likes). A report that timed
 * no planned file is left out.
 */
function reportsByShard(reports, plan) {
    const shardOf = new Map();
    for (const shard of plan.shards)
        for (const file of shard.files)
            shardOf.set(file, shard.shard);
    const byShard = new Map();
    for (const report of reports) {
        const votes = new Map();
        for (const file of report.seconds.keys()) {
            const shard = shardOf.get(file);
            if (shard !== undefined)
                votes.set(shard, (votes.get(shard) ?? 0) + 1);
        }
        const [shard] = [...votes].sort(([a, x], [b, y]) => y - x || a - b)[0] ?? [];
        if (shard !== undefined)
            byShard.set(shard, [...(byShard.get(shard) ?? []), report.report]);
    }
    return [...byShard].sort(([a], [b]) => a - b).map(([shard, paths]) => ({ shard, paths }));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/shared/cache/actions-cache.ts
var actions_cache = __webpack_require__(64668);
;// CONCATENATED MODULE: ./src/shard/timings/timings-cache.ts






const FILE_NAME = 'timings.json';
/** The key one run saves under: a fresh one per run and attempt, so no run replaces another's entry. */
function timingsCacheKey(prefix, runId, attempt) {
    return `${prefix}-${runId}-${attempt}`;
}
/**
 * The folder an entry is saved from and restored into. @actions/cache hashes the paths into the entry's
 * version, so it must be the same in every run and on every runner: not under the workspace or RUNNER_TEMP,
 * which a runner may place anywhere (act: a new folder per job).
 */
function timingsCacheDir(prefix, tmpdir = external_node_os_default().tmpdir()) {
    return external_node_path_default().join(tmpdir, 'inception-timings', prefix.replace(/[^A-Za-z0-9._-]/g, '_'));
}
/**
 * The newest timings saved under `prefix` (`<prefix>-<run id>-<attempt>`), or undefined when there are none
 * or they cannot be read. Never throws: timings only balance shards, a cache that fails is a warning.
 */
async function restoreTimings(prefix, logger, tmpdir) {
    const dir = timingsCacheDir(prefix, tmpdir);
    try {
        const cache = await (0,actions_cache/* loadActionsCache */.g)(logger);
        if (!cache) {
            logger.info('This runner offers no Actions cache: no recorded timings to read.');
            return undefined;
        }
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        const key = await cache.restoreCache([dir], `${prefix}-`, [`${prefix}-`]);
        if (!key)
            return undefined;
        const file = parseTimingsFile(await (0,promises_.readFile)(external_node_path_default().join(dir, FILE_NAME), 'utf8'), `cache entry ${key}`);
        logger.info(`Read the timings of ${Object.keys(file.files).length} test file(s) from the Actions cache (key ${key}, recorded ${file.recordedAt})`);
        return { key, file };
    }
    catch (error) {
        logger.warn(`Recorded timings (key prefix ${prefix}-) were not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}
/**
 * Saves the timings under `key`. Never throws; says in the log whether they were saved. A key that exists
 * already (the service answers 409: this run and attempt saved once) is left as it is.
 */
async function saveTimings(prefix, key, file, logger, tmpdir) {
    const dir = timingsCacheDir(prefix, tmpdir);
    try {
        const cache = await (0,actions_cache/* loadActionsCache */.g)(logger);
        if (!cache) {
            logger.warn('This runner offers no Actions cache: the timings were not saved.');
            return false;
        }
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().join(dir, FILE_NAME), `${JSON.stringify(file, null, 1)}\n`);
        // @actions/cache logs a refused reservation and upload failures itself, and returns -1.
        const id = await cache.saveCache([dir], key);
        if (id === -1) {
            logger.warn(`The timings were not saved to the Actions cache (key ${key}); the log above says why.`);
            return false;
        }
        logger.info(`Saved the timings of ${Object.keys(file.files).length} test file(s) to the Actions cache (key ${key})`);
        return true;
    }
    catch (error) {
        logger.warn(`The timings were not saved to the Actions cache (key ${key}): ${(0,errors/* errorMessage */.gJ)(error)}`);
        return false;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/shard/selection/test-selection.ts
/** The variables a test process reads to know what to run. */
const SHARD_ENV = {
    shard: 'INCEPTION_SHARD',
    count: 'INCEPTION_SHARD_COUNT',
    files: 'INCEPTION_SHARD_FILES',
    filesPath: 'INCEPTION_SHARD_FILES_PATH',
    rerun: 'INCEPTION_RERUN',
};
/** The folder inside a test container or pod that holds the list of files to run. */
const SHARD_FILES_DIR = '/inception-shard';
/** The list of files of a single run (one shard, or the files a re-run repeats), one path a line. */
const SHARD_FILES_PATH = `${SHARD_FILES_DIR}/files.txt`;
/** The file's text: one path a line, ending with a line break (what `while read` loops expect). */
function shardFilesText(files) {
    return files.map((file) => `${file}\n`).join('');
}
/** The variables for `selection`; the list's file is at `filesPath` inside the test container. */
function selectionVariables(selection, filesPath = SHARD_FILES_PATH) {
    const env = {};
    if (selection.shard !== undefined)
        env[SHARD_ENV.shard] = String(selection.shard);
    if (selection.of !== undefined)
        env[SHARD_ENV.count] = String(selection.of);
    if (selection.files !== undefined) {
        env[SHARD_ENV.files] = selection.files.join(' ');
        env[SHARD_ENV.filesPath] = filesPath;
    }
    if (selection.rerun)
        env[SHARD_ENV.rerun] = '1';
    return env;
}
/** Whether the selection leaves nothing to run: a shard without files (more shards than files). */
function selectsNothing(selection) {
    return selection.files !== undefined && selection.files.length === 0;
}
/** `shard 2/3`, `re-run of 4 failed file(s)`: how the log and summary name the selection. */
function selectionLabel(selection) {
    const parts = [];
    if (selection.shard !== undefined)
        parts.push(`shard ${selection.shard}/${selection.of ?? '?'}`);
    if (selection.rerun && selection.files)
        parts.push(`re-run of ${selection.files.length} failed file(s)`);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/shard/selection/failed-files.ts




/**
 * The test files to run again, from the reports of the attempt before: those with a failing or erroring
 * test case, among `files` (the suite, or this shard's part of it). When any failure names no file of the
 * list, or the reports say nothing failed (the run broke before writing them), everything runs again.
 */
function filesToRerun(reports, files, attempt, root) {
    if (reports.length === 0)
        return { kind: 'everything', reason: `attempt ${attempt} left no test reports` };
    const index = new TestFileIndex(files, root ? { root } : {});
    const failed = new Set();
    let unmatched = 0;
    const unread = [];
    for (const { path, xml } of reports) {
        try {
            const timings = reportTimingsOf(path, xml, index);
            for (const file of timings.failed ?? [])
                failed.add(file);
            unmatched += timings.unmatchedFailures ?? 0;
        }
        catch (error) {
            unread.push(`${path} (${(0,errors/* errorMessage */.gJ)(error)})`);
        }
    }
    if (unread.length > 0) {
        return {
            kind: 'everything',
            reason: `report(s) of attempt ${attempt} could not be read: ${unread.join(', ')}`,
        };
    }
    if (unmatched > 0) {
        return {
            kind: 'everything',
            reason: `${unmatched} failure(s) of attempt ${attempt} name no test file of the list, so running fewer files could skip them`,
        };
    }
    if (failed.size === 0)
        return { kind: 'everything', reason: `the reports of attempt ${attempt} show no failure` };
    return { kind: 'files', files: [...failed].sort(glob_files/* byPath */.f) };
}

;// CONCATENATED MODULE: ./src/shard/index.ts


















/***/ }),

/***/ 64668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadActionsCache),
/* harmony export */   l: () => (/* binding */ actionsCacheOffered)
/* harmony export */ });
/** Whether the runner offers a cache service at all; decided without loading @actions/cache. */
function actionsCacheOffered(env) {
    return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}
/** @actions/cache, loaded on first use: actions and runs without a cache service never pay for it. */
async function loadActionsCache(logger) {
    const cache = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(30), __webpack_require__.e(88), __webpack_require__.e(692)]).then(__webpack_require__.bind(__webpack_require__, 45692));
    if (cache.isFeatureAvailable())
        return cache;
    logger.debug('the runner offers no cache service that @actions/cache can use');
    return undefined;
}


/***/ }),

/***/ 14025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ byPath),
/* harmony export */   l: () => (/* binding */ findFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93163);




/** Folders a walk never enters unless a pattern names them literally: they hold other people's files. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/**
 * The files under `root` that the patterns match, relative to `root` with `/`, sorted and without
 * duplicates. A pattern starting with `!` removes what it matches; a pattern without glob characters
 * names a file, or a folder meaning every file below it. Symbolic links to folders are not followed.
 */
async function findFiles(root, patterns) {
    const included = new Set();
    const relative = (pattern) => clean(root, pattern);
    const exclusions = patterns.filter((p) => p.startsWith('!')).map((p) => matcher(relative(p.slice(1))));
    for (const pattern of patterns.filter((p) => !p.startsWith('!')).map(relative)) {
        for (const file of await filesOf(root, pattern))
            included.add(file);
    }
    return [...included].filter((file) => !exclusions.some((excluded) => excluded(file))).sort(byPath);
}
/** Plain code-unit order, the same on every machine whatever its locale. */
function byPath(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Relative to `root`, without `./`; an absolute pattern must lie below `root`. */
function clean(root, pattern) {
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(pattern)) {
        const inside = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, pattern);
        if (inside.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(inside)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`"${pattern}" is outside ${root}: write it relative to that folder.`);
        }
        return inside.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    }
    return pattern.replace(/^(\.\/)+/, '');
}
function matcher(pattern) {
    if ((0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .hasGlob */ .b)(pattern)) {
        const expression = (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globToRegExp */ .t)(pattern);
        return (file) => expression.test(file);
    }
    const folder = `${pattern.replace(/\/$/, '')}/`;
    return (file) => file === pattern || file.startsWith(folder);
}
async function filesOf(root, pattern) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex(_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .hasGlob */ .b);
    if (firstGlob === -1) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, pattern)).catch(() => undefined);
        if (info?.isFile())
            return [pattern];
        if (info?.isDirectory())
            return walk(root, pattern.replace(/\/$/, ''), () => true);
        return [];
    }
    const base = segments.slice(0, firstGlob).join('/');
    const expression = (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globToRegExp */ .t)(pattern);
    return walk(root, base, (file) => expression.test(file));
}
async function walk(root, folder, keep) {
    const found = [];
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        const relative = folder ? `${folder}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name))
                found.push(...(await walk(root, relative, keep)));
        }
        else if (entry.isFile() && keep(relative))
            found.push(relative);
    }
    return found;
}


/***/ })

};
