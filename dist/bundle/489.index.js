export const id = 489;
export const ids = [489];
export const modules = {

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

/***/ 33489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* reexport */ uploaded_artifacts/* UPLOADED_ARTIFACTS_ENV */.Z),
  V: () => (/* binding */ collectAndUpload)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/diagnostics/bundle/index.ts + 7 modules
var diagnostics_bundle = __webpack_require__(83253);
// EXTERNAL MODULE: ./src/diagnostics/docker/index.ts + 6 modules
var diagnostics_docker = __webpack_require__(38701);
// EXTERNAL MODULE: ./src/diagnostics/kube/failures/failures.ts
var failures = __webpack_require__(63859);
// EXTERNAL MODULE: ./src/shared/format/markdown.ts
var markdown = __webpack_require__(85116);
;// CONCATENATED MODULE: ./src/diagnostics/kube/markdown/summary.ts



/** The Kubernetes part of the job summary: failures in time order, each failed pod's last lines folded. */
function renderKubeSummary(kube) {
    const scope = kube.namespaces.map((namespace) => `\`${namespace}\``).join(', ') || 'no namespace';
    const lines = [`#### Kubernetes (context \`${kube.context}\`, ${scope})`, ''];
    if (kube.failures.length === 0) {
        lines.push(`No pod or Job failed (${kube.pods.length} pod(s), ${kube.jobs.length} Job(s)).`, '');
    }
    else {
        if (kube.firstFailure)
            lines.push(`First failure: ${(0,failures/* kubeFailureSentence */.hv)(kube.firstFailure)}`, '');
        lines.push((0,markdown/* table */.tp)(['Object', 'Failure', 'At'], kube.failures.map((failed) => [
            `${failed.kind} ${failed.namespace}/${failed.name}`,
            failed.failure.description,
            failed.failure.at,
        ])), '');
        for (const pod of kube.pods) {
            const details = podDetails(pod);
            if (details)
                lines.push(...details, '');
        }
    }
    if (kube.errors.length > 0) {
        lines.push(`${kube.errors.length} Kubernetes item(s) could not be collected; kubernetes/index.md lists them.`, '');
    }
    return lines;
}
/** The failing container's last lines; of its previous run when it failed before a restart. */
function podDetails(pod) {
    const failure = pod.failure;
    if (!failure)
        return undefined;
    const container = pod.containers.find((candidate) => candidate.name === failure.container) ??
        pod.containers.find((candidate) => candidate.lastLines.length > 0);
    if (!container || container.noLog)
        return undefined;
    const lastLines = failure.previous ? container.previousLastLines : container.lastLines;
    const run = failure.previous ? ' (previous run)' : '';
    return (0,diagnostics_bundle/* lastLinesDetails */.kK)(`${pod.namespace}/${pod.name} ${container.name}${run}`, lastLines);
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/index.ts

/** Loads the Kubernetes client only when a cluster is collected: Docker-only jobs never pay for it. */
async function collectKubernetes(...args) {
    return (await Promise.all(/* import() */[__webpack_require__.e(48), __webpack_require__.e(396), __webpack_require__.e(736), __webpack_require__.e(384)]).then(__webpack_require__.bind(__webpack_require__, 74384))).collectKubernetes(...args);
}


;// CONCATENATED MODULE: ./src/diagnostics/tests/collect.ts

const TESTS_DIR = 'tests';
/** A record still saying `running` once diagnostics are taken was left by a step that was stopped. */
function settled(record) {
    if (record.result !== 'running') {
        return { ...record, interrupted: record.result === 'cancelled', files: [] };
    }
    return {
        ...record,
        result: 'cancelled',
        message: 'the test step was stopped while the tests ran (cancelled, or killed) and never finished',
        interrupted: true,
        files: [],
    };
}
/** Each test run's record, full log and JUnit reports under `tests/<name>/` of the bundle. */
async function collectTestRuns(records, bundle) {
    const runs = [];
    for (const record of records) {
        const run = settled(record);
        const dir = `${TESTS_DIR}/${record.name}`;
        const copy = async (source, relative) => {
            try {
                await bundle.copy(source, relative);
                bundle.files.push(relative);
                run.files.push(relative);
            }
            catch (error) {
                bundle.fail(`${relative} of test run ${record.name}`, error);
            }
        };
        if (record.logFile)
            await copy(record.logFile, `${dir}/log.txt`);
        for (const [index, report] of record.reports.entries()) {
            await copy(report, `${dir}/reports/${String(index + 1).padStart(2, '0')}-${external_node_path_default().basename(report)}`);
        }
        if (await bundle.write(`${dir}/record.json`, JSON.stringify(run, null, 2) + '\n')) {
            run.files.push(`${dir}/record.json`);
        }
        runs.push(run);
    }
    return runs;
}

// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var report = __webpack_require__(8517);
;// CONCATENATED MODULE: ./src/diagnostics/tests/failed-first.ts

/** Failing tests named one by one; the run's record and reports hold the rest. */
const LISTED_FAILURES = 20;
function oneLine(text) {
    return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}
function runSentence(run) {
    const where = run.mode === 'cluster' && run.namespace ? ` (Job ${run.namespace}/${run.jobName ?? '?'})` : '';
    const code = run.exitCode === null ? '' : `, exit code ${run.exitCode}`;
    return `test step **${run.name}**${where} ${run.result}${code}: ${oneLine(run.message)}`;
}
/**
 * The top of index.md and of the job summary, in the order a person asks: did the run get cancelled,
 * which test step failed and with which tests, then which service or pod failed (the collectors' lines).
 */
function failedFirstLines(runs, serviceFailures) {
    const failed = runs.filter((run) => run.result !== 'passed');
    if (failed.length === 0 && serviceFailures.length === 0)
        return [];
    const lines = ['## What failed first', ''];
    if (runs.some((run) => run.interrupted))
        lines.push('**The run was cancelled** while tests ran.', '');
    for (const run of failed) {
        lines.push(`- ${runSentence(run)}`);
        for (const failure of run.failures.slice(0, LISTED_FAILURES)) {
            lines.push(`  - \`${oneLine((0,report/* failureName */.W9)(failure))}\`: ${oneLine(failure.message)}`);
        }
        if (run.failureCount > LISTED_FAILURES)
            lines.push(`  - … and ${run.failureCount - LISTED_FAILURES} more`);
        const log = run.files.find((file) => file.endsWith('/log.txt'));
        const reports = run.files.filter((file) => file.includes('/reports/'));
        const links = [
            ...(log ? [`[full log](${log})`] : []),
            ...reports.map((file) => `[${file.slice(file.lastIndexOf('/') + 1)}](${file})`),
        ];
        if (links.length > 0)
            lines.push(`  - ${links.join(', ')}`);
    }
    for (const sentence of serviceFailures)
        lines.push(`- ${sentence}`);
    lines.push('');
    return lines;
}

;// CONCATENATED MODULE: ./src/diagnostics/tests/index.ts



;// CONCATENATED MODULE: ./src/diagnostics/summary.ts




/** Job-summary markdown: the failed containers and pods with their last lines folded, and where the bundle went. */
function renderDiagnosticsSummary(input) {
    const docker = input.docker;
    const scope = docker?.environment ? ` of environment \`${docker.environment}\`` : '';
    const lines = [`### Diagnostics${scope}`, '', ...(input.failedFirst ?? []).map(demoteHeading)];
    lines.push(...(input.timeline ?? []).map(demoteHeading));
    if (docker) {
        const failed = docker.containers.filter((container) => container.state.failure);
        if (docker.containers.length === 0) {
            lines.push('No containers found.', '');
        }
        else if (failed.length === 0) {
            lines.push(`All ${docker.containers.length} container(s) are running or exited cleanly.`, '');
        }
        else {
            if (docker.firstFailure)
                lines.push(`First failure: ${(0,diagnostics_docker/* failureSentence */.Q)(docker.firstFailure)}`, '');
            lines.push((0,markdown/* table */.tp)(['Container', 'Service', 'State', 'Exit code'], failed.map((container) => [
                container.name,
                container.service,
                container.state.health === 'unhealthy'
                    ? `${container.state.status}, unhealthy`
                    : container.state.status,
                container.state.exitCode,
            ])), '');
            for (const container of failed)
                lines.push(...containerDetails(container), '');
        }
        if (docker.errors.length > 0) {
            lines.push(`${docker.errors.length} item(s) could not be collected; index.md in the bundle lists them.`, '');
        }
    }
    if (input.kubernetes)
        lines.push(...renderKubeSummary(input.kubernetes));
    lines.push(input.artifactId !== undefined
        ? `Full diagnostics: artifact \`${input.artifactName}\` (id ${input.artifactId}).`
        : `Full diagnostics were not uploaded (artifact name \`${input.artifactName}\`); they are in \`${input.path}\`.`, '');
    return lines.join('\n');
}
/** The index's `## ` headings sit under the summary's `### ` title. */
function demoteHeading(line) {
    return line.startsWith('## ') ? `#### ${line.slice(3)}` : line;
}
function containerDetails(container) {
    const check = container.state.lastHealthCheck;
    const healthCheck = container.state.health === 'unhealthy' && check
        ? [
            `Last health check exited with ${check.exitCode}:`,
            '',
            (0,markdown/* codeBlock */.DV)(check.output.trimEnd().split('\n')),
            '',
        ]
        : [];
    return (0,diagnostics_bundle/* lastLinesDetails */.kK)(container.name, container.lastLines, healthCheck);
}

// EXTERNAL MODULE: ./src/diagnostics/uploaded-artifacts.ts
var uploaded_artifacts = __webpack_require__(320);
// EXTERNAL MODULE: ./src/shared/redaction/redactor.ts
var redaction_redactor = __webpack_require__(14499);
// EXTERNAL MODULE: ./src/diagnostics/overview.ts + 6 modules
var overview = __webpack_require__(94460);
;// CONCATENATED MODULE: ./src/diagnostics/collect-and-upload.ts















/**
 * collect-logs in one call, for the action and for post steps that collect on failure: gather into one
 * folder, upload it as one artifact, hand back the summary. Never throws; diagnostics never fail a job.
 */
async function collectAndUpload(options) {
    const { logger } = options;
    const env = options.env ?? process.env;
    const artifactName = options.artifactName ?? (0,diagnostics_bundle/* defaultArtifactName */.Vb)(env, options.matrix, options.artifactPrefix);
    const dir = external_node_path_default().resolve(options.path ?? defaultDiagnosticsPath(env, artifactName));
    const result = { path: dir, artifactName, tests: [], summary: '' };
    const uploaded = (env[uploaded_artifacts/* UPLOADED_ARTIFACTS_ENV */.Z] ?? '').split('\n');
    const covering = [artifactName, (0,diagnostics_bundle/* defaultArtifactName */.Vb)(env, options.matrix)].find((name) => uploaded.includes(name));
    if (covering) {
        logger.info(`Diagnostics were already uploaded as artifact "${covering}" in this job; not collecting again ` +
            '(give artifact-name to collect a second bundle).');
        return { ...result, skipped: true };
    }
    try {
        // The folder exists (and `path` can be read) even when nothing is collected.
        await (0,promises_.mkdir)(dir, { recursive: true });
    }
    catch (error) {
        logger.warn(`Could not create ${dir}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const redactor = options.redactor ?? new redaction_redactor/* Redactor */.pO();
    const bundle = new diagnostics_bundle/* BundleWriter */.UG(dir, logger, redactor);
    const records = await (0,report.readTestRunRecords)(env);
    result.tests = await collectTestRuns(records, bundle);
    if (options.collectDocker ?? true) {
        try {
            result.docker = await logger.group('Collect Docker diagnostics', async () => {
                const docker = options.docker ?? (await (0,client/* connectDocker */.Z)());
                return (0,diagnostics_docker/* collectDockerDiagnostics */.r)({
                    docker,
                    environment: options.environment,
                    outDir: dir,
                    logger,
                    redactor,
                });
            });
        }
        catch (error) {
            logger.warn(`Could not collect diagnostics: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const kubernetes = options.kubernetes;
    if (kubernetes) {
        try {
            const testRunNamespaces = records.flatMap((record) => (record.namespace ? [record.namespace] : []));
            result.kubernetes = await logger.group('Collect Kubernetes diagnostics', () => collectKubernetes({ ...kubernetes, testRunNamespaces }, dir, logger, redactor));
        }
        catch (error) {
            logger.warn(`Could not collect Kubernetes diagnostics: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const serviceFailures = [
        ...(result.docker?.firstFailure ? [`service ${(0,diagnostics_docker/* failureSentence */.Q)(result.docker.firstFailure)}`] : []),
        ...(result.kubernetes?.firstFailure ? [(0,failures/* kubeFailureSentence */.hv)(result.kubernetes.firstFailure)] : []),
    ];
    const failedFirst = failedFirstLines(result.tests, serviceFailures);
    const chart = await (0,overview/* writeBundleOverview */.z)(bundle, {
        title: `Diagnostics ${artifactName}`,
        tests: result.tests,
        docker: result.docker,
        kubernetes: result.kubernetes,
        failedFirst,
        serviceFailures,
        logger,
    });
    if (options.upload ?? true) {
        const uploaded = await logger.group(`Upload diagnostics artifact ${artifactName}`, () => (0,diagnostics_bundle/* uploadDiagnostics */.oB)({ name: artifactName, dir, retentionDays: options.retentionDays, logger, env }));
        result.artifactId = uploaded?.id;
        result.artifactSize = uploaded?.size;
    }
    else {
        logger.info(`upload: false; diagnostics are in ${dir}`);
    }
    result.summary = redactor.redact(renderDiagnosticsSummary({
        failedFirst,
        timeline: chart,
        docker: result.docker,
        kubernetes: result.kubernetes,
        artifactName,
        artifactId: result.artifactId,
        path: dir,
    }));
    if (options.writeSummary) {
        try {
            await options.writeSummary(result.summary);
        }
        catch (error) {
            logger.warn(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return result;
}
function defaultDiagnosticsPath(env, artifactName) {
    return external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'inception-diagnostics', artifactName);
}


/***/ }),

/***/ 38701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* reexport */ collectDockerDiagnostics),
  Q: () => (/* reexport */ failureSentence)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/shared/identity/labels.ts
var labels = __webpack_require__(25757);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/diagnostics/bundle/index.ts + 7 modules
var diagnostics_bundle = __webpack_require__(83253);
// EXTERNAL MODULE: ./src/shared/async/concurrency.ts
var concurrency = __webpack_require__(59949);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/docker/log-frames.ts
var log_frames = __webpack_require__(81233);
;// CONCATENATED MODULE: ./src/diagnostics/docker/container-log.ts



/**
 * Streams a container's whole log (running or stopped) to `relative` of the bundle, one `<time> <stream> <message>` line
 * each. Non-TTY logs arrive multiplexed in frames; a TTY container's output is one raw stream.
 */
async function writeContainerLog(docker, containerId, tty, bundle, relative) {
    const tail = new diagnostics_bundle/* LogTail */.J3();
    let out = '';
    const splitter = new diagnostics_bundle/* LogLineSplitter */.mq((line) => {
        tail.add(line);
        out += (0,diagnostics_bundle/* formatLogLine */.IE)(line) + '\n';
    });
    const decoder = new log_frames/* DockerFrameDecoder */.w();
    const drain = () => {
        const text = out;
        out = '';
        return text;
    };
    const toLines = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            if (tty)
                splitter.push(undefined, chunk);
            else
                for (const frame of decoder.push(chunk))
                    splitter.push(frame.stream, frame.payload);
            callback(null, drain());
        },
        flush(callback) {
            splitter.end();
            callback(null, drain());
        },
    });
    await bundle.writeStream(relative, () => openLogStream(docker, containerId), toLines);
    // The summary shows these lines: redacted like the file.
    tail.lastLines.splice(0, tail.lastLines.length, ...tail.lastLines.map((line) => bundle.redactor.redact(line)));
    return tail;
}
/** `container.logs()` buffers the whole log in memory unless it follows; dialing ourselves streams it and still ends. */
function openLogStream(docker, containerId) {
    return new Promise((resolve, reject) => {
        docker.modem.dial({
            path: `/containers/${encodeURIComponent(containerId)}/logs?`,
            method: 'GET',
            isStream: true,
            statusCodes: { 200: true, 404: 'no such container', 500: 'server error' },
            options: { stdout: true, stderr: true, timestamps: true, follow: false },
        }, (error, result) => (error ? reject(error) : resolve(result)));
    });
}

// EXTERNAL MODULE: ./src/shared/format/timestamp.ts
var timestamp = __webpack_require__(46125);
;// CONCATENATED MODULE: ./src/diagnostics/docker/container-state.ts

const DEFAULT_HEALTH_RETRIES = 3;
/**
 * What state a container is in and whether (and when) it failed: exited non-zero, killed for memory,
 * dead, or unhealthy. `unhealthyAt` is the time of the engine's `health_status: unhealthy` event when
 * known; otherwise the health-check log tells it, as far as its last entries reach back.
 */
function describeContainerState(inspect, unhealthyAt) {
    const state = inspect.State;
    const stopped = state.Status === 'exited' || state.Status === 'dead' || state.Restarting;
    const finishedAt = (0,timestamp/* engineTime */.qH)(state.FinishedAt);
    const health = state.Health?.Status && state.Health.Status !== 'none' ? state.Health.Status : undefined;
    const candidates = [];
    if (state.OOMKilled) {
        candidates.push({
            kind: 'oom-killed',
            at: finishedAt,
            description: `was killed for running out of memory (exit ${state.ExitCode})`,
        });
    }
    else if (state.Status === 'dead') {
        candidates.push({
            kind: 'dead',
            at: finishedAt,
            description: 'is dead (the engine could not stop or remove it)',
        });
    }
    else if (stopped && state.ExitCode !== 0) {
        candidates.push({
            kind: 'exited',
            at: finishedAt,
            description: state.Restarting
                ? `keeps restarting; last exited with ${state.ExitCode}`
                : `exited with ${state.ExitCode}`,
        });
    }
    if (health === 'unhealthy') {
        const retries = inspect.Config.Healthcheck?.Retries || DEFAULT_HEALTH_RETRIES;
        candidates.push({
            kind: 'unhealthy',
            at: unhealthyAt ??
                unhealthyTimeFromLog(state.Health?.Log ?? [], state.Health?.FailingStreak ?? 0, retries),
            description: 'became unhealthy',
        });
    }
    candidates.sort(compareTimes);
    const lastCheck = state.Health?.Log?.at(-1);
    return {
        status: state.Status,
        exitCode: stopped ? state.ExitCode : undefined,
        oomKilled: state.OOMKilled,
        health,
        startedAt: (0,timestamp/* engineTime */.qH)(state.StartedAt),
        finishedAt,
        restartCount: inspect.RestartCount ?? 0,
        error: state.Error || undefined,
        lastHealthCheck: health && lastCheck ? { exitCode: lastCheck.ExitCode, output: lastCheck.Output } : undefined,
        failure: candidates[0],
    };
}
/**
 * The check that made the failing streak reach `retries`; when the log (the engine keeps five entries)
 * no longer reaches back that far, its oldest entry, the latest time the container can have turned.
 */
function unhealthyTimeFromLog(log, failingStreak, retries) {
    if (log.length === 0)
        return undefined;
    const index = log.length - failingStreak + retries - 1;
    const entry = index >= 0 && index < log.length ? log[index] : log[0];
    return (0,timestamp/* engineTime */.qH)(entry?.End) ?? (0,timestamp/* engineTime */.qH)(entry?.Start);
}
function compareTimes(a, b) {
    return (0,timestamp/* compareTimestamps */.B_)(a.at, b.at);
}
/** Failed containers first, the one that failed first at the top; then the rest by name. */
function compareByFailure(a, b) {
    const fa = a.state.failure;
    const fb = b.state.failure;
    if (fa && !fb)
        return -1;
    if (!fa && fb)
        return 1;
    if (fa && fb) {
        const byTime = compareTimes(fa, fb);
        if (byTime !== 0)
            return byTime;
    }
    return a.name.localeCompare(b.name);
}
/** "web (api) — exited with 3 at 2024-…" */
function failureSentence(container) {
    const failure = container.state.failure;
    const who = container.service ? `${container.name} (${container.service})` : container.name;
    if (!failure)
        return `${who} — no failure`;
    return `${who} — ${failure.description}${failure.at ? ` at ${failure.at}` : ''}`;
}

// EXTERNAL MODULE: ./src/shared/format/markdown.ts
var markdown = __webpack_require__(85116);
;// CONCATENATED MODULE: ./src/diagnostics/docker/index-markdown.ts



/** index.md at the bundle root: what failed first, then every container with links to its files. */
function renderIndexMarkdown(diagnostics) {
    const scope = diagnostics.environment
        ? `environment \`${diagnostics.environment}\``
        : 'every container labelled io.inception.managed=true';
    const lines = [`# Docker diagnostics`, '', `Collected at ${diagnostics.collectedAt} for ${scope}.`, ''];
    lines.push(diagnostics.firstFailure
        ? `First failure: ${failureSentence(diagnostics.firstFailure)}`
        : 'No service container failed.', '');
    if (diagnostics.containers.length === 0) {
        lines.push('No containers found.', '');
    }
    else {
        lines.push((0,markdown/* table */.tp)(['Container', 'Service', 'Status', 'Exit code', 'Health', 'Finished at', 'Files'], diagnostics.containers.map((container) => [
            container.name,
            container.service,
            container.state.failure
                ? `${container.state.status} (${container.state.failure.description})`
                : container.state.status,
            container.state.exitCode,
            container.state.health,
            container.state.finishedAt,
            container.files.map((file) => `[${file.slice(container.dir.length + 1)}](${file})`).join(' '),
        ])), '');
    }
    const shared = diagnostics.files.filter((file) => !file.startsWith('containers/') && !file.startsWith('index.'));
    if (shared.length > 0)
        lines.push(`Also: ${shared.map((file) => `[${file}](${file})`).join(', ')}.`, '');
    lines.push(...(0,diagnostics_bundle/* notCollectedSection */.of)(diagnostics.errors));
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/diagnostics/docker/events.ts
const READ_TIMEOUT_MS = 30_000;
/** Events between `since` and `until`; the engine closes the stream once `until` is reached. */
async function readEngineEvents(docker, query) {
    const stream = (await docker.getEvents({
        // Fractional seconds: the engine reads "<seconds>.<fraction>", and a whole-second `until` in the future would make it wait.
        since: query.since.getTime() / 1000,
        until: query.until.getTime() / 1000,
        filters: query.filters,
    }));
    return new Promise((resolve, reject) => {
        const events = [];
        let pending = '';
        const take = (text) => {
            const parsed = parseEventLine(text);
            if (parsed)
                events.push(parsed);
        };
        const timer = setTimeout(() => {
            stream.destroy?.();
            resolve(events);
        }, READ_TIMEOUT_MS);
        stream.on('data', (chunk) => {
            const lines = (pending + chunk.toString()).split('\n');
            pending = lines.pop() ?? '';
            lines.forEach(take);
        });
        stream.on('end', () => {
            clearTimeout(timer);
            take(pending);
            resolve(events);
        });
        stream.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
    });
}
function parseEventLine(text) {
    if (text.trim() === '')
        return undefined;
    const raw = JSON.parse(text);
    const timeNano = /"timeNano"\s*:\s*(\d+)/.exec(text)?.[1] ?? String((raw.time ?? 0) * 1e9);
    return {
        Type: raw.Type ?? 'unknown',
        Action: raw.Action ?? raw.status ?? 'unknown',
        Actor: { ID: raw.Actor?.ID ?? raw.id ?? '', Attributes: raw.Actor?.Attributes ?? {} },
        time: raw.time ?? 0,
        timeNano,
    };
}
/** RFC 3339 UTC with nanoseconds, like the engine's own timestamps. */
function eventTime(event) {
    const nanos = event.timeNano.padStart(10, '0');
    const seconds = Number(nanos.slice(0, -9));
    const fraction = nanos.slice(-9);
    return `${new Date(seconds * 1000).toISOString().slice(0, 19)}.${fraction}Z`;
}
/** `<time> <type> <action> <name> key=value ...` */
function formatEventLine(event) {
    const attributes = event.Actor.Attributes ?? {};
    const name = attributes.name ?? event.Actor.ID.slice(0, 12);
    const rest = Object.keys(attributes)
        .filter((key) => key !== 'name')
        .sort()
        .map((key) => `${key}=${quoteIfNeeded(attributes[key] ?? '')}`);
    return [eventTime(event), event.Type, quoteIfNeeded(event.Action), name, ...rest].join(' ');
}
function quoteIfNeeded(value) {
    return /[\s"=]/.test(value) || value === '' ? JSON.stringify(value) : value;
}
function compareEvents(a, b) {
    const ka = a.timeNano.padStart(20, '0');
    const kb = b.timeNano.padStart(20, '0');
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/diagnostics/docker/state-text.ts
/** state.txt: the lines a person reads first about one container, health-check outputs included. */
function renderStateText(inspect, state) {
    const health = inspect.State.Health;
    const rows = [
        ['name', inspect.Name.replace(/^\//, '')],
        ['id', inspect.Id],
        ['image', inspect.Config?.Image],
        ['status', state.status],
        ['exit code', state.exitCode],
        ['error', state.error],
        ['oom killed', state.oomKilled],
        ['started at', state.startedAt],
        ['finished at', state.finishedAt],
        ['restart count', state.restartCount],
        ['health', state.health && `${state.health} (failing streak ${health?.FailingStreak ?? 0})`],
        [
            'failure',
            state.failure && `${state.failure.description}${state.failure.at ? ` at ${state.failure.at}` : ''}`,
        ],
    ];
    const lines = rows.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${value}`);
    const checks = health?.Log ?? [];
    if (checks.length > 0) {
        lines.push('', 'health checks (oldest first; the engine keeps the last five):');
        for (const check of checks) {
            lines.push(`- ${check.Start} -> ${check.End} exit ${check.ExitCode}`);
            for (const output of check.Output.trimEnd().split('\n'))
                if (output !== '')
                    lines.push(`    ${output}`);
        }
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/diagnostics/timeline/index.ts + 5 modules
var timeline = __webpack_require__(36461);
;// CONCATENATED MODULE: ./src/diagnostics/docker/collector.ts













/** Containers handled at once. */
const CONCURRENCY = 4;
const FALLBACK_EVENT_WINDOW_MS = 60 * 60 * 1000;
/**
 * Writes everything needed to see why an environment failed into `outDir`: per container its full log,
 * inspect output and a readable state, plus the environment's events, networks and the engine's info.
 * Never throws: whatever cannot be collected is logged as a warning and listed in index.md.
 */
async function collectDockerDiagnostics(options) {
    const { docker, environment, logger } = options;
    const outDir = external_node_path_default().resolve(options.outDir);
    const until = new Date();
    const bundle = new diagnostics_bundle/* BundleWriter */.UG(outDir, logger, options.redactor);
    const { fail } = bundle;
    let listed = [];
    try {
        listed = await docker.listContainers({ all: true, filters: (0,labels/* labelFilter */.HY)(environment) });
    }
    catch (error) {
        fail('listing containers', error);
    }
    // Every container's secrets are known before the first file is written: one container's log may
    // print another's password.
    const inspected = await (0,concurrency/* mapWithConcurrency */.W)(listed, CONCURRENCY, (info) => docker
        .getContainer(info.Id)
        .inspect()
        .then((inspect) => {
        (0,diagnostics_bundle/* learnContainerSecrets */.vx)(inspect, bundle.redactor);
        return inspect;
    })
        .catch((error) => error));
    let networks = [];
    try {
        const found = await docker.listNetworks({ filters: (0,labels/* labelFilter */.HY)(environment) });
        networks = await Promise.all(found.map((network) => docker.getNetwork(network.Id).inspect()));
        await bundle.write('networks.json', JSON.stringify(networks, null, 2) + '\n');
    }
    catch (error) {
        fail('networks.json', error);
    }
    logger.info(`Collecting diagnostics of ${listed.length} container(s) ${environment ? `of environment ${environment}` : 'managed by inception'} into ${outDir}`);
    const since = eventWindowStart(listed, networks, until);
    const [events, collected] = await Promise.all([
        readEvents(docker, environment, networks, since, until).catch((error) => {
            fail('events.txt', error);
            return undefined;
        }),
        (0,concurrency/* mapWithConcurrency */.W)(listed, CONCURRENCY, (info, index) => collectContainer(docker, info, inspected[index] ?? new Error('not inspected'), bundle)),
    ]);
    if (events)
        await bundle.write('events.txt', events.map((event) => formatEventLine(event) + '\n').join(''));
    for (const { container, inspect } of collected) {
        if (!inspect)
            continue;
        container.state = describeContainerState(inspect, firstUnhealthyEvent(events ?? [], inspect.Id));
        const stateFile = `${container.dir}/state.txt`;
        if (await bundle.write(stateFile, renderStateText(inspect, container.state), false)) {
            container.files.push(stateFile);
        }
        else {
            container.errors.push(`state.txt: ${bundle.errors.at(-1) ?? 'not written'}`);
        }
    }
    try {
        const [info, version] = await Promise.all([docker.info(), docker.version()]);
        await bundle.write('engine.json', JSON.stringify({ version, info }, null, 2) + '\n');
    }
    catch (error) {
        fail('engine.json', error);
    }
    const containers = collected.map(({ container }) => container).sort(compareByFailure);
    for (const container of containers)
        bundle.files.push(...container.files);
    const diagnostics = {
        environment,
        outDir,
        collectedAt: until.toISOString(),
        containers,
        firstFailure: containers.find((container) => container.state.failure),
        timeline: (0,timeline/* dockerLanes */.cR)(containers, events ?? [], until.getTime()),
        files: bundle.files,
        errors: bundle.errors,
    };
    await bundle.writeIndexes('', renderIndexMarkdown(diagnostics), diagnostics);
    return diagnostics;
}
async function collectContainer(docker, info, inspected, bundle) {
    const { fail, redactor } = bundle;
    const name = (info.Names[0] ?? info.Id.slice(0, 12)).replace(/^\//, '');
    const dir = `containers/${safeFileName(name)}`;
    const container = {
        name,
        id: info.Id,
        service: info.Labels?.[labels/* LABEL_SERVICE */.bb],
        image: info.Image,
        state: { status: info.State, oomKilled: false, restartCount: 0 },
        lastLines: [],
        dir,
        files: [],
        errors: [],
    };
    const problem = (what, error) => {
        container.errors.push(redactor.redact(`${what}: ${(0,errors/* errorMessage */.gJ)(error)}`));
        fail(`${name}: ${what}`, error);
    };
    const inspect = inspected instanceof Error ? undefined : inspected;
    const inspectFile = `${dir}/inspect.json`;
    if (!inspect)
        problem('inspect.json', inspected);
    else if (await bundle.write(inspectFile, JSON.stringify((0,diagnostics_bundle/* redactInspect */.ic)(inspect), null, 2) + '\n', false)) {
        container.files.push(inspectFile);
    }
    else {
        container.errors.push(`inspect.json: ${bundle.errors.at(-1) ?? 'not written'}`);
    }
    try {
        const log = await writeContainerLog(docker, info.Id, inspect?.Config.Tty ?? false, bundle, `${dir}/log.txt`);
        container.lastLines = log.lastLines;
        container.files.push(`${dir}/log.txt`);
    }
    catch (error) {
        problem('log.txt', error);
    }
    return { container, inspect };
}
async function readEvents(docker, environment, networks, since, until) {
    const queries = [(0,labels/* labelFilter */.HY)(environment)];
    // Network events carry no labels, so the label filter misses them; ask for them by id.
    if (networks.length > 0)
        queries.push({ type: ['network'], network: networks.map((network) => network.Id) });
    const batches = await Promise.all(queries.map((filters) => readEngineEvents(docker, { filters, since, until })));
    const seen = new Set();
    return batches
        .flat()
        .filter((event) => {
        const key = `${event.timeNano} ${event.Type} ${event.Action} ${event.Actor.ID}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort(compareEvents);
}
function eventWindowStart(containers, networks, until) {
    const times = [
        ...containers.map((container) => container.Created * 1000),
        ...networks.map((network) => Date.parse(network.Created)),
    ].filter((time) => Number.isFinite(time));
    return times.length > 0
        ? new Date(Math.min(...times) - 1000)
        : new Date(until.getTime() - FALLBACK_EVENT_WINDOW_MS);
}
function firstUnhealthyEvent(events, containerId) {
    const times = events
        .filter((event) => event.Actor.ID === containerId && event.Action === 'health_status: unhealthy')
        .map(eventTime);
    return times.sort(timestamp/* compareTimestamps */.B_)[0];
}
function safeFileName(name) {
    return name.replace(/[^A-Za-z0-9_.-]/g, '_') || 'unnamed';
}

;// CONCATENATED MODULE: ./src/diagnostics/docker/index.ts




/***/ }),

/***/ 76611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ kubeEventTime),
/* harmony export */   P9: () => (/* binding */ sortKubeEvents),
/* harmony export */   Xh: () => (/* binding */ eventsAbout),
/* harmony export */   jP: () => (/* binding */ formatKubeEvent)
/* harmony export */ });
/* harmony import */ var _shared_format_timestamp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46125);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97079);


/** When the event last happened: lastTimestamp, else eventTime (events.k8s.io writers), else firstTimestamp. */
function kubeEventTime(event) {
    return ((0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.lastTimestamp) ??
        (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.eventTime) ??
        (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.firstTimestamp) ??
        (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.metadata?.creationTimestamp));
}
/** Oldest first; events without any time last. The sort is stable, so ties keep the API's order. */
function sortKubeEvents(events) {
    return [...events].sort((a, b) => (0,_shared_format_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)(kubeEventTime(a), kubeEventTime(b)));
}
/** `<time> <type> <reason> <kind>/<name> [<field>] (x<count> since <first>): <message>`, one line. */
function formatKubeEvent(event) {
    const object = event.involvedObject;
    const first = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.firstTimestamp);
    const last = kubeEventTime(event);
    const count = event.count ?? event.series?.count ?? 1;
    const parts = [
        last ?? '-',
        event.type ?? '-',
        event.reason ?? '-',
        `${object.kind ?? '?'}/${object.name ?? '?'}`,
    ];
    if (object.fieldPath)
        parts.push(`[${object.fieldPath}]`);
    if (count > 1)
        parts.push(first && first !== last ? `(x${count} since ${first})` : `(x${count})`);
    return `${parts.join(' ')}: ${(event.message ?? '').trim().replace(/\r?\n/g, ' ')}`;
}
/** The events about one object: by uid, or by kind and name when the writer left the uid out. */
function eventsAbout(events, object) {
    return events.filter((event) => {
        const about = event.involvedObject;
        if (object.uid && about.uid)
            return about.uid === object.uid;
        return about.kind === object.kind && about.name === object.name && about.namespace === object.namespace;
    });
}


/***/ }),

/***/ 63859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ compareFailedObjects),
/* harmony export */   MQ: () => (/* binding */ podFailure),
/* harmony export */   eL: () => (/* binding */ jobFailure),
/* harmony export */   hv: () => (/* binding */ kubeFailureSentence)
/* harmony export */ });
/* unused harmony export containerFailure */
/* harmony import */ var _shared_format_timestamp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46125);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76611);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97079);



