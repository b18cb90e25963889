export const id = 425;
export const ids = [425];
export const modules = {

/***/ 96919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ passEmptySelection)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _shard_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27396);
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2136);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89375);




/** A shard without files (more shards than test files): nothing runs, the step passes and says so. */
async function passEmptySelection(selection, title) {
    const what = (0,_shard_index_js__WEBPACK_IMPORTED_MODULE_1__/* .selectionLabel */ .Hj)(selection) || 'The selection';
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`${what} has no test files (the plan has more shards than files): nothing ran.`);
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .setRunOutputs */ .i)({ result: 'passed', exitCode: null, durationMs: 0, reports: [] });
    await (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJobSummary */ .j7)(`### ✅ Tests ${title}: ${what} has no test files, nothing ran\n`);
}


/***/ }),

/***/ 90255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ failureMessage)
/* harmony export */ });
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8517);

/** Failing test names listed in the failure message; the job summary lists them all. */
const NAMED_FAILURES = 10;
/** The step's failure message: the outcome, then the names of the failing tests. */
function failureMessage(result) {
    const failures = result.summary?.failures ?? [];
    if (failures.length === 0)
        return result.message;
    const names = failures.slice(0, NAMED_FAILURES).map(_report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .failureName */ .W9);
    const more = failures.length > names.length ? ` and ${failures.length - names.length} more` : '';
    return `${result.message}. Failing tests: ${names.join(', ')}${more}`;
}


/***/ }),

/***/ 89375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ setRunOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70858);


/** The outputs both modes set from their result. */
function setRunOutputs(result) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .RunTests */ .tn.outputs.result, result.result);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .RunTests */ .tn.outputs.exitCode, result.exitCode === null ? '' : String(result.exitCode));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .RunTests */ .tn.outputs.duration, (result.durationMs / 1000).toFixed(1));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .RunTests */ .tn.outputs.reports, JSON.stringify(result.reports));
}


/***/ }),

/***/ 20761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w9: () => (/* binding */ keepReportsForRerun),
  d1: () => (/* binding */ stepSelection)
});

// UNUSED EXPORTS: legSelection

// EXTERNAL MODULE: ./src/actions/runner/index.ts + 12 modules
var runner = __webpack_require__(2136);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/diagnostics/bundle/index.ts + 7 modules
var bundle = __webpack_require__(83253);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shard/index.ts + 18 modules
var shard = __webpack_require__(27396);
// EXTERNAL MODULE: ./src/shared/files/glob-files.ts
var glob_files = __webpack_require__(14025);
;// CONCATENATED MODULE: ./src/actions/run-tests/rerun.ts







const REPORTS_ARTIFACT_PREFIX = 'inception-reports';
/** `inception-reports-<job>-<shard>-attempt<n>`: one per job, shard and attempt, as GitHub keeps names
 * unique across a run's attempts. */
function reportsArtifactName(env, shard, attempt) {
    const matrix = shard === undefined ? undefined : JSON.stringify({ shard });
    return (0,bundle/* defaultArtifactName */.Vb)({ ...env, GITHUB_RUN_ATTEMPT: String(attempt) }, matrix, REPORTS_ARTIFACT_PREFIX);
}
function runAttempt(env) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    return Number.isInteger(attempt) && attempt > 0 ? attempt : 1;
}
/**
 * On a re-run with `rerun-failed`, the files that failed in the latest earlier attempt of this job and
 * shard; else the leg's own selection. Whatever goes wrong finding them runs everything, saying why:
 * a re-run must never run less than it has to.
 */
