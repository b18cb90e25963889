export const id = 452;
export const ids = [452];
export const modules = {

/***/ 32452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hH: () => (/* reexport */ MAX_SHARDS),
  u5: () => (/* reexport */ matrixJson),
  T9: () => (/* reexport */ planFromFiles),
  iY: () => (/* reexport */ planJson),
  Lq: () => (/* reexport */ planRows),
  Xq: () => (/* reexport */ planSummaryMarkdown)
});

// UNUSED EXPORTS: OUTPUT_LIMIT_BYTES, TestFileIndex, combineReports, formatSeconds, planShards, readReportTimings, reportTimingsOf

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/glob.ts
var glob = __webpack_require__(55403);
;// CONCATENATED MODULE: ./src/shared/glob-files.ts




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
    if (external_node_path_default().isAbsolute(pattern)) {
        const inside = external_node_path_default().relative(root, pattern);
        if (inside.startsWith('..') || external_node_path_default().isAbsolute(inside)) {
            throw new errors/* ConfigurationError */.j1(`"${pattern}" is outside ${root}: write it relative to that folder.`);
        }
        return inside.split((external_node_path_default()).sep).join('/');
    }
    return pattern.replace(/^(\.\/)+/, '');
}
function matcher(pattern) {
    if ((0,glob/* hasGlob */.b)(pattern)) {
        const expression = (0,glob/* globToRegExp */.t)(pattern);
        return (file) => expression.test(file);
    }
    const folder = `${pattern.replace(/\/$/, '')}/`;
    return (file) => file === pattern || file.startsWith(folder);
}
async function filesOf(root, pattern) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex(glob/* hasGlob */.b);
    if (firstGlob === -1) {
        const info = await (0,promises_.stat)(external_node_path_default().join(root, pattern)).catch(() => undefined);
        if (info?.isFile())
            return [pattern];
        if (info?.isDirectory())
            return walk(root, pattern.replace(/\/$/, ''), () => true);
        return [];
    }
    const base = segments.slice(0, firstGlob).join('/');
    const expression = (0,glob/* globToRegExp */.t)(pattern);
    return walk(root, base, (file) => expression.test(file));
}
async function walk(root, folder, keep) {
    const found = [];
    const entries = await (0,promises_.readdir)(external_node_path_default().join(root, folder), { withFileTypes: true }).catch(() => []);
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

;// CONCATENATED MODULE: ./src/shard/combine.ts

/**
 * One time per test file from several reports. Within a report a file's cases were already summed; across
 * reports the latest report that has the file wins. Latest rather than a mean because a test that got
 * slower (or faster) should move in the very next plan, and a runner's speed shifts every file alike, so
 * the relative weights the planner needs stay sound; older reports still answer for files the latest lacks
 * (a leg that failed before writing its report). The legs of one run cover different files, so their
 * reports add up to the run.
 */
function combineReports(reports) {
    const ordered = [...reports].sort((a, b) => a.time - b.time || byPath(a.report, b.report));
    const combined = new Map();
    for (const report of ordered)
        for (const [file, seconds] of report.seconds)
            combined.set(file, seconds);
    return combined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/report/index.ts + 6 modules
var report = __webpack_require__(25844);
;// CONCATENATED MODULE: ./src/shard/junit/tag-scanner.ts

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/**
 * Reads XML tags from text that arrives in chunks, so a report of hundreds of megabytes (test output in
 * CDATA) is never held whole: text, CDATA, comments, processing instructions and DOCTYPE are skipped, and
 * only start and end tags reach the handler. Only the tail of a construct split across chunks is kept.
 */
class tag_scanner_TagScanner {
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
        else if (tag.name === 'testcase')
            this.testCase(tag.attributes);
    }
    end(name) {
        if (name !== 'testsuite')
            return;
        const suite = this.suites.pop();
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
    testCase(attributes) {
        this.testCases++;
        const time = seconds(attributes.time);
        const suite = this.suites[this.suites.length - 1];
        if (suite)
            suite.caseSeconds += time;
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
    const scanner = new tag_scanner_TagScanner(reader);
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
    return { report, time, seconds: reader.seconds, testCases: reader.testCases, unmatched };
}
/** Some Surefire versions write `time="1,234.5"`; a missing or broken time counts as 0. */
function seconds(value) {
    const parsed = Number((value ?? '').replace(/,/g, ''));
    return Number.isFinite(parsed) && parsed > 0 ? parsed : 0;
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
    const files = [...new Set(options.files)].sort(byPath);
    if (files.length === 0)
        throw new errors/* ConfigurationError */.j1('No test files to plan: the test patterns matched nothing.');
    const maxShards = checkCount(options.maxShards ?? MAX_SHARDS, 'The largest number of shards');
    if (options.shards !== undefined)
        checkCount(options.shards, 'The number of shards');
    const listed = new Set(files);
    const dropped = [...options.timings.keys()].filter((file) => !listed.has(file)).sort(byPath);
    const known = files.filter((file) => options.timings.has(file));
    const basis = known.length > 0 ? 'timings' : 'count';
    const knownMs = new Map(known.map((file) => [file, Math.max(1, Math.round((options.timings.get(file) ?? 0) * 1000))]));
    const meanMs = basis === 'timings' ? Math.max(1, Math.round(sum([...knownMs.values()]) / known.length)) : 1;
    const weighted = files
        .map((file) => ({ file, ms: knownMs.get(file) ?? meanMs }))
        .sort((a, b) => b.ms - a.ms || byPath(a.file, b.file));
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
            files: load.files.sort(byPath),
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

// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
// EXTERNAL MODULE: ./src/shared/format-duration.ts
var format_duration = __webpack_require__(91463);
;// CONCATENATED MODULE: ./src/shard/plan-summary.ts


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

;// CONCATENATED MODULE: ./src/shard/plan-from-files.ts









const NAMED_IN_LOG = 50;
/** The one call of plan-shards and `inception shards`: find the tests, read the reports' timings, plan. */
async function planFromFiles(options) {
    const { root, logger } = options;
    const files = await plan_from_files_filesOf(root, options.tests, 'tests');
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`No test files match "tests" (${options.tests.join(', ')}) in ${root}. Write globs relative to the working directory, e.g. tests/**/*.test.ts.`);
    }
    logger.info(`${files.length} test file(s) match ${options.tests.join(', ')}`);
    const reports = await readTimings(root, files, options.reports, logger);
    const plan = planShards({
        files,
        timings: combineReports(reports),
        ...(options.shards !== undefined ? { shards: options.shards } : {}),
        ...(options.targetSeconds !== undefined ? { targetSeconds: options.targetSeconds } : {}),
        ...(options.maxShards !== undefined ? { maxShards: options.maxShards } : {}),
    });
    explain(plan, logger);
    return plan;
}
async function readTimings(root, files, patterns, logger) {
    if (patterns.length === 0)
        return [];
    const paths = await plan_from_files_filesOf(root, patterns, 'reports');
    if (paths.length === 0) {
        logger.info(`No reports match ${patterns.join(', ')}: planning by count.`);
        return [];
    }
    const index = new TestFileIndex(files, { root, ...(await goModule(root, files)) });
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
                // Timings only balance the shards: a broken report must not stop the tests from running.
                logger.warn(`Report ${report} was not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
    });
    return reports;
}
/** The files `input`'s patterns match; a pattern's error names the input. */
async function plan_from_files_filesOf(root, patterns, input) {
    try {
        return await findFiles(root, patterns);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw new errors/* ConfigurationError */.j1(`"${input}": ${error.message}`);
        throw error;
    }
}
async function goModule(root, files) {
    if (!files.some((file) => file.endsWith('_test.go')))
        return {};
    const text = await (0,promises_.readFile)(external_node_path_default().join(root, 'go.mod'), 'utf8').catch(() => '');
    const module = /^module\s+(\S+)/m.exec(text)?.[1];
    return module ? { goModule: module } : {};
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

;// CONCATENATED MODULE: ./src/shard/plan-output.ts

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

;// CONCATENATED MODULE: ./src/shard/index.ts









/***/ })

};