const IMAGE_PULL = new Set([
    'ImagePullBackOff',
    'ErrImagePull',
    'ErrImageNeverPull',
    'InvalidImageName',
    'RegistryUnavailable',
]);
const CONTAINER_ERROR = new Set([
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
    'PreCreateHookError',
    'PostStartHookError',
]);
/** Kubelet's warnings that mark a container failing (pull failed, create failed, restart back-off). */
const FAILURE_EVENT_REASONS = new Set(['Failed', 'BackOff', 'ErrImageNeverPull', 'InspectFailed']);
/**
 * Why one container counts as failed, and when: an image it cannot pull, a container it cannot create,
 * a non-zero exit now, or a non-zero exit before a restart (CrashLoopBackOff). Times come from the
 * status; the pod's events move them earlier when kubelet warned first (a pull that keeps failing has
 * no status time at all).
 */
function containerFailure(status, init, podEvents) {
    const who = `${init ? 'init container' : 'container'} ${status.name}`;
    const container = status.name;
    const waiting = status.state?.waiting;
    const terminated = status.state?.terminated;
    const last = status.lastState?.terminated;
    const warned = firstWarning(podEvents, init, status.name);
    const reason = waiting?.reason ?? '';
    const cannotStart = IMAGE_PULL.has(reason)
        ? 'image-pull'
        : CONTAINER_ERROR.has(reason)
            ? 'container-error'
            : undefined;
    if (cannotStart) {
        const why = waiting?.message ? `${reason}: ${waiting.message}` : reason;
        return { kind: cannotStart, at: warned, description: `${who}: ${why}`, container };
    }
    if (terminated && terminated.exitCode !== 0) {
        return {
            kind: terminated.reason === 'OOMKilled' ? 'oom-killed' : 'exited',
            at: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(terminated.finishedAt),
            description: `${who} ${exitText(terminated.exitCode, terminated.reason)}${restarts(status.restartCount)}`,
            container,
        };
    }
    if (last && last.exitCode !== 0) {
        const crashLoop = waiting?.reason === 'CrashLoopBackOff';
        return {
            kind: last.reason === 'OOMKilled' ? 'oom-killed' : crashLoop ? 'crash-loop' : 'exited',
            at: earliest((0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(last.finishedAt), warned),
            description: `${who}${crashLoop ? ' is in CrashLoopBackOff:' : ''} restarted ${status.restartCount} time(s), ` +
                `last run ${exitText(last.exitCode, last.reason)}`,
            container,
            previous: true,
        };
    }
    return undefined;
}
/** The pod's earliest failure: of its containers (init ones included), its phase, or its scheduling. */
function podFailure(pod, podEvents) {
    const status = pod.status;
    const candidates = [];
    for (const [statuses, init] of [
        [status?.initContainerStatuses ?? [], true],
        [status?.containerStatuses ?? [], false],
    ]) {
        for (const container of statuses) {
            const failure = containerFailure(container, init, podEvents);
            if (failure)
                candidates.push(failure);
        }
    }
    if (status?.phase === 'Failed' && (candidates.length === 0 || status.reason)) {
        const finished = [...(status.containerStatuses ?? []), ...(status.initContainerStatuses ?? [])]
            .map((container) => (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(container.state?.terminated?.finishedAt))
            .sort(_shared_format_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)
            .at(-1);
        const why = [status.reason, status.message].filter(Boolean).join(': ');
        candidates.push({ kind: 'failed', at: finished, description: `pod failed${why ? `: ${why}` : ''}` });
    }
    const scheduled = status?.conditions?.find((condition) => condition.type === 'PodScheduled');
    if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
        candidates.push({
            kind: 'unschedulable',
            at: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(scheduled.lastTransitionTime),
            description: `unschedulable: ${scheduled.message ?? 'no node fits'}`,
        });
    }
    return candidates.sort((a, b) => (0,_shared_format_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)(a.at, b.at))[0];
}
function jobFailure(job) {
    const failed = job.status?.conditions?.find((condition) => condition.type === 'Failed' && condition.status === 'True');
    if (!failed)
        return undefined;
    const why = [failed.reason, failed.message].filter(Boolean).join(': ');
    return {
        kind: 'job-failed',
        at: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(failed.lastTransitionTime),
        description: `Job failed${why ? `: ${why}` : ''}`,
    };
}
/** Earliest failure first; a pod before its Job at the same second (the pod's failure fails the Job). */
function compareFailedObjects(a, b) {
    return ((0,_shared_format_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)(a.failure.at, b.failure.at) ||
        (a.kind === b.kind ? 0 : a.kind === 'Pod' ? -1 : 1) ||
        a.namespace.localeCompare(b.namespace) ||
        a.name.localeCompare(b.name));
}
/** "Pod diag-x/api-1 — container app exited with 3 at 2024-…" */
function kubeFailureSentence(object) {
    const at = object.failure.at ? ` at ${object.failure.at}` : '';
    return `${object.kind} ${object.namespace}/${object.name} — ${object.failure.description}${at}`;
}
function exitText(exitCode, reason) {
    const why = reason && reason !== 'Error' ? ` (${reason})` : '';
    return `exited with ${exitCode}${why}`;
}
function restarts(count) {
    return count > 0 ? ` after ${count} restart(s)` : '';
}
function firstWarning(events, init, container) {
    const field = `${init ? 'spec.initContainers' : 'spec.containers'}{${container}}`;
    return events
        .filter((event) => event.type === 'Warning' &&
        FAILURE_EVENT_REASONS.has(event.reason ?? '') &&
        event.involvedObject.fieldPath === field)
        .map((event) => (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.firstTimestamp) ?? (0,_events_js__WEBPACK_IMPORTED_MODULE_2__/* .kubeEventTime */ .LX)(event))
        .sort(_shared_format_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)[0];
}
function earliest(a, b) {
    return (0,_shared_format_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)(a, b) <= 0 ? a : b;
}


/***/ }),

