export const id = 952;
export const ids = [952];
export const modules = {

/***/ 85952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTestsContainerMain: () => (/* binding */ runTestsContainerMain)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _docker_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79949);
/* harmony import */ var _shared_identity_labels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25757);
/* harmony import */ var _docker_test_container_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27676);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8517);
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2136);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90255);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(97424);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(89375);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(80936);
/* harmony import */ var _shard_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(27396);
/* harmony import */ var _empty_selection_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(96919);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(20761);















/** `mode: container`: the tests in a container, on the environment's network when there is one. */
async function runTestsContainerMain(signal) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .readRunTestsInputs */ .KX)();
    (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_6__/* .learnVariables */ .IM)(inputs.env);
    const selection = await (0,_selection_js__WEBPACK_IMPORTED_MODULE_13__/* .stepSelection */ .d1)(inputs.sharding);
    if (selection && (0,_shard_index_js__WEBPACK_IMPORTED_MODULE_11__/* .selectsNothing */ .tr)(selection))
        return (0,_empty_selection_js__WEBPACK_IMPORTED_MODULE_12__/* .passEmptySelection */ .J)(selection, inputs.name);
    if (selection)
        _runner_index_js__WEBPACK_IMPORTED_MODULE_6__/* .actionsLogger */ .MV.info(`Running ${(0,_shard_index_js__WEBPACK_IMPORTED_MODULE_11__/* .selectionLabel */ .Hj)(selection)}: ${selection.files?.length} file(s)`);
    const docker = await (0,_docker_client_js__WEBPACK_IMPORTED_MODULE_1__/* .connectDocker */ .Z)();
    const network = inputs.network ??
        (inputs.environment ? await environmentNetwork(docker, inputs.environment.name) : undefined);
    const record = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .startedTestRun */ .j_)({
        name: inputs.name,
        mode: 'container',
        image: inputs.image,
        logFile: node_path__WEBPACK_IMPORTED_MODULE_4___default().join((0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .testRunDir */ .ff)(inputs.name), 'log.txt'),
    });
    // Written before the container exists: a step killed mid-run still tells the diagnostics what ran,
    // and the post step removes the container.
    await (0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .writeTestRunRecord */ .Mb)(record);
    _state_js__WEBPACK_IMPORTED_MODULE_10__/* .runTestsState */ .u.save({ container: inputs.name });
    const result = await (0,_docker_test_container_index_js__WEBPACK_IMPORTED_MODULE_3__/* .runTestContainer */ .$)(docker, {
        image: inputs.image,
        command: inputs.command,
        env: inputs.env,
        network,
        ...(inputs.environment ? { environment: { ...inputs.environment, network: network ?? '' } } : {}),
        reportsGlob: inputs.reports,
        reportsDir: inputs.reportsDir,
        timeoutMs: inputs.timeoutMs,
        name: inputs.name,
        workingDir: inputs.workingDirectory,
        logFile: record.logFile,
        ...(selection ? { selection, appendSelectedFiles: inputs.sharding.appendShardFiles } : {}),
        redactor: _runner_index_js__WEBPACK_IMPORTED_MODULE_6__/* .stepSecrets */ .aw,
        signal,
        logger: _runner_index_js__WEBPACK_IMPORTED_MODULE_6__/* .actionsLogger */ .MV,
    });
    await (0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .writeTestRunRecord */ .Mb)((0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .finishedTestRun */ .m_)(record, result));
    await (0,_selection_js__WEBPACK_IMPORTED_MODULE_13__/* .keepReportsForRerun */ .w9)(inputs.sharding, result.reports, inputs.reportsDir);
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_9__/* .setRunOutputs */ .i)(result);
    await (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_6__/* .writeJobSummary */ .j7)((0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .testSummaryMarkdown */ .i7)({
        title: selection ? `${inputs.name} (${(0,_shard_index_js__WEBPACK_IMPORTED_MODULE_11__/* .selectionLabel */ .Hj)(selection)})` : inputs.name,
        result: result.result,
        exitCode: result.exitCode,
        durationMs: result.durationMs,
        timeoutMs: inputs.timeoutMs,
        summary: result.summary,
        reportsPattern: inputs.reports,
    }));
    if (result.result !== 'passed')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .failureMessage */ .o)(result));
}
/** When only the environment is named, its network is the one labelled with it. */
async function environmentNetwork(docker, environment) {
    const networks = await docker.listNetworks({ filters: (0,_shared_identity_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .labelFilter */ .HY)(environment) });
    return networks[0]?.Name;
}


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