async function rerunSelection(context) {
    const { sharding, leg, logger, env } = context;
    const attempt = runAttempt(env);
    if (!sharding.rerunFailed || attempt === 1)
        return leg;
    const everything = (reason) => {
        logger.info(`Re-run (attempt ${attempt}): ${reason}; running ${leg ? 'the whole shard' : 'every test'}.`);
        return leg;
    };
    let universe;
    try {
        universe =
            leg?.files ??
                (sharding.plan ? (0,shard/* plannedFiles */.G)(sharding.plan) : await (0,glob_files/* findFiles */.l)(context.workspace, sharding.tests));
    }
    catch (error) {
        return everything(`the test files could not be listed (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    if (universe.length === 0) {
        return everything('no test files to map the failures to (give "plan", or "tests" with globs of the test files)');
    }
    let earlier;
    try {
        earlier = await earlierReports(env, leg?.shard, attempt, logger);
    }
    catch (error) {
        return everything(`the reports of earlier attempts could not be fetched (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    if (!earlier)
        return everything(`no reports artifact of an earlier attempt of this job${leg?.shard ? ` and shard ${leg.shard}` : ''}`);
    const choice = (0,shard/* filesToRerun */.pA)(earlier.reports, universe, earlier.attempt, context.workspace);
    if (choice.kind === 'everything')
        return everything(choice.reason);
    logger.info(`Re-run (attempt ${attempt}): ${choice.files.length} file(s) failed in attempt ${earlier.attempt}; running only them: ${choice.files.join(', ')}`);
    return { ...(leg ?? {}), files: choice.files, rerun: true };
}
/** The reports of the latest earlier attempt that uploaded any, downloaded to a temporary folder. */
async function earlierReports(env, shard, attempt, logger) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 67458));
    const client = new DefaultArtifactClient();
    const { artifacts } = await client.listArtifacts();
    for (let earlier = attempt - 1; earlier >= 1; earlier--) {
        const name = reportsArtifactName(env, shard, earlier);
        const artifact = artifacts.find((candidate) => candidate.name === name);
        if (!artifact)
            continue;
        const folder = await (0,promises_.mkdtemp)(external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'inception-rerun-'));
        await client.downloadArtifact(artifact.id, { path: folder });
        const files = (await (0,promises_.readdir)(folder, { recursive: true, withFileTypes: true }))
            .filter((entry) => entry.isFile() && entry.name.endsWith('.xml'))
            .map((entry) => external_node_path_default().join(entry.parentPath, entry.name));
        logger.info(`Read ${files.length} report(s) of attempt ${earlier} from artifact "${name}"`);
        return {
            attempt: earlier,
            reports: await Promise.all(files.map(async (file) => ({ path: file, xml: await (0,promises_.readFile)(file, 'utf8') }))),
        };
    }
    return undefined;
}
/**
 * Uploads this attempt's reports for a later re-run to read. Never fails the step: without them, a re-run
 * runs everything.
 */
async function uploadAttemptReports(reports, reportsDir, shard, env, logger) {
    if (!env.ACTIONS_RUNTIME_TOKEN) {
        logger.info('Not on a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN): the reports are not uploaded for a re-run.');
        return;
    }
    if (reports.length === 0)
        return;
    const name = reportsArtifactName(env, shard, runAttempt(env));
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 67458));
        await new DefaultArtifactClient().uploadArtifact(name, [...reports], reportsDir, { retentionDays: 7 });
        logger.info(`Uploaded ${reports.length} report(s) as artifact "${name}" for a re-run of failed tests`);
    }
    catch (error) {
        logger.warn(`The reports could not be uploaded as "${name}" (${(0,errors/* errorMessage */.gJ)(error)}); a re-run will run everything.`);
    }
}

;// CONCATENATED MODULE: ./src/actions/run-tests/selection.ts


/** What one run (a matrix leg, or a cluster run of one pod) runs: its shard of the plan, else everything. */
function legSelection(sharding) {
    const { plan, shard } = sharding;
    if (!plan || shard === undefined)
        return undefined;
    return { shard, of: plan.of, files: plan.shards[shard - 1]?.files ?? [] };
}
/** This step's selection, in either mode: the leg's shard, narrowed to the failed files on a re-run. */
function stepSelection(sharding) {
    return rerunSelection({
        sharding,
        leg: legSelection(sharding),
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        env: process.env,
        logger: runner/* actionsLogger */.MV,
    });
}
/** With `rerun-failed`, keeps this attempt's reports for the next one. */
async function keepReportsForRerun(sharding, reports, reportsDir) {
    if (!sharding.rerunFailed)
        return;
    await uploadAttemptReports(reports, reportsDir, sharding.shard, process.env, runner/* actionsLogger */.MV);
}