/***/ 97079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ kubeTime)
/* harmony export */ });
/**
 * RFC 3339 text of a time the client deserialized (a Date, or a string for micro-times it leaves alone).
 * Kubernetes keeps most times to the second, so whole seconds print without a fraction, as kubectl does.
 */
function kubeTime(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value === '' ? undefined : value;
    if (Number.isNaN(value.getTime()))
        return undefined;
    const iso = value.toISOString();
    return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}


/***/ }),

/***/ 94460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ writeBundleOverview)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/diagnostics/bundle/index.ts + 7 modules
var diagnostics_bundle = __webpack_require__(83253);
// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var report = __webpack_require__(8517);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/diagnostics/page/assets.ts



/** Beside the ncc bundle in dist/bundle/, written by scripts/build-dist.mjs. */
const BUILT_ASSETS_FILE = 'report-page.json';
let loading;
/**
 * The built page from beside the bundle; from source (tsx, tests) it is compiled on first use with
 * esbuild, a dev dependency that dist/ never needs. Throws when neither is there.
 */
function reportPageAssets() {
    loading ??= load();
    return loading;
}
async function load() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const built = await (0,promises_.readFile)(external_node_path_default().join(here, BUILT_ASSETS_FILE), 'utf8').catch(() => undefined);
    if (built !== undefined)
        return JSON.parse(built);
    const builder = (0,external_node_url_.pathToFileURL)(external_node_path_default().resolve(here, '../../../scripts/report-page.mjs')).href;
    const { buildReportPage } = (await import(/* webpackIgnore: true */ builder));
    return buildReportPage();
}