/***/ 27676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* reexport */ runTestContainer)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/cancellation/abort.ts
var abort = __webpack_require__(98559);
// EXTERNAL MODULE: ./src/shared/format/format-duration.ts
var format_duration = __webpack_require__(3619);
// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var report = __webpack_require__(8517);
// EXTERNAL MODULE: ./src/shared/identity/labels.ts
var labels = __webpack_require__(25757);
// EXTERNAL MODULE: ./src/docker/log-frames.ts
var log_frames = __webpack_require__(81233);
// EXTERNAL MODULE: ./src/docker/image-pull.ts
var image_pull = __webpack_require__(7257);
;// CONCATENATED MODULE: ./src/docker/test-container/image.ts


/** The test image, pulled when the engine does not have it; the error says how to provide it. */
async function ensureTestImage(docker, image, logger) {
    if (await (0,image_pull/* imagePresent */.R)(docker, image))
        return;
    logger.info(`Image ${image} is not on the engine; pulling it.`);
    try {
        await (0,image_pull/* pullImage */.Z)(docker, image);
    }
    catch (error) {
        throw new Error(`Test image ${image} is not on the engine and could not be pulled (${(0,errors/* errorMessage */.gJ)(error)}). ` +
            'Build it first (build-images) and pass its ref, or give an image the engine can pull.');
    }
}

// EXTERNAL MODULE: ./src/docker/environment/index.ts + 36 modules
var docker_environment = __webpack_require__(95923);
;// CONCATENATED MODULE: ./src/docker/test-container/env.ts

/**
 * What the tests read to find the environment: `INCEPTION_<SERVICE>_HOST` (the name the service answers to
 * on the network), `_IP` and `_URL` when known, `INCEPTION_ENVIRONMENT` and `INCEPTION_NETWORK` (the
 * network the container joins). The user's variables are applied last, so they win.
 */
