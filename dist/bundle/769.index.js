export const id = 769;
export const ids = [769];
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
// EXTERNAL MODULE: ./src/shared/timestamp.ts
var shared_timestamp = __webpack_require__(92441);
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
    const { timestamp, rest } = (0,shared_timestamp/* splitTimestamp */.Fg)(line);
    return timestamp ? { timestamp, stream, message: rest } : { stream, message: line };
}
/** `<time> <stream> <message>`: one column per field so the file greps and sorts well. */
function formatLogLine(line) {
    return [line.timestamp, line.stream, line.message].filter((part) => part !== undefined).join(' ');
}

// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
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

// EXTERNAL MODULE: ./src/shared/redactor.ts
var shared_redactor = __webpack_require__(17821);
;// CONCATENATED MODULE: ./src/diagnostics/bundle/redaction.ts

/** `NAME=value` with the value hidden when the name suggests a secret; artifacts are readable by anyone with repo access. */
function redactEnvEntry(entry) {
    const eq = entry.indexOf('=');
    if (eq < 0)
        return entry;
    return (0,shared_redactor/* looksSecretName */.kJ)(entry.slice(0, eq)) ? `${entry.slice(0, eq)}=${shared_redactor/* REDACTED */.XF}` : entry;
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
// EXTERNAL MODULE: ./src/shared/redact-lines.ts
var redact_lines = __webpack_require__(16050);
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
    constructor(outDir, logger, redactor = new shared_redactor/* Redactor */.pO()) {
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
// EXTERNAL MODULE: ./src/shared/labels.ts
var labels = __webpack_require__(44758);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/diagnostics/bundle/index.ts + 7 modules
var diagnostics_bundle = __webpack_require__(83253);
// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __webpack_require__(60438);
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

// EXTERNAL MODULE: ./src/shared/timestamp.ts
var timestamp = __webpack_require__(92441);
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

// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
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

/***/ 16050:
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


/***/ }),

/***/ 92441:
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


/***/ })

};