;// CONCATENATED MODULE: ./src/diagnostics/page/data.ts
// What index.html embeds, shared by the writer (Node) and the page's script (browser): no imports.
/** The log showing `lane` at `time`: the previous run's before the restart. */
function laneLogAt(lane, time) {
    return lane.previousLog && time < lane.previousLog.until ? lane.previousLog.file : lane.log;
}
const DATA_ELEMENT = 'inception-data';
function chunkElementId(file, chunk) {
    return `chunk-${file}-${chunk}`;
}

;// CONCATENATED MODULE: ./src/diagnostics/page/file-kind.ts
/** What a bundle file is, from its name as the collectors write them. */
function pageFileKind(relative) {
    const base = relative.slice(relative.lastIndexOf('/') + 1);
    if (relative.includes('/reports/') && base.endsWith('.xml'))
        return 'junit';
    if (base === 'index.md' || base === 'index.json')
        return 'index';
    if (base === 'describe.txt' || /\/(jobs|deployments)\/[^/]+\.txt$/.test(relative))
        return 'describe';
    if (base === 'events.txt')
        return 'events';
    if (base === 'inspect.json')
        return 'inspect';
    if (base === 'state.txt' || base === 'nodes.txt')
        return 'state';
    if (base.endsWith('.log') || base === 'log.txt')
        return 'log';
    return 'other';
}