function testContainerEnv(environment, network, userEnv) {
    const env = environment ? (0,docker_environment/* networkVariables */.Io)(environment) : {};
    delete env[docker_environment/* ENV_NETWORK */.hY];
    if (network)
        env[docker_environment/* ENV_NETWORK */.hY] = network;
    return { ...env, ...userEnv };
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/shared/files/glob.ts
var glob = __webpack_require__(93163);
;// CONCATENATED MODULE: ./src/docker/test-container/reports.ts





/**
 * Copies the files matching `pattern` (a path or glob inside the container, e.g. `/reports/*.xml`) out of a
 * container, running or stopped, into `destination`. Missing reports are a warning: the test result, not
 * the reports, decides the job.
 */
async function copyReports(container, pattern, destination, logger) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex(glob/* hasGlob */.b);
    const base = firstGlob === -1 ? pattern : segments.slice(0, firstGlob).join('/') || '/';
    let archive;
    try {
        archive = await container.getArchive({ path: base });
    }
    catch (error) {
        const status = error.statusCode;
        logger.warn(status === 404
            ? `No test reports: ${base} does not exist in the test container (reports: ${pattern}).`
            : `Test reports could not be copied from ${base}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return [];
    }
    // The engine's archive names entries after the last segment of `base`, so they are relative to its parent.
    const root = external_node_path_.posix.dirname(base === '/' ? '/.' : base.replace(/\/$/, ''));
    const { reader, copied } = await (0,report/* reportExtractor */.f3)({ root, matches: (0,report/* reportMatcher */.pt)(pattern), destination });
    await (0,promises_.pipeline)(archive, reader);
    if (copied.length === 0)
        logger.warn(`No test reports matched ${pattern} in the test container.`);
    else
        logger.info(`Copied ${copied.length} report${copied.length === 1 ? '' : 's'} to ${destination}`);
    return copied;
}

// EXTERNAL MODULE: ./src/shared/redaction/redact-lines.ts
var redact_lines = __webpack_require__(96592);
// EXTERNAL MODULE: ./src/shared/redaction/redactor.ts
var redaction_redactor = __webpack_require__(14499);
// EXTERNAL MODULE: ./src/shared/redaction/redact-file.ts
var redact_file = __webpack_require__(54245);
// EXTERNAL MODULE: ./src/shard/index.ts + 18 modules
var shard = __webpack_require__(27396);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/docker/test-container/selection.ts



/**
 * The container's CMD with the selected files appended: to the `command` given, else to the image's own
 * CMD (an image whose ENTRYPOINT is the test runner then gets the files as its arguments).
 */
async function commandWithFiles(docker, image, command, files) {
    const base = command?.length ? command : ((await docker.getImage(image).inspect()).Config.Cmd ?? []);
    return [...base, ...files];
}
/**
 * Puts the list of selected files into the created container before it starts. Copied in rather than
 * bind-mounted: the engine may run elsewhere than this process (a runner in a container, a remote engine).
 */
async function copySelectionFile(container, selection) {
    if (selection.files === undefined)
        return;
    const archive = (0,tar_stream.pack)();
    const folder = external_node_path_.posix.dirname(shard/* SHARD_FILES_PATH */.rO).replace(/^\//, '');
    archive.entry({ name: `${folder}/`, type: 'directory', mode: 0o755 });
    archive.entry({ name: external_node_path_.posix.join(folder, external_node_path_.posix.basename(shard/* SHARD_FILES_PATH */.rO)), mode: 0o644 }, (0,shard/* shardFilesText */.VY)(selection.files));
    archive.finalize();
    await container.putArchive(archive, { path: '/' });
}

;// CONCATENATED MODULE: ./src/docker/test-container/run.ts

















/** Seconds between SIGTERM and SIGKILL when a timed-out test container is stopped. */
const STOP_GRACE_SECONDS = 5;
/** How long to wait for buffered output after the container exited. */
const OUTPUT_DRAIN_MS = 5000;
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/**
 * Runs the test image once on the environment network, streaming its output, then copies its reports out
 * and removes the container. A failing or timed-out run is a result, not an exception.
 */
async function runTestContainer(docker, options) {
    const { logger } = options;
    if (!CONTAINER_NAME.test(options.name)) {
        throw new errors/* ConfigurationError */.j1(`Test container name "${options.name}" is not valid; use letters, digits, "_", "." and "-", starting with a letter or digit.`);
    }
    const network = options.network ?? options.environment?.network;
    if (network)
        await requireNetwork(docker, network);
    await ensureTestImage(docker, options.image, logger);
    const { selection } = options;
    const env = testContainerEnv(options.environment, network, {
        ...(selection ? (0,shard/* selectionVariables */.iD)(selection) : {}),
        ...options.env,
    });
    const command = options.appendSelectedFiles && selection?.files
        ? await commandWithFiles(docker, options.image, options.command, selection.files)
        : options.command;
    const container = await docker.createContainer({
        name: options.name,
        Image: options.image,
        ...(command && command.length > 0 ? { Cmd: command } : {}),
        Env: Object.entries(env).map(([key, value]) => `${key}=${value}`),
        WorkingDir: options.workingDir,
        Labels: (0,labels/* environmentLabels */.ZC)(options.environment?.name ?? options.name, 'test'),
        Tty: false,
        AttachStdout: true,
        AttachStderr: true,
        // An init process forwards SIGTERM, so a stop after a timeout ends `sleep`-like PID 1s at once.
        HostConfig: { Init: true, NetworkMode: network },
    });
    try {
        if (selection)
            await copySelectionFile(container, selection);
        return await logger.group(`Run tests in ${options.name} (${options.image})`, () => runCreated(container, network, options));
    }
    finally {
        await container.remove({ force: true, v: true }).catch((error) => {
            if (error.statusCode !== 404) {
                logger.warn(`Test container ${options.name} could not be removed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        });
    }
}
async function runCreated(container, network, options) {
    const { logger } = options;
    const output = (await container.attach({
        stream: true,
        stdout: true,
        stderr: true,
    }));
    const frames = new log_frames/* DockerFrameDecoder */.w();
    // Per stream: a UTF-8 character may be split across two frames of the same stream.
    const text = { stdout: new external_node_string_decoder_.StringDecoder('utf8'), stderr: new external_node_string_decoder_.StringDecoder('utf8') };
    const redactor = options.redactor ?? new redaction_redactor/* Redactor */.pO();
    // The image's own ENV (a build arg kept as a variable) counts as much as `env`.
    const inspect = await container.inspect().catch(() => undefined);
    redactor.addEnvEntries(inspect?.Config.Env ?? Object.entries(options.env).map(([k, v]) => `${k}=${v}`));
    const log = options.logFile ? redactedLog(options.logFile, redactor) : undefined;
    const print = (chunk) => {
        if (!chunk)
            return;
        logger.output(chunk);
        log?.write(chunk);
    };
    const drained = new Promise((resolve) => {
        output.on('data', (chunk) => {
            for (const frame of frames.push(chunk))
                print(text[frame.stream].write(frame.payload));
        });
        output.on('end', resolve);
        output.on('close', resolve);
        output.on('error', () => resolve());
    });
    logger.info(`Starting ${options.image}${network ? ` on network ${network}` : ''} ` +
        `(timeout ${(0,format_duration/* formatDuration */.a)(options.timeoutMs)})`);
    const started = Date.now();
    await container.start();
    // Waiting on a container that was never started returns at once, so the wait begins after start.
    const exited = container.wait();
    let timer;
    const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
    });
    const cancelled = (0,abort/* whenAborted */.e)(options.signal);
    const first = await Promise.race([exited, timedOut, cancelled]);
    clearTimeout(timer);
    let result;
    if (first === 'timeout') {
        logger.warn(`Tests timed out after ${(0,format_duration/* formatDuration */.a)(options.timeoutMs)}; stopping ${options.name}.`);
        await container.stop({ t: STOP_GRACE_SECONDS }).catch(() => undefined);
        result = 'timed-out';
    }
    else if (first === 'cancelled') {
        logger.warn(`Tests cancelled; killing ${options.name}.`);
        await container.kill().catch(() => undefined);
        result = 'cancelled';
    }
    const exitCode = (await exited).StatusCode;
    const durationMs = Date.now() - started;
    await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, OUTPUT_DRAIN_MS).unref())]);
    print(text.stdout.end());
    print(text.stderr.end());
    await log?.close();
    result ??= exitCode === 0 ? 'passed' : 'failed';
    const reportsGlob = external_node_path_.posix.isAbsolute(options.reportsGlob)
        ? options.reportsGlob
        : external_node_path_.posix.join(options.workingDir ?? '/', options.reportsGlob);
    const reports = await copyReports(container, reportsGlob, options.reportsDir, logger);
    await Promise.all(reports.map((report) => (0,redact_file/* redactFile */.i)(report, redactor)));
    const summary = await (0,report/* summarizeReportFiles */.$8)(reports, logger);
    const message = result === 'passed'
        ? `tests passed in ${(0,format_duration/* formatDuration */.a)(durationMs)}`
        : result === 'failed'
            ? `tests failed: the test container exited with code ${exitCode} after ${(0,format_duration/* formatDuration */.a)(durationMs)}`
            : result === 'cancelled'
                ? `tests cancelled after ${(0,format_duration/* formatDuration */.a)(durationMs)}; the test container was killed`
                : `tests timed out after ${(0,format_duration/* formatDuration */.a)(options.timeoutMs)} (the timeout); the test container was stopped`;
    logger.info(message);
    return { result, exitCode, durationMs, reports, summary, message };
}
/** Appends to `file` a whole line at a time, redacted: a secret split across two chunks is still found. */
function redactedLog(file, redactor) {
    const redact = new redact_lines/* RedactLines */.F(redactor);
    const out = (0,external_node_fs_.createWriteStream)(file, { flags: 'a' });
    redact.pipe(out);
    return {
        write: (chunk) => redact.write(chunk),
        close: () => new Promise((resolve) => {
            out.on('close', resolve).on('error', () => resolve());
            redact.end();
        }),
    };
}
async function requireNetwork(docker, network) {
    try {
        await docker.getNetwork(network).inspect();
    }
    catch (error) {
        if (error.statusCode === 404) {
            throw new errors/* ConfigurationError */.j1(`Network "${network}" does not exist; start the environment first (setup-docker) or name an existing network.`);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/docker/test-container/index.ts



/***/ })

};