/***/ }),

/***/ 83253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UG: () => (/* reexport */ BundleWriter),
  mq: () => (/* reexport */ LogLineSplitter),
  J3: () => (/* reexport */ LogTail),
  Vb: () => (/* reexport */ defaultArtifactName),
  IE: () => (/* reexport */ formatLogLine),
  gZ: () => (/* reexport */ insertUnderTitle),
  kK: () => (/* reexport */ lastLinesDetails),
  vx: () => (/* reexport */ learnContainerSecrets),
  of: () => (/* reexport */ notCollectedSection),
  $9: () => (/* reexport */ redactEnvEntry),
  ic: () => (/* reexport */ redactInspect),
  n_: () => (/* reexport */ sanitizeArtifactName),
  oB: () => (/* reexport */ uploadDiagnostics)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/diagnostics/bundle/artifact-name.ts

const DEFAULT_ARTIFACT_PREFIX = 'inception-diagnostics';
/** Long enough to read, short enough for download paths on every OS. */
const MAX_ARTIFACT_NAME_LENGTH = 128;
const HASH_LENGTH = 8;
// Characters the artifact service rejects in names, and control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[":<>|*?\\/\u0000-\u001f\u007f]/g;
/**
 * `<prefix>-<job>-<matrix values>-attempt<n>`: unique per job, matrix leg and run attempt, so legs and
 * re-runs never try to upload the same name. `matrix` is `${{ toJSON(matrix) }}`; its values are
 * flattened by key order. When characters had to be replaced or the name had to be cut, a short hash of
 * the original parts keeps legs that now look alike apart.
 */