;// CONCATENATED MODULE: ./src/diagnostics/page/embed.ts




/** JSON that cannot end the script element it sits in. */
function scriptSafeJson(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
/**
 * Every text file of the bundle folder (index.html aside), redacted, split into chunks of lines: what
 * the page shows is what the folder holds, and a large log costs nothing until it is opened.
 */
async function embedBundleFiles(outDir, redactor, limits = {}) {
    const chunkLines = limits.chunkLines ?? 2000;
    let budget = limits.maxBytes ?? 48 * 1024 * 1024;
    const entries = await (0,promises_.readdir)(outDir, { recursive: true, withFileTypes: true });
    const relatives = entries
        .filter((entry) => entry.isFile())
        .map((entry) => external_node_path_default().relative(outDir, external_node_path_default().join(entry.parentPath, entry.name)).split((external_node_path_default()).sep).join('/'))
        .filter((relative) => relative !== 'index.html')
        .sort(byReadingOrder);
    const files = [];
    const elements = [];
    for (const relative of relatives) {
        const content = await (0,promises_.readFile)(external_node_path_default().join(outDir, relative));
        const file = {
            path: relative,
            kind: pageFileKind(relative),
            bytes: content.length,
            lines: 0,
            chunkLines,
            chunks: 0,
        };
        files.push(file);
        if (content.includes(0)) {
            file.omitted = 'not text';
            continue;
        }
        if (content.length > budget) {
            file.omitted = 'too large to embed';
            continue;
        }
        budget -= content.length;
        const lines = redactor
            .redact(content.toString('utf8'))
            .replace(/\r?\n$/, '')
            .split(/\r?\n/);
        file.lines = content.length === 0 ? 0 : lines.length;
        const index = files.length - 1;
        for (let start = 0; start < file.lines; start += chunkLines) {
            elements.push(`<script type="application/json" id="${chunkElementId(index, file.chunks)}">${scriptSafeJson(lines.slice(start, start + chunkLines))}</script>`);
            file.chunks++;
        }
    }
    return { files, elements };
}
/** Tests first, then the services' and pods' folders, kind's node logs last. */
function byReadingOrder(a, b) {
    return weight(a) - weight(b) || a.localeCompare(b);
}
function weight(relative) {
    if (relative.startsWith('tests/'))
        return 0;
    if (relative.includes('/kind-logs/'))
        return 3;
    if (relative.includes('/'))
        return 1;
    return 2;
}

;// CONCATENATED MODULE: ./src/diagnostics/page/write-page.ts




/**
 * index.html at the top of the bundle: one file that opens from a downloaded folder (no network, no
 * sibling reads, which a file:// page cannot do) with the bundle's files embedded, redacted. Write it
 * last: it shows the folder as it is then. A failure is a warning; the text bundle stands without it.
 */
async function writeReportPage(bundle, input) {
    try {
        const assets = input.assets ?? (await reportPageAssets());
        const embedded = await embedBundleFiles(bundle.outDir, bundle.redactor, input.limits);
        const data = {
            title: input.title,
            collectedAt: new Date().toISOString(),
            failedRuns: input.tests.filter((run) => run.result !== 'passed').map(failedRun),
            serviceFailures: [...input.serviceFailures],
            timeline: input.timeline.map((lane) => ({ ...lane, bars: lane.bars.map((bar) => ({ ...bar })) })),
            files: embedded.files,
        };
        const html = [
            '<!doctype html>',
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            `<title>${escapeHtml(input.title)}</title>`,
            `<style>${assets.css}</style>`,
            '</head><body>',
            '<noscript>This page needs JavaScript; index.md beside it holds the same in text.</noscript>',
            '<div id="app"></div>',
            `<script type="application/json" id="${DATA_ELEMENT}">${scriptSafeJson(data)}</script>`,
            ...embedded.elements,
            `<script>${assets.script.replace(/<\/script/gi, '<\\/script')}</script>`,
            '</body></html>',
            '',
        ].join('\n');
        if (!(await bundle.write('index.html', html, false)))
            return false;
        bundle.files.unshift('index.html');
        return true;
    }
    catch (error) {
        bundle.fail('index.html', error);
        return false;
    }
}
function failedRun(run) {
    return {
        name: run.name,
        result: run.result,
        exitCode: run.exitCode,
        message: run.message,
        failures: run.failures.map((failure) => ({
            name: (0,report/* failureName */.W9)(failure),
            message: failure.message,
            ...(failure.details ? { details: failure.details } : {}),
        })),
        failureCount: run.failureCount,
        ...(run.files.some((file) => file.endsWith('/log.txt'))
            ? { log: run.files.find((file) => file.endsWith('/log.txt')) }
            : {}),
    };
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/diagnostics/page/index.ts



// EXTERNAL MODULE: ./src/diagnostics/timeline/index.ts + 5 modules
var diagnostics_timeline = __webpack_require__(36461);
;// CONCATENATED MODULE: ./src/diagnostics/overview.ts




/**
 * What every bundle starts with, once the collectors are done: what failed first and the timeline chart
 * at the top of index.md, the whole folder redacted again (secrets learned late), then index.html.
 * Gives the timeline section for the job summary. Never throws.
 */
async function writeBundleOverview(bundle, input) {
    const timeline = [
        ...(0,diagnostics_timeline/* testLanes */.eC)(input.tests, Date.now()),
        ...(input.docker?.timeline ?? []),
        ...(input.kubernetes?.timeline ?? []),
    ];
    const chart = (0,diagnostics_timeline/* timelineSection */.RG)(timeline);
    if (input.failedFirst.length > 0 || chart.length > 0) {
        await (0,diagnostics_bundle/* insertUnderTitle */.gZ)(bundle, [...input.failedFirst, ...chart]).catch((error) => input.logger.warn(`diagnostics: index.md: ${(0,errors/* errorMessage */.gJ)(error)}`));
    }
    await bundle.redactTree();
    await input.logger.group('Write index.html', () => writeReportPage(bundle, {
        title: input.title,
        tests: input.tests,
        serviceFailures: input.serviceFailures,
        timeline,
    }));
    return chart;
}


/***/ }),

