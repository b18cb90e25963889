export const id = 517;
export const ids = [517];
export const modules = {

/***/ 8517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NO: () => (/* reexport */ combineJUnitReports),
  Sm: () => (/* reexport */ decodeEntities),
  W9: () => (/* reexport */ failureName),
  m_: () => (/* reexport */ finishedTestRun),
  TF: () => (/* reexport */ mergeSummaries),
  iM: () => (/* reexport */ parseJUnit),
  readTestRunRecords: () => (/* reexport */ readTestRunRecords),
  f3: () => (/* reexport */ reportExtractor),
  pt: () => (/* reexport */ reportMatcher),
  j_: () => (/* reexport */ startedTestRun),
  $8: () => (/* reexport */ summarizeReportFiles),
  ff: () => (/* reexport */ testRunDir),
  testRunFailed: () => (/* reexport */ testRunFailed),
  i7: () => (/* reexport */ testSummaryMarkdown),
  Mb: () => (/* reexport */ writeTestRunRecord)
});

// UNUSED EXPORTS: testRunsDir

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/report/xml.ts
const NAMED_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /[^\s/>=]+/y;
/**
 * Reads elements, attributes, text, CDATA and character/entity references; skips the prolog, comments,
 * processing instructions and DOCTYPE. Unclosed elements at the end are closed, so a report cut short
 * by a killed test run still yields its finished test cases.
 */