function defaultArtifactName(env, matrix, prefix = DEFAULT_ARTIFACT_PREFIX) {
    const job = env.GITHUB_JOB?.trim() || 'local';
    const attempt = `attempt${env.GITHUB_RUN_ATTEMPT?.trim() || '1'}`;
    const values = matrixValues(matrix);
    const head = [prefix, job, ...values].join('-');
    const clean = sanitizeArtifactName(head);
    const needsHash = clean !== head || clean.length + attempt.length + 1 > MAX_ARTIFACT_NAME_LENGTH;
    if (!needsHash)
        return `${clean}-${attempt}`;
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([prefix, job, values]))
        .digest('hex')
        .slice(0, HASH_LENGTH);
    const room = MAX_ARTIFACT_NAME_LENGTH - attempt.length - hash.length - 2;
    return `${clean.slice(0, room).replace(/-+$/, '')}-${hash}-${attempt}`;
}
/** Leaf values of the matrix JSON, objects by sorted key, arrays in order; text that is not JSON is one value. */
function matrixValues(matrix) {
    const text = matrix?.trim();
    if (!text)
        return [];
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return [text];
    }
    if (parsed === null)
        return [];
    const values = [];
    // Empty values stay (as empty parts) so that {a: '', b: 'x'} and {a: 'x', b: ''} stay apart.
    const visit = (value) => {
        if (Array.isArray(value))
            value.forEach(visit);
        else if (value !== null && typeof value === 'object') {
            for (const key of Object.keys(value).sort())
                visit(value[key]);
        }
        else
            values.push(String(value));
    };
    visit(parsed);
    return values;
}
function sanitizeArtifactName(name) {
    return name.replace(FORBIDDEN, '_');
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/shared/format/timestamp.ts
var format_timestamp = __webpack_require__(46125);
;// CONCATENATED MODULE: ./src/diagnostics/bundle/log-lines.ts


/** Log lines kept per container (and run) for the job summary. */
const SUMMARY_TAIL_LINES = 20;
/** What a log writer saw: how many lines, and the last messages (without timestamps) for the job summary. */
class LogTail {
    size;
    lineCount = 0;
    lastLines = [];
    constructor(size = SUMMARY_TAIL_LINES) {
        this.size = size;
    }
    add(line) {
        this.lineCount++;
        this.lastLines.push(line.message);
        if (this.lastLines.length > this.size)
            this.lastLines.shift();
    }
}
/** Reassembles whole lines per stream from chunks that may end mid-line or mid-character. */
class LogLineSplitter {
    onLine;
    decoders = new Map();
    partial = new Map();
    constructor(onLine) {
        this.onLine = onLine;
    }
    push(stream, chunk) {
        const key = stream ?? 'tty';
        let decoder = this.decoders.get(key);
        if (!decoder)
            this.decoders.set(key, (decoder = new external_node_string_decoder_.StringDecoder('utf8')));
        const parts = ((this.partial.get(key) ?? '') + decoder.write(chunk)).split('\n');
        this.partial.set(key, parts.pop() ?? '');
        for (const part of parts)
            this.onLine(parseLogLine(stream, part));
    }
    /** Emits what is left of lines without a final newline. */
    end() {
        for (const [key, decoder] of this.decoders) {
            const rest = (this.partial.get(key) ?? '') + decoder.end();
            if (rest !== '')
                this.onLine(parseLogLine(key === 'tty' ? undefined : key, rest));
        }
        this.partial.clear();
    }
}
function parseLogLine(stream, text) {
    const line = text.endsWith('\r') ? text.slice(0, -1) : text;
    const { timestamp, rest } = (0,format_timestamp/* splitTimestamp */.Fg)(line);
    return timestamp ? { timestamp, stream, message: rest } : { stream, message: line };
}
/** `<time> <stream> <message>`: one column per field so the file greps and sorts well. */
function formatLogLine(line) {
    return [line.timestamp, line.stream, line.message].filter((part) => part !== undefined).join(' ');
}

// EXTERNAL MODULE: ./src/shared/format/markdown.ts
var markdown = __webpack_require__(85116);
;// CONCATENATED MODULE: ./src/diagnostics/bundle/markdown-sections.ts

/** The index's `## Not collected` list, one problem a line; nothing when there is none. */
function notCollectedSection(errors) {
    if (errors.length === 0)
        return [];
    return ['## Not collected', '', ...errors.map((error) => `- ${error.replace(/\r?\n/g, ' ')}`), ''];
}
/** A folded block of a container's last log lines for the job summary; `extra` goes in after them. */
function lastLinesDetails(who, lastLines, extra = []) {
    const title = lastLines.length > 0 ? `${who}: last ${lastLines.length} log line(s)` : `${who}: no log output`;
    return (0,markdown/* details */.zH)(title, [...(lastLines.length > 0 ? [(0,markdown/* codeBlock */.DV)(lastLines), ''] : []), ...extra]);
}

// EXTERNAL MODULE: ./src/shared/redaction/redactor.ts
var redaction_redactor = __webpack_require__(14499);
;// CONCATENATED MODULE: ./src/diagnostics/bundle/redaction.ts

/** `NAME=value` with the value hidden when the name suggests a secret; artifacts are readable by anyone with repo access. */
function redactEnvEntry(entry) {
    const eq = entry.indexOf('=');
    if (eq < 0)
        return entry;
    return (0,redaction_redactor/* looksSecretName */.kJ)(entry.slice(0, eq)) ? `${entry.slice(0, eq)}=${redaction_redactor/* REDACTED */.XF}` : entry;
}
function redactInspect(inspect) {
    const env = inspect.Config?.Env;
    if (!Array.isArray(env))
        return inspect;
    return { ...inspect, Config: { ...inspect.Config, Env: env.map(redactEnvEntry) } };
}
/**
 * A container's secrets as its own configuration tells them: the value of every variable whose name
 * looks secret (and every credential URL's password) is then a secret in every file, wherever it shows
 * (a health check's command, a log line, another container's inspect). A post step so needs no secret
 * handed over in state: it learns them again from what it collects.
 */
function learnContainerSecrets(inspect, redactor) {
    redactor.addEnvEntries(inspect.Config?.Env ?? []);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/diagnostics/bundle/upload.ts



/**
 * Uploads every file under `dir` as one artifact. Never throws: a failed upload is a warning, and off a
 * runner (no ACTIONS_RUNTIME_TOKEN) it only says where the folder is.
 */
async function uploadDiagnostics(options) {
    const { name, dir, logger } = options;
    const env = options.env ?? process.env;
    if (!env.ACTIONS_RUNTIME_TOKEN) {
        logger.info(`Not on a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN): diagnostics stay in ${dir}`);
        return undefined;
    }
    try {
        const files = await listFiles(dir);
        if (files.length === 0) {
            logger.info(`No diagnostics files in ${dir}; nothing to upload`);
            return undefined;
        }
        // The artifact client is loaded only to upload: every action's start would pay for it otherwise.
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 67458));
        const response = await new DefaultArtifactClient().uploadArtifact(name, files, dir, {
            retentionDays: options.retentionDays,
        });
        logger.info(`Uploaded ${files.length} file(s) as artifact "${name}" (id ${response.id}, ${response.size} bytes)`);
        return { id: response.id, size: response.size };
    }
    catch (error) {
        logger.warn(`Could not upload diagnostics artifact "${name}" (${(0,errors/* errorMessage */.gJ)(error)}); the files are in ${dir}`);
        return undefined;
    }
}
async function listFiles(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => external_node_path_default().join(entry.parentPath, entry.name));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/shared/redaction/redact-lines.ts
var redact_lines = __webpack_require__(96592);
;// CONCATENATED MODULE: ./src/diagnostics/bundle/writer.ts