/***/ 36461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cR: () => (/* reexport */ dockerLanes),
  k2: () => (/* reexport */ ganttName),
  gA: () => (/* reexport */ podLane),
  eC: () => (/* reexport */ testLanes),
  RG: () => (/* reexport */ timelineSection)
});

// UNUSED EXPORTS: renderGantt

;// CONCATENATED MODULE: ./src/diagnostics/timeline/model.ts
/** Milliseconds since the epoch of an RFC 3339 time; undefined for none or an unreadable one. */
function epochMs(time) {
    if (time === undefined || time === null)
        return undefined;
    const ms = time instanceof Date ? time.getTime() : Date.parse(time);
    return Number.isNaN(ms) ? undefined : ms;
}
/**
 * Bars from phase changes: each phase lasts until the next change, the last one until `until`.
 * Changes without a time are left out.
 */
function barsFromChanges(changes, until) {
    const known = changes
        .filter((change) => change.at !== undefined)
        .sort((a, b) => a.at - b.at);
    return known.map((change, index) => ({
        label: change.label,
        start: change.at,
        end: Math.max(change.at, known[index + 1]?.at ?? until),
        failed: change.failed ?? false,
    }));
}

;// CONCATENATED MODULE: ./src/diagnostics/timeline/docker-lanes.ts