function parseXml(source) {
    const root = { name: '#document', attributes: {}, children: [], text: '' };
    const stack = [root];
    const current = () => stack[stack.length - 1];
    let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < source.length) {
        const lt = source.indexOf('<', i);
        if (lt === -1) {
            current().text += decodeEntities(source.slice(i));
            break;
        }
        if (lt > i)
            current().text += decodeEntities(source.slice(i, lt));
        if (source.startsWith('<!--', lt)) {
            i = skipPast(source, lt, '-->');
        }
        else if (source.startsWith('<![CDATA[', lt)) {
            const end = source.indexOf(']]>', lt);
            current().text += source.slice(lt + 9, end === -1 ? source.length : end);
            i = end === -1 ? source.length : end + 3;
        }
        else if (source.startsWith('<?', lt)) {
            i = skipPast(source, lt, '?>');
        }
        else if (source.startsWith('<!', lt)) {
            i = skipDeclaration(source, lt);
        }
        else if (source[lt + 1] === '/') {
            const gt = source.indexOf('>', lt);
            const name = source.slice(lt + 2, gt === -1 ? source.length : gt).trim();
            const open = stack.map((element) => element.name).lastIndexOf(name);
            if (open > 0)
                stack.length = open;
            i = gt === -1 ? source.length : gt + 1;
        }
        else {
            i = readStartTag(source, lt, current(), stack);
        }
    }
    return root;
}
function readStartTag(source, lt, parent, stack) {
    NAME.lastIndex = lt + 1;
    const name = NAME.exec(source)?.[0];
    if (!name) {
        parent.text += '<';
        return lt + 1;
    }
    const element = { name, attributes: {}, children: [], text: '' };
    parent.children.push(element);
    let i = lt + 1 + name.length;
    for (;;) {
        while (i < source.length && /\s/.test(source[i]))
            i++;
        if (i >= source.length)
            return i;
        if (source[i] === '>') {
            stack.push(element);
            return i + 1;
        }
        if (source.startsWith('/>', i))
            return i + 2;
        NAME.lastIndex = i;
        const attribute = NAME.exec(source)?.[0];
        if (!attribute) {
            i++;
            continue;
        }
        i += attribute.length;
        while (/\s/.test(source[i] ?? ''))
            i++;
        if (source[i] !== '=') {
            element.attributes[attribute] = '';
            continue;
        }
        i++;
        while (/\s/.test(source[i] ?? ''))
            i++;
        const quote = source[i];
        if (quote === '"' || quote === "'") {
            const end = source.indexOf(quote, i + 1);
            const raw = source.slice(i + 1, end === -1 ? source.length : end);
            element.attributes[attribute] = decodeEntities(raw.replace(/[\t\n\r]/g, ' '));
            i = end === -1 ? source.length : end + 1;
        }
        else {
            const match = /[^\s>]*/y;
            match.lastIndex = i;
            const raw = match.exec(source)?.[0] ?? '';
            element.attributes[attribute] = decodeEntities(raw.replace(/\/$/, ''));
            i += raw.endsWith('/') ? raw.length - 1 : raw.length;
        }
    }
}
function skipPast(source, from, terminator) {
    const end = source.indexOf(terminator, from);
    return end === -1 ? source.length : end + terminator.length;
}
/** `<!DOCTYPE ... [ internal subset ]>` may hold `>` inside brackets. */
function skipDeclaration(source, from) {
    let depth = 0;
    for (let i = from + 2; i < source.length; i++) {
        const ch = source[i];
        if (ch === '[')
            depth++;
        else if (ch === ']')
            depth--;
        else if (ch === '>' && depth <= 0)
            return i + 1;
    }
    return source.length;
}
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref) => {
        if (ref.startsWith('#')) {
            const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
            return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED_ENTITIES[ref] ?? whole;
    });
}
/** Every descendant element named `name`, in document order, not descending into matches. */
function findAll(element, name) {
    const found = [];
    for (const child of element.children) {
        if (child.name === name)
            found.push(child);
        else
            found.push(...findAll(child, name));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/report/junit.ts

const DETAILS_LIMIT = 4000;
function emptySummary() {
    return { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, failures: [], timeMs: 0 };
}
/**
 * Counts a JUnit XML report by its test cases (pytest, jest-junit, Maven Surefire, go-junit-report and
 * others differ in which attributes they fill, but all write `<testcase>` with `<failure>`, `<error>`
 * or `<skipped>` children). Throws when the document holds no test suite at all.
 */
function parseJUnit(xml) {
    const document = parseXml(xml);
    const root = document.children.find((element) => ['testsuites', 'testsuite', 'testcase'].includes(element.name));
    if (!root) {
        const first = document.children[0]?.name;
        throw new Error(first ? `not a JUnit report (root element <${first}>)` : 'not a JUnit report (no elements)');
    }
    const summary = emptySummary();
    visit(root, '', summary);
    summary.timeMs = reportTime(root);
    return summary;
}
function visit(element, suite, summary) {
    if (element.name === 'testcase') {
        countCase(element, suite, summary);
        return;
    }
    const suiteName = element.name === 'testsuite' ? (element.attributes.name ?? suite) : suite;
    const before = summary.tests;
    for (const child of element.children)
        visit(child, suiteName, summary);
    if (element.name === 'testsuite' && summary.tests === before)
        countEmptySuite(element, suiteName, summary);
}
function countCase(testcase, suite, summary) {
    summary.tests++;
    const failure = testcase.children.find((child) => child.name === 'failure' || child.name === 'error');
    if (failure) {
        const kind = failure.name === 'failure' ? 'failure' : 'error';
        if (kind === 'failure')
            summary.failed++;
        else
            summary.errored++;
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
    }
    else if (testcase.children.some((child) => child.name === 'skipped'))
        summary.skipped++;
    else
        summary.passed++;
}
/** A suite that failed before any test ran (import error, crash) reports counts but no test cases. */
function countEmptySuite(suite, name, summary) {
    const errors = count(suite.attributes.errors) + count(suite.attributes.failures);
    if (errors === 0)
        return;
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
function reportTime(root) {
    const own = seconds(root.attributes.time);
    if (own !== undefined)
        return Math.round(own * 1000);
    const suites = root.children.filter((child) => child.name === 'testsuite');
    const suiteTimes = suites.map((suite) => seconds(suite.attributes.time));
    if (suites.length > 0 && suiteTimes.every((time) => time !== undefined)) {
        return Math.round(suiteTimes.reduce((sum, time) => sum + (time ?? 0), 0) * 1000);
    }
    const caseTimes = findAll(root, 'testcase').map((testcase) => seconds(testcase.attributes.time) ?? 0);
    return Math.round(caseTimes.reduce((sum, time) => sum + time, 0) * 1000);
}
/** Some Surefire versions write `time="1,234.5"`. */
function seconds(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const parsed = Number(value.replace(/,/g, ''));
    return Number.isFinite(parsed) ? parsed : undefined;
}
function count(value) {
    const parsed = Number(value ?? 0);
    return Number.isInteger(parsed) && parsed > 0 ? parsed : 0;
}
function firstLine(text) {
    return (text
        ?.split(/\r?\n/)
        .map((line) => line.trim())
        .find((line) => line !== '') ?? '');
}
function mergeSummaries(summaries) {
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

;// CONCATENATED MODULE: ./src/report/junit-files.ts



/** One summary over several report files; a file that is not JUnit XML is a warning, not a failure. */
async function summarizeReportFiles(paths, logger) {
    const summaries = [];
    for (const path of paths) {
        try {
            summaries.push(parseJUnit(await (0,promises_.readFile)(path, 'utf8')));
        }
        catch (error) {
            logger.warn(`Report ${path} was not counted: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return summaries.length > 0 ? mergeSummaries(summaries) : undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./src/shared/files/glob.ts
var glob = __webpack_require__(93163);
;// CONCATENATED MODULE: ./src/report/report-archive.ts






/** Whether a path inside the test container is one of the reports `pattern` (a path, folder or glob) names. */
function reportMatcher(pattern) {
    if ((0,glob/* hasGlob */.b)(pattern)) {
        const expression = (0,glob/* globToRegExp */.t)(pattern);
        return (path) => expression.test(path);
    }
    const folder = `${pattern.replace(/\/$/, '')}/`;
    return (path) => path === pattern || path.startsWith(folder);
}
/** A tar reader that writes the matching files into `destination`; `copied` fills as it goes. Names are
 * kept, and a name already taken there gets `-2`, `-3`, ... `root` is the container folder the archive's
 * names are relative to. */
async function reportExtractor(options) {
    await (0,promises_.mkdir)(options.destination, { recursive: true });
    const copied = [];
    const reader = (0,tar_stream.extract)();
    reader.on('entry', (header, stream, next) => {
        const path = external_node_path_.posix.join(options.root, header.name);
        if (header.type !== 'file' || !options.matches(path)) {
            stream.on('end', next);
            stream.resume();
            return;
        }
        freeName(options.destination, (0,external_node_path_.basename)(path), copied)
            .then(async (target) => {
            copied.push(target);
            await (0,external_node_stream_promises_.pipeline)(stream, (0,external_node_fs_.createWriteStream)(target));
            next();
        })
            .catch(next);
    });
    return { reader, copied };
}
async function freeName(directory, name, taken) {
    const extension = (0,external_node_path_.extname)(name);
    const stem = name.slice(0, name.length - extension.length);
    for (let n = 1;; n++) {
        const candidate = (0,external_node_path_.join)(directory, n === 1 ? name : `${stem}-${n}${extension}`);
        if (taken.includes(candidate))
            continue;
        const exists = await (0,promises_.access)(candidate).then(() => true, () => false);
        if (!exists)
            return candidate;
    }
}

// EXTERNAL MODULE: ./src/shared/format/markdown.ts
var markdown = __webpack_require__(85116);
// EXTERNAL MODULE: ./src/shared/format/format-duration.ts
var format_duration = __webpack_require__(3619);
;// CONCATENATED MODULE: ./src/report/test-summary.ts


/** Failures listed one by one; more are counted, not listed. */
const LISTED_FAILURES = 50;
/** Above this many failures, or this much failure text, the list folds into <details>. */
const UNFOLDED_FAILURES = 10;
const UNFOLDED_TEXT = 3000;
/** Markdown for the job summary: result line, counts table, failing tests with their messages. */
function testSummaryMarkdown(input) {
    const lines = [`### ${headline(input)}`, ''];
    const { summary } = input;
    if (summary) {
        lines.push((0,markdown/* table */.tp)(['Passed', 'Failed', 'Errored', 'Skipped', 'Total', 'Time'], [
            [
                summary.passed,
                summary.failed,
                summary.errored,
                summary.skipped,
                summary.tests,
                (0,format_duration/* formatDuration */.a)(summary.timeMs),
            ],
        ], Array(6).fill('right')), '');
        if (summary.failures.length > 0)
            lines.push(...failureList(summary.failures), '');
    }
    else {
        const where = input.reportsPattern ? ` (looked for \`${input.reportsPattern}\`)` : '';
        lines.push(`No JUnit report was found${where}.`, '');
    }
    return `${lines.join('\n')}\n`;
}
function headline(input) {
    const subject = input.title ? `Tests ${escapeInline(input.title)}` : 'Tests';
    const took = (0,format_duration/* formatDuration */.a)(input.durationMs);
    if (input.result === 'passed')
        return `✅ ${subject} passed in ${took}`;
    if (input.result === 'cancelled')
        return `🚫 ${subject} cancelled after ${took}`;
    if (input.result === 'timed-out') {
        const limit = input.timeoutMs === undefined ? '' : ` (timeout ${(0,format_duration/* formatDuration */.a)(input.timeoutMs)})`;
        return `⏱️ ${subject} timed out after ${took}${limit}`;
    }
    const code = input.exitCode === null ? '' : ` with exit code ${input.exitCode}`;
    return `❌ ${subject} failed${code} after ${took}`;
}
function failureList(failures) {
    const listed = failures.slice(0, LISTED_FAILURES);
    const items = listed.map((failure) => {
        const name = escapeInline(failureName(failure));
        const head = `- **${name}**${failure.kind === 'error' ? ' (error)' : ''}: ${escapeInline(failure.message)}`;
        if (!failure.details || failure.details === failure.message)
            return head;
        return [
            head,
            '  <details><summary>output</summary>',
            '',
            indent((0,markdown/* fencedBlock */.zW)(failure.details)),
            '',
            '  </details>',
        ].join('\n');
    });
    if (failures.length > listed.length)
        items.push(`- … and ${failures.length - listed.length} more`);
    const title = `${failures.length} failing test${failures.length === 1 ? '' : 's'}`;
    const text = listed.reduce((sum, failure) => sum + failure.message.length + (failure.details?.length ?? 0), 0);
    if (failures.length <= UNFOLDED_FAILURES && text <= UNFOLDED_TEXT)
        return [`**${title}**`, '', ...items];
    return [`<details><summary><b>${title}</b></summary>`, '', ...items, '', '</details>'];
}
function failureName(failure) {
    const scope = failure.classname || failure.suite;
    return scope && !failure.name.startsWith(scope) ? `${scope} › ${failure.name}` : failure.name;
}
function escapeInline(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#])/g, '\\$1')
        .replace(/\r?\n/g, ' ');
}
function indent(text) {
    return text
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/report/test-run-record.ts



const FAILURES_KEPT = 100;
/** A record for a test step about to start: `running` until it ends. */
function startedTestRun(fields) {
    return {
        ...fields,
        result: 'running',
        exitCode: null,
        message: 'tests started',
        startedAt: new Date().toISOString(),
        failures: [],
        failureCount: 0,
        reports: [],
    };
}
/** The record once the step has a result. */
function finishedTestRun(record, outcome) {
    return {
        ...record,
        result: outcome.result,
        exitCode: outcome.exitCode,
        message: outcome.message,
        finishedAt: new Date().toISOString(),
        failures: outcome.summary?.failures ?? [],
        failureCount: outcome.summary?.failures.length ?? 0,
        reports: outcome.reports,
    };
}
const RECORD_FILE = 'record.json';
/** One folder per job: RUNNER_TEMP is the job's own on GitHub's runners and under act. */
function testRunsDir(env = process.env) {
    return external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'inception-test-runs');
}
function testRunDir(name, env = process.env) {
    return external_node_path_default().join(testRunsDir(env), name);
}
async function writeTestRunRecord(record, env = process.env) {
    const dir = testRunDir(record.name, env);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const kept = { ...record, failures: record.failures.slice(0, FAILURES_KEPT) };
    await (0,promises_.writeFile)(external_node_path_default().join(dir, RECORD_FILE), JSON.stringify(kept, null, 2) + '\n');
}
/** Every record of this job, oldest first; unreadable ones are skipped. */
async function readTestRunRecords(env = process.env) {
    let names;
    try {
        names = await (0,promises_.readdir)(testRunsDir(env));
    }
    catch {
        return [];
    }
    const records = [];
    for (const name of names) {
        try {
            records.push(JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(testRunsDir(env), name, RECORD_FILE), 'utf8')));
        }
        catch {
            // A folder without a record yet (the step died before writing one) says nothing to collect.
        }
    }
    return records.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}
/** A record that did not pass: failed, timed out, errored, cancelled, or interrupted while running. */
function testRunFailed(record) {
    return record.result !== 'passed';
}

;// CONCATENATED MODULE: ./src/report/combine-junit.ts
/** One JUnit document over several runs' reports: each report's `<testsuite>` elements side by side under
 * one `<testsuites>`, each suite's name prefixed with the run it came from (`api: tests.test_orders`), so
 * a CI's JUnit viewer shows every run and tells them apart. The elements are kept as written. */
function combineJUnitReports(reports) {
    const suites = reports.flatMap(({ run, xml }) => testSuiteElements(xml).map((suite) => named(suite, run)));
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${suites.join('\n')}\n</testsuites>\n`;
}
/** The `<testsuite>` elements of a report, whether its root is `<testsuites>` or one `<testsuite>`. */
function testSuiteElements(xml) {
    const body = xml.replace(/<\?xml[^>]*\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
    const found = [];
    const opening = /<testsuite(?=[\s>/])[^>]*?(\/?)>/g;
    for (let match = opening.exec(body); match; match = opening.exec(body)) {
        if (match[1] === '/') {
            found.push(match[0]);
            continue;
        }
        const end = closingOf(body, opening.lastIndex);
        found.push(body.slice(match.index, end));
        opening.lastIndex = end;
    }
    return found;
}
/** The index just past the `</testsuite>` that closes the element opened before `from` (nesting counted). */
function closingOf(body, from) {
    const tags = /<(\/?)testsuite(?=[\s>/])[^>]*?(\/?)>/g;
    tags.lastIndex = from;
    let depth = 1;
    for (let tag = tags.exec(body); tag; tag = tags.exec(body)) {
        if (tag[1] === '/')
            depth--;
        else if (tag[2] !== '/')
            depth++;
        if (depth === 0)
            return tags.lastIndex;
    }
    return body.length;
}
function named(element, run) {
    const prefix = escapeAttribute(`${run}: `);
    const opening = /^<testsuite\b[^>]*>/.exec(element)?.[0] ?? '';
    const renamed = /\sname="/.test(opening)
        ? opening.replace(/\sname="/, ` name="${prefix}`)
        : opening.replace(/^<testsuite/, `<testsuite name="${escapeAttribute(run)}"`);
    return renamed + element.slice(opening.length);
}
function escapeAttribute(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

;// CONCATENATED MODULE: ./src/report/index.ts









/***/ }),

/***/ 85116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* unused harmony exports cell, escapeHtml */
/** Markdown for job summaries and index files: fences that text cannot close, tables whose cells cannot break the row. */
/** A fenced code block whose fence is longer than any backtick run inside, so the text cannot close it. */
function fencedBlock(body, info = '') {
    const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (match) => match[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${info}\n${body}\n${fence}`;
}
function codeBlock(lines) {
    return fencedBlock(lines.join('\n'), 'text');
}
/** A table cell: pipes escaped, newlines folded, empty shown as a dash. */
function cell(value) {
    const text = value === undefined || value === '' ? '-' : String(value);
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function table(header, rows, align = []) {
    const rule = header.map((_, index) => (align[index] === 'right' ? '---:' : '---'));
    return [
        `| ${header.join(' | ')} |`,
        `| ${rule.join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ].join('\n');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A folded `<details>` block; `body` lines are markdown, so leave a blank line around blocks. */
function details(summary, body) {
    return ['<details>', `<summary>${escapeHtml(summary)}</summary>`, '', ...body, '</details>'];
}


/***/ })

};
