export const id = 871;
export const ids = [871];
export const modules = {

/***/ 66828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineMain: () => (/* binding */ pipelineMain)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/config/inception/index.ts + 1 modules
var inception = __webpack_require__(21351);
// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
// EXTERNAL MODULE: ./src/docker/environment/index.ts + 17 modules
var docker_environment = __webpack_require__(97798);
// EXTERNAL MODULE: ./src/pipeline/index.ts + 3 modules
var pipeline = __webpack_require__(9960);
// EXTERNAL MODULE: ./src/report/index.ts + 6 modules
var report = __webpack_require__(25844);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 11 modules
var runner = __webpack_require__(26590);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/actions/pipeline/inputs.ts





const { inputs } = constants/* Pipeline */.$U;
/** Reads every input of the root action once; paths are taken from the workspace. */
function readPipelineInputs(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const config = (0,runner/* workspacePath */.X5)((0,runner/* stringInput */.Uj)(inputs.config) ?? 'inception.yml', workspace, inputs.config, 'ci/inception.yml');
    if (!(0,external_node_fs_.existsSync)(config)) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputs.config}": ${config} does not exist; check out your repository first ` +
            '(actions/checkout) and name your inception.yml relative to it.');
    }
    const environmentName = (0,runner/* environmentNameInput */.pr)(inputs.environmentName);
    const matrix = (0,runner/* stringInput */.Uj)(inputs.matrix);
    return {
        config,
        ...(environmentName === undefined ? {} : { environmentName }),
        env: (0,runner/* keyValueInput */.Bb)(inputs.env),
        build: (0,runner/* booleanInput */.tE)(inputs.build, true),
        noCache: (0,runner/* booleanInput */.tE)(inputs.noCache, false),
        reportsDir: (0,runner/* outputFolder */.qi)((0,runner/* stringInput */.Uj)(inputs.reportsDir) ?? 'inception-reports', workspace, inputs.reportsDir, 'test-reports'),
        keep: (0,runner/* booleanInput */.tE)(inputs.keep, false),
        collectLogs: (0,runner/* collectPolicyInput */.Z0)(inputs.collectOnFailure),
        ...(matrix === undefined ? {} : { matrix }),
    };
}
/** On a runner the config may only point into the checkout: its compose file and image contexts. */
function checkConfigPaths(config, env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const paths = [
        ['compose', config.compose],
        ...config.images.map((image, index) => [`images[${index}].context`, image.context]),
    ];
    for (const [key, target] of paths) {
        if (!(0,runner/* isInside */.FK)(workspace, target)) {
            throw new errors/* ConfigurationError */.j1(`${config.file}: ${key}: ${target} is outside the workspace ${workspace}; give a path inside your ` +
                `repository, relative to ${external_node_path_default().basename(config.file)}'s folder.`);
        }
    }
}

// EXTERNAL MODULE: ./src/actions/pipeline/state.ts
var state = __webpack_require__(78995);
;// CONCATENATED MODULE: ./src/actions/pipeline/main.ts











/** The root action: inception.yml's environment, images and tests in one step; its post step collects
 * diagnostics when the job failed and removes the environment. */
async function pipelineMain(signal) {
    const inputs = readPipelineInputs();
    (0,runner/* learnVariables */.IM)(inputs.env);
    const config = await (0,inception/* loadInceptionConfig */.i)(inputs.config);
    checkConfigPaths(config);
    (0,runner/* learnVariables */.IM)(config.tests?.env ?? {});
    const tests = (0,pipeline/* requireTests */.fH)(config);
    const docker = await (0,client/* connectDocker */.Z)();
    const environment = await (0,pipeline/* bringUpEnvironment */.rO)({
        docker,
        config,
        logger: runner/* actionsLogger */.MV,
        name: inputs.environmentName,
        build: inputs.build,
        noCache: inputs.noCache,
        onProject: runner/* learnComposeSecrets */.ym,
        signal,
        onName: (name) => {
            // Saved before anything is created, so the post step removes a half-made environment too.
            state/* pipelineState */.Q.save({
                environment: name,
                keep: inputs.keep,
                collect: inputs.collectLogs,
                matrix: inputs.matrix,
            });
            core/* setOutput */.uH(constants/* Pipeline */.$U.outputs.environment, name);
        },
    });
    core/* setOutput */.uH(constants/* Pipeline */.$U.outputs.services, JSON.stringify(environment.services));
    // Later steps (a user's own, collect-logs) reach the services and find the environment as after setup-docker.
    for (const [name, value] of Object.entries((0,docker_environment/* hostVariables */.Cg)(environment)))
        core/* exportVariable */.dN(name, value);
    const images = await (0,pipeline/* buildConfigImages */.Ty)(docker, config, {
        environment: environment.name,
        noCache: inputs.noCache,
        logger: runner/* actionsLogger */.MV,
        signal,
    });
    const name = (0,pipeline/* configTestName */.M7)(environment);
    const record = (0,report/* startedTestRun */.j_)({
        name,
        mode: 'container',
        image: (0,pipeline/* configTestImage */.YH)(tests, images),
        logFile: external_node_path_default().join((0,report/* testRunDir */.ff)(name), 'log.txt'),
    });
    // Written before the container exists: a step killed mid-run still tells the diagnostics what ran.
    await (0,report/* writeTestRunRecord */.Mb)(record);
    const result = await (0,pipeline/* runConfigTests */.F6)(docker, {
        tests,
        environment,
        images,
        env: inputs.env,
        reportsDir: inputs.reportsDir,
        logFile: record.logFile,
        redactor: runner/* stepSecrets */.aw,
        signal,
        logger: runner/* actionsLogger */.MV,
    });
    await (0,report/* writeTestRunRecord */.Mb)((0,report/* finishedTestRun */.m_)(record, result));
    core/* setOutput */.uH(constants/* Pipeline */.$U.outputs.result, result.result);
    core/* setOutput */.uH(constants/* Pipeline */.$U.outputs.exitCode, result.exitCode === null ? '' : String(result.exitCode));
    core/* setOutput */.uH(constants/* Pipeline */.$U.outputs.reports, JSON.stringify(result.reports));
    await (0,runner/* writeJobSummary */.j7)((0,report/* testSummaryMarkdown */.i7)({
        title: `${name} (${external_node_path_default().relative(process.env.GITHUB_WORKSPACE || process.cwd(), config.file)})`,
        result: result.result,
        exitCode: result.exitCode,
        durationMs: result.durationMs,
        timeoutMs: tests.timeoutMs,
        summary: result.summary,
        reportsPattern: tests.reports,
    }));
    if (result.result !== 'passed')
        core/* setFailed */.C1(result.message);
}


/***/ }),

/***/ 78995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ pipelineState)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26590);

const pipelineState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('pipeline');


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


/***/ })

};