const STARTS = new Set(['created', 'starting', 'running']);
/**
 * A lane per container from the engine's own events: create → created, start → starting (or running
 * without a health check), health_status → ready / unhealthy, die → exited (failed unless exit 0). When
 * the events could not be read, the container's start and finish times stand in.
 */
function dockerLanes(containers, events, until) {
    return containers.map((container) => {
        const own = events.filter((event) => event.Type === 'container' && event.Actor.ID === container.id);
        const changes = own.length > 0 ? changesFromEvents(own) : changesFromState(container);
        // The engine keeps its last 256 events only: health checks' exec events can push a service's
        // create and start out of them. Its state still says when it last started.
        if (own.length > 0 && !changes.some((change) => STARTS.has(change.label))) {
            changes.unshift({
                at: epochMs(container.state.startedAt),
                label: container.state.health ? 'starting' : 'running',
            });
        }
        const log = container.files.find((file) => file.endsWith('/log.txt'));
        return {
            kind: 'service',
            name: container.service ?? container.name,
            failed: container.state.failure !== undefined,
            bars: barsFromChanges(changes, until),
            ...(log ? { log } : {}),
        };
    });
}
function changesFromEvents(events) {
    const checked = events.some((event) => event.Action.startsWith('health_status'));
    const changes = [];
    let oomKilled = false;
    for (const event of events) {
        const at = Number(BigInt(event.timeNano) / 1000000n);
        const action = event.Action;
        if (action === 'create')
            changes.push({ at, label: 'created' });
        else if (action === 'start')
            changes.push({ at, label: checked ? 'starting' : 'running' });
        else if (action === 'health_status: healthy')
            changes.push({ at, label: 'ready' });
        else if (action === 'health_status: unhealthy')
            changes.push({ at, label: 'unhealthy', failed: true });
        else if (action === 'oom')
            oomKilled = true;
        else if (action === 'die') {
            const code = event.Actor.Attributes?.exitCode ?? '?';
            changes.push({ at, label: oomKilled ? 'oom-killed' : `exited ${code}`, failed: code !== '0' });
            oomKilled = false;
        }
        else if (action === 'destroy')
            changes.push({ at, label: 'removed' });
    }
    // Nothing is left to show once it is removed.
    if (changes.at(-1)?.label === 'removed')
        changes.pop();
    return changes;
}
function changesFromState(container) {
    const { state } = container;
    const changes = [{ at: epochMs(state.startedAt), label: 'running' }];
    if (state.finishedAt && state.exitCode !== undefined) {
        changes.push({
            at: epochMs(state.finishedAt),
            label: `exited ${state.exitCode}`,
            failed: state.exitCode !== 0,
        });
    }
    if (state.failure?.kind === 'unhealthy') {
        changes.push({ at: epochMs(state.failure.at), label: 'unhealthy', failed: true });
    }
    return changes;
}

// EXTERNAL MODULE: ./src/diagnostics/kube/events.ts
var kube_events = __webpack_require__(76611);
;// CONCATENATED MODULE: ./src/diagnostics/timeline/kube-lanes.ts


/** Failures that show as a phase of their own: the pod never got (back) to running. */
const WAITING_FAILURES = new Set(['crash-loop', 'image-pull', 'unschedulable', 'container-error']);
/**
 * A lane per pod from what the API server recorded: created, scheduled (its condition, else the
 * Scheduled event), containers started, Ready, each container run's end (failed unless exit 0), and a
 * failure the pod is stuck in (back-off, image pull, unschedulable) from when it began.
 */
function podLane(pod, events, diagnostics, until) {
    const status = pod.status;
    const condition = (type) => status?.conditions?.find((candidate) => candidate.type === type && candidate.status === 'True');
    const scheduledEvent = events.find((event) => event.reason === 'Scheduled');
    const containers = [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])];
    const starts = containers
        .flatMap((container) => [
        container.lastState?.terminated?.startedAt,
        container.state?.running?.startedAt ?? container.state?.terminated?.startedAt,
    ])
        .map(epochMs)
        .filter((at) => at !== undefined);
    const changes = [
        { at: epochMs(pod.metadata?.creationTimestamp), label: 'pending' },
        {
            at: epochMs(condition('PodScheduled')?.lastTransitionTime) ??
                (scheduledEvent ? epochMs((0,kube_events/* kubeEventTime */.LX)(scheduledEvent)) : undefined),
            label: 'scheduled',
        },
    ];
    const firstStart = starts.length > 0 ? Math.min(...starts) : undefined;
    const ready = epochMs(condition('Ready')?.lastTransitionTime);
    if (firstStart !== undefined && (ready === undefined || firstStart < ready)) {
        changes.push({ at: firstStart, label: 'starting' });
    }
    if (ready !== undefined)
        changes.push({ at: ready, label: 'ready' });
    for (const container of containers) {
        for (const ended of [container.lastState?.terminated, container.state?.terminated]) {
            if (ended)
                changes.push(endOf(container.name, ended, containers.length > 1));
        }
        const rerun = container.state?.running ?? container.state?.terminated;
        if (container.lastState?.terminated && rerun) {
            changes.push({ at: epochMs(rerun.startedAt), label: 'restarted' });
        }
    }
    const failure = diagnostics.failure;
    if (failure && WAITING_FAILURES.has(failure.kind)) {
        changes.push({ at: epochMs(failure.at), label: failure.kind, failed: true });
    }
    const logContainer = diagnostics.containers.find((container) => container.name === failure?.container) ??
        diagnostics.containers.find((container) => !container.init && container.files.length > 0);
    const log = logContainer?.files.find((file) => !file.endsWith('.previous.log')) ?? logContainer?.files[0];
    const previous = logContainer?.files.find((file) => file.endsWith('.previous.log'));
    const current = containers.find((candidate) => candidate.name === logContainer?.name);
    // The current log is the running run's, or while it waits to restart the run that ended last.
    const restartedAt = epochMs(current?.state?.running?.startedAt ??
        current?.state?.terminated?.startedAt ??
        current?.lastState?.terminated?.startedAt);
    return {
        kind: 'pod',
        name: `${diagnostics.namespace}/${diagnostics.name}`,
        failed: failure !== undefined,
        bars: barsFromChanges(changes, until),
        ...(log ? { log } : {}),
        ...(previous && restartedAt !== undefined ? { previousLog: { file: previous, until: restartedAt } } : {}),
    };
}
function endOf(container, ended, named) {
    const what = ended.reason === 'OOMKilled'
        ? 'oom-killed'
        : ended.exitCode === 0
            ? 'completed'
            : `exited ${ended.exitCode}`;
    return {
        at: epochMs(ended.finishedAt),
        label: named ? `${container} ${what}` : what,
        failed: ended.exitCode !== 0,
    };
}

;// CONCATENATED MODULE: ./src/diagnostics/timeline/test-lanes.ts