/**
 * A diagnostics folder being filled: the files written (relative to it) and every problem met, each also
 * a warning. Every byte goes through `redactor` on its way in, so no collector can forget a secret (the
 * folder becomes an artifact that anyone with read access downloads, and the runner masks only its logs).
 * Nothing here throws: collecting goes on past whatever fails, and the index lists it.
 */
class BundleWriter {
    outDir;
    logger;
    redactor;
    files = [];
    errors = [];
    constructor(outDir, logger, redactor = new redaction_redactor/* Redactor */.pO()) {
        this.outDir = outDir;
        this.logger = logger;
        this.redactor = redactor;
    }
    fail = (what, error) => {
        const message = this.redactor.redact(`${what}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        this.errors.push(message);
        this.logger.warn(`diagnostics: ${message}`);
    };
    /**
     * Writes `relative` (making its folders) and lists it in `files` unless `listed` is false; a failure
     * is reported and gives false.
     */
    async write(relative, content, listed = true) {
        try {
            const file = await this.prepare(relative);
            await (0,promises_.writeFile)(file, this.redactor.redact(content));
        }
        catch (error) {
            this.fail(relative, error);
            return false;
        }
        if (listed)
            this.files.push(relative);
        return true;
    }
    /**
     * Streams what `open` gives, through `transform` when given, into `relative` line by line, redacted.
     * The stream is opened once the folder exists, so none of its errors goes unheard. Throws: the caller
     * knows what it was.
     */
    async writeStream(relative, open, transform) {
        const file = await this.prepare(relative);
        const source = await open();
        const redact = new redact_lines/* RedactLines */.F(this.redactor);
        await (transform
            ? (0,external_node_stream_promises_.pipeline)(source, transform, redact, (0,external_node_fs_.createWriteStream)(file))
            : (0,external_node_stream_promises_.pipeline)(source, redact, (0,external_node_fs_.createWriteStream)(file)));
    }
    /** Copies a file from outside the bundle (a test log, a JUnit report) into `relative`, redacted. */
    async copy(source, relative) {
        await this.writeStream(relative, () => (0,external_node_fs_.createReadStream)(source));
    }
    /** Rewrites `relative` from what it holds now (undefined when it does not exist yet). */
    async rewrite(relative, change) {
        const file = await this.prepare(relative);
        const current = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
        await (0,promises_.writeFile)(file, this.redactor.redact(change(current)));
    }
    /**
     * Redacts, in place, every file under `relative` (the whole bundle for ''): for what a program wrote
     * there (kind's node logs), and for secrets learned after a file was written. Gives the files changed.
     */
    async redactTree(relative = '') {
        let changed = 0;
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_default().join(this.outDir, relative), { recursive: true });
        }
        catch (error) {
            this.fail(`redacting ${relative || 'the bundle'}`, error);
            return 0;
        }
        for (const entry of entries) {
            const file = external_node_path_default().join(this.outDir, relative, entry);
            try {
                const text = await (0,promises_.readFile)(file, 'utf8');
                const redacted = this.redactor.redact(text);
                if (redacted === text)
                    continue;
                await (0,promises_.writeFile)(file, redacted);
                changed++;
            }
            catch (error) {
                if (error.code === 'EISDIR')
                    continue;
                this.fail(`redacting ${external_node_path_default().join(relative, entry)}`, error);
            }
        }
        return changed;
    }
    /**
     * `<dir>/index.md` and `<dir>/index.json`, listed first so that the JSON (whose `files` is this
     * writer's list) names both.
     */
    async writeIndexes(dir, markdown, diagnostics) {
        const prefix = dir === '' ? '' : `${dir}/`;
        this.files.push(`${prefix}index.md`, `${prefix}index.json`);
        await this.write(`${prefix}index.md`, markdown, false);
        await this.write(`${prefix}index.json`, JSON.stringify(diagnostics, null, 2) + '\n', false);
    }
    async prepare(relative) {
        const file = external_node_path_default().join(this.outDir, relative);
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        return file;
    }
}

;// CONCATENATED MODULE: ./src/diagnostics/bundle/root-index.ts
/**
 * Puts `lines` right under the title of the bundle's index.md (or starts one): what a person reads first
 * goes first, whichever collector wrote the rest.
 */
async function insertUnderTitle(bundle, lines) {
    await bundle.rewrite('index.md', (current = '# Diagnostics\n') => {
        const titleEnd = current.startsWith('# ') ? current.indexOf('\n') + 1 || current.length : 0;
        const title = current.slice(0, titleEnd).trimEnd();
        const rest = current.slice(titleEnd).trimStart();
        return [title, '', ...lines, rest].join('\n').replace(/\n*$/, '\n');
    });
}

;// CONCATENATED MODULE: ./src/diagnostics/bundle/index.ts









/***/ }),

/***/ 54245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ redactFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** Redacts a file in place (a JUnit report copied out of a test container); untouched when nothing matches. */
async function redactFile(file, redactor) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    const redacted = redactor.redact(text);
    if (redacted !== text)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, redacted);
}


/***/ }),

/***/ 96592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RedactLines)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Redacts a stream a whole line at a time: a secret split across two chunks is still found (values are
 * single lines; a multi-line one is known line by line).
 */
class RedactLines extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    redactor;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    partial = '';
    constructor(redactor) {
        super();
        this.redactor = redactor;
    }
    _transform(chunk, _encoding, callback) {
        const text = this.partial + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
        const end = text.lastIndexOf('\n') + 1;
        this.partial = text.slice(end);
        callback(null, end > 0 ? this.redactor.redact(text.slice(0, end)) : undefined);
    }
    _flush(callback) {
        const rest = this.partial + this.decoder.end();
        callback(null, rest === '' ? undefined : this.redactor.redact(rest));
    }
}


/***/ })

};