/** A lane per test step: from its start to its end (or `until` when it never ended). */
function testLanes(runs, until) {
    return runs.flatMap((run) => {
        const start = epochMs(run.startedAt);
        if (start === undefined)
            return [];
        const failed = run.result !== 'passed';
        const log = run.files.find((file) => file.endsWith('/log.txt'));
        return [
            {
                kind: 'test',
                name: run.name,
                failed,
                bars: [
                    {
                        label: `tests ${run.result}`,
                        start,
                        end: Math.max(start, epochMs(run.finishedAt) ?? until),
                        failed,
                    },
                ],
                ...(log ? { log } : {}),
            },
        ];
    });
}

;// CONCATENATED MODULE: ./src/diagnostics/timeline/gantt.ts
const KEYWORD = /^(section|title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|click|call|accTitle|accDescr|inclusiveenddates|topaxis|displaymode)\b/i;
/**
 * A name as Mermaid's gantt grammar reads it: `:` ends a task's name, `#` and `;` start comments and
 * statements, `%` before a letter drops the task, a keyword at the start of a line is read as one, and a
 * newline ends the line.
 */
function ganttName(name) {
    const cleaned = name
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/:/g, '-')
        .replace(/[#;]/g, ' ')
        .replace(/%/g, '％')
        .replace(/\s+/g, ' ')
        .trim();
    if (cleaned === '')
        return '(unnamed)';
    return KEYWORD.test(cleaned) ? `_${cleaned}` : cleaned;
}
/**
 * A Mermaid `gantt` chart of the lanes: a section per service, pod or test step, a task per phase, failed
 * ones in the `crit` style; times in milliseconds relative to the earliest bar (`dateFormat x`), so the
 * axis reads minutes and seconds since the start.
 */
function renderGantt(lanes, options = {}) {
    const maxLanes = options.maxLanes ?? 20;
    const maxBars = Math.max(2, options.maxBarsPerLane ?? 8);
    const drawn = lanes.filter((lane) => lane.bars.length > 0);
    const cuts = [];
    const kept = keepLanes(drawn, maxLanes);
    const left = drawn.filter((lane) => !kept.includes(lane));
    if (left.length > 0) {
        const names = left.slice(0, 10).map((lane) => lane.name);
        const more = left.length > names.length ? ` and ${left.length - names.length} more` : '';
        cuts.push(`${left.length} of ${drawn.length} lanes not drawn (none of them failed): ${names.join(', ')}${more}.`);
    }
    const starts = kept.flatMap((lane) => lane.bars.map((bar) => bar.start));
    const ends = kept.flatMap((lane) => lane.bars.map((bar) => bar.end));
    const origin = starts.length > 0 ? Math.min(...starts) : 0;
    const span = ends.length > 0 ? Math.max(...ends) - origin : 0;
    // A phase too short to see (a die event, a step that failed at once) still gets a visible bar.
    const minimum = Math.max(1, Math.round(span / 100));
    const lines = ['gantt', '  dateFormat x', `  axisFormat ${span >= 60 * 60 * 1000 ? '%H:%M' : '%M:%S'}`];
    let folded = 0;
    for (const lane of kept) {
        const bars = lane.bars.length > maxBars
            ? [lane.bars[0], ...lane.bars.slice(-(maxBars - 1))]
            : lane.bars;
        folded += lane.bars.length - bars.length;
        lines.push(`  section ${ganttName(sectionName(lane))}`);
        for (const bar of bars) {
            const start = Math.round(bar.start - origin);
            const end = Math.max(Math.round(bar.end - origin), start + minimum);
            lines.push(`    ${ganttName(bar.label)} :${bar.failed ? 'crit, ' : ''}${start}, ${end}`);
        }
    }
    if (folded > 0)
        cuts.push(`${folded} phases of restarting lanes folded (each lane shows its first and latest ${maxBars - 1}).`);
    return { text: lines.join('\n'), cuts };
}
function sectionName(lane) {
    const prefix = lane.kind === 'test' ? 'test ' : lane.kind === 'pod' ? 'pod ' : '';
    return `${prefix}${lane.name}${lane.failed ? ' (failed)' : ''}`;
}
/** Test steps and failed lanes first, then the earliest others; drawn in the order of their first bar. */
function keepLanes(lanes, max) {
    const first = (lane) => lane.bars[0]?.start ?? 0;
    const ranked = [...lanes].sort((a, b) => rank(a) - rank(b) || first(a) - first(b));
    const kept = new Set(ranked.slice(0, Math.max(1, max)));
    return lanes
        .filter((lane) => kept.has(lane))
        .sort((a, b) => first(a) - first(b) || a.name.localeCompare(b.name));
}
function rank(lane) {
    return lane.kind === 'test' ? 0 : lane.failed ? 1 : 2;
}
/** The `## Timeline` section of index.md and the job summary; none when nothing has a time. */
function timelineSection(lanes, options) {
    const chart = renderGantt(lanes, options);
    if (!chart.text.includes('\n  section '))
        return [];
    return [
        '## Timeline',
        '',
        "Each service, pod and test step from the engine's and the API server's own times, since the first of them.",
        '',
        '```mermaid',
        chart.text,
        '```',
        '',
        ...chart.cuts.flatMap((cut) => [cut, '']),
    ];
}

;// CONCATENATED MODULE: ./src/diagnostics/timeline/index.ts






/***/ }),

/***/ 320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ UPLOADED_ARTIFACTS_ENV)
/* harmony export */ });
/** Diagnostics bundles this job already collected (and uploaded, on a runner), one name a line; collect-logs
 * exports it so a later post step does not collect the same again. Its own file: run-tests reads it
 * without loading the collectors. */
const UPLOADED_ARTIFACTS_ENV = 'INCEPTION_DIAGNOSTICS_UPLOADED';


/***/ }),

/***/ 79949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ connectDocker)
/* harmony export */ });
/* unused harmony export createDockerClient */
/* harmony import */ var dockerode__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39040);
/* harmony import */ var dockerode__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(dockerode__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** A client for the engine named by DOCKER_HOST (or the default socket). */
function createDockerClient() {
    return new (dockerode__WEBPACK_IMPORTED_MODULE_0___default())();
}
/** Pings the engine; when nothing answers, says where we looked and what to start. */
async function connectDocker(docker = createDockerClient()) {
    try {
        await docker.ping();
        return docker;
    }
    catch (error) {
        const where = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EngineUnavailableError */ .DG(`No Docker engine answers at ${where} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}). ` +
            'Start the Docker daemon (for example `sudo systemctl start docker`, or Docker Desktop), ' +
            'or set DOCKER_HOST to an engine that is running.');
    }
}


/***/ }),

/***/ 46125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ compareTimestamps),
/* harmony export */   Fg: () => (/* binding */ splitTimestamp),
/* harmony export */   qH: () => (/* binding */ engineTime),
/* harmony export */   uL: () => (/* binding */ timestampNanos)
/* harmony export */ });
/** RFC 3339 times as the Docker engine and the Kubernetes API write them: up to nanoseconds, any offset. */
const RFC3339 = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/;
/** Nanoseconds since the epoch; undefined when the text is not RFC 3339. `Date` keeps only milliseconds. */
function timestampNanos(text) {
    const match = RFC3339.exec(text);
    if (!match)
        return undefined;
    const seconds = Date.parse(`${match[1]}${match[3]}`);
    if (Number.isNaN(seconds))
        return undefined;
    return BigInt(seconds) * 1000000n + BigInt((match[2] ?? '').padEnd(9, '0'));
}
/** The time a line starts with (`<RFC 3339> <text>`, as logs read with timestamps are), and the rest. */
function splitTimestamp(line) {
    const space = line.indexOf(' ');
    const head = space === -1 ? line : line.slice(0, space);
    if (timestampNanos(head) === undefined)
        return { rest: line };
    return { timestamp: head, rest: space === -1 ? '' : line.slice(space + 1) };
}
/** The engine writes year 1 for "never". */
function engineTime(value) {
    return !value || value.startsWith('0001-01-01') ? undefined : value;
}
function sortKey(value) {
    const nanos = timestampNanos(value);
    if (nanos !== undefined)
        return nanos;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : BigInt(ms) * 1000000n;
}
/** Earlier first, to the nanosecond; an unknown or unreadable time after every known one. */
function compareTimestamps(a, b) {
    if (a === b)
        return 0;
    const ka = a === undefined ? undefined : sortKey(a);
    const kb = b === undefined ? undefined : sortKey(b);
    if (ka === undefined)
        return kb === undefined ? 0 : 1;
    if (kb === undefined)
        return -1;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
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
