export const id = 828;
export const ids = [828];
export const modules = {

/***/ 70858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ Pipeline),
/* harmony export */   C$: () => (/* binding */ SetupDocker),
/* harmony export */   Mc: () => (/* reexport safe */ _docker_environment_index_js__WEBPACK_IMPORTED_MODULE_0__.Mc),
/* harmony export */   Me: () => (/* binding */ CollectLogs),
/* harmony export */   OT: () => (/* binding */ ENV_KIND_CLUSTER),
/* harmony export */   V5: () => (/* binding */ LoadImages),
/* harmony export */   bM: () => (/* binding */ ENV_KIND_REGISTRY),
/* harmony export */   hY: () => (/* reexport safe */ _docker_environment_index_js__WEBPACK_IMPORTED_MODULE_0__.hY),
/* harmony export */   lO: () => (/* reexport safe */ _docker_environment_index_js__WEBPACK_IMPORTED_MODULE_0__.lO),
/* harmony export */   mI: () => (/* binding */ SetupKind),
/* harmony export */   pM: () => (/* binding */ BuildImages),
/* harmony export */   tn: () => (/* binding */ RunTests)
/* harmony export */ });
/* harmony import */ var _docker_environment_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11659);
/** Input and output names of every action, exactly as in their action.yml files; state lives in each action's state.ts. */
/** Environment variables setup-docker exports for later steps; run-tests and collect-logs read them. */

/** Environment variables setup-kind exports for later steps (KUBECONFIG too). */
const ENV_KIND_CLUSTER = 'INCEPTION_KIND_CLUSTER';
const ENV_KIND_REGISTRY = 'INCEPTION_KIND_REGISTRY';
const SetupDocker = {
    inputs: {
        composeFile: 'compose-file',
        environmentName: 'environment-name',
        profiles: 'profiles',
        wait: 'wait',
        timeout: 'timeout',
        build: 'build',
        noCache: 'no-cache',
        keep: 'keep',
        collectOnFailure: 'collect-logs-on-failure',
        matrix: 'matrix',
    },
    outputs: { environment: 'environment', network: 'network', services: 'services' },
};
const BuildImages = {
    inputs: {
        images: 'images',
        context: 'context',
        dockerfile: 'dockerfile',
        target: 'target',
        buildArgs: 'build-args',
        name: 'name',
        tag: 'tag',
        noCache: 'no-cache',
        labels: 'labels',
        /** Loading what was built into a kind cluster. */
        load: 'load',
        clusterName: 'cluster-name',
        nodes: 'nodes',
    },
    outputs: { images: 'images', refs: 'refs' },
};
const RunTests = {
    inputs: {
        mode: 'mode',
        image: 'image',
        command: 'command',
        env: 'env',
        environment: 'environment',
        network: 'network',
        reports: 'reports',
        reportsDir: 'reports-dir',
        timeout: 'timeout',
        workingDirectory: 'working-directory',
        name: 'name',
        kubeconfig: 'kubeconfig',
        context: 'context',
        namespace: 'namespace',
        jobManifest: 'job-manifest',
        testContainer: 'test-container',
        args: 'args',
        envFrom: 'env-from',
        serviceAccount: 'service-account',
        resources: 'resources',
        nodeSelector: 'node-selector',
        unschedulableTimeout: 'unschedulable-timeout',
        keepNamespace: 'keep-namespace',
    },
    outputs: {
        result: 'result',
        exitCode: 'exit-code',
        duration: 'duration',
        reports: 'reports',
        namespace: 'namespace',
        job: 'job',
    },
    /** Cluster mode exports these when the tests fail, so collect-logs finds the run. */
    env: { namespace: 'INCEPTION_NAMESPACE', job: 'INCEPTION_TEST_JOB' },
};
const CollectLogs = {
    inputs: {
        environment: 'environment',
        path: 'path',
        artifactName: 'artifact-name',
        upload: 'upload',
        retentionDays: 'retention-days',
        matrix: 'matrix',
        docker: 'docker',
        kubernetes: 'kubernetes',
        kubeconfig: 'kubeconfig',
        context: 'context',
        namespaces: 'namespaces',
        selectors: 'selectors',
        kindCluster: 'kind-cluster',
        when: 'when',
    },
    outputs: { path: 'path', artifactName: 'artifact-name', artifactId: 'artifact-id' },
    /** Variables collect-logs reads for its Kubernetes defaults: run-tests (cluster mode) and setup-kind export them. */
    env: { namespace: RunTests.env.namespace, kindCluster: ENV_KIND_CLUSTER, kubeconfig: 'KUBECONFIG' },
};
const SetupKind = {
    inputs: {
        version: 'version',
        nodeImage: 'node-image',
        kubectlVersion: 'kubectl-version',
        clusterName: 'cluster-name',
        config: 'config',
        workers: 'workers',
        nodeLabels: 'node-labels',
        extraPortMappings: 'extra-port-mappings',
        registry: 'registry',
        registryImage: 'registry-image',
        wait: 'wait',
        kubeconfig: 'kubeconfig',
        keep: 'keep',
        collectOnFailure: 'collect-logs-on-failure',
        matrix: 'matrix',
        installOnly: 'install-only',
        cache: 'cache',
    },
    outputs: {
        kubeconfig: 'kubeconfig',
        context: 'context',
        clusterName: 'cluster-name',
        kindVersion: 'kind-version',
        kubernetesVersion: 'kubernetes-version',
        registry: 'registry',
    },
};
const LoadImages = {
    inputs: {
        images: 'images',
        clusterName: 'cluster-name',
        nodes: 'nodes',
        retries: 'retries',
        registry: 'registry',
    },
    outputs: { images: 'images', refs: 'refs' },
};
/** The root action.yml: the whole pipeline of an inception.yml in one step. */
const Pipeline = {
    inputs: {
        config: 'config',
        environmentName: 'environment-name',
        env: 'env',
        build: 'build',
        noCache: 'no-cache',
        reportsDir: 'reports-dir',
        keep: 'keep',
        collectOnFailure: 'collect-logs-on-failure',
        matrix: 'matrix',
    },
    outputs: {
        result: 'result',
        exitCode: 'exit-code',
        environment: 'environment',
        services: 'services',
        reports: 'reports',
    },
};


/***/ }),

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
// EXTERNAL MODULE: ./src/docker/environment/index.ts + 12 modules
var docker_environment = __webpack_require__(11659);
// EXTERNAL MODULE: ./src/pipeline/index.ts + 3 modules
var pipeline = __webpack_require__(9960);
// EXTERNAL MODULE: ./src/report/index.ts + 6 modules
var report = __webpack_require__(25844);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 8 modules
var runner = __webpack_require__(6563);
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
    const config = external_node_path_default().resolve(workspace, (0,runner/* stringInput */.Uj)(inputs.config) ?? 'inception.yml');
    if (!(0,external_node_fs_.existsSync)(config)) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputs.config}": ${config} does not exist; check out your repository first ` +
            '(actions/checkout) and name your inception.yml relative to it.');
    }
    const environmentName = (0,runner/* stringInput */.Uj)(inputs.environmentName);
    const matrix = (0,runner/* stringInput */.Uj)(inputs.matrix);
    return {
        config,
        ...(environmentName === undefined ? {} : { environmentName }),
        env: (0,runner/* keyValueInput */.Bb)(inputs.env),
        build: (0,runner/* booleanInput */.tE)(inputs.build, true),
        noCache: (0,runner/* booleanInput */.tE)(inputs.noCache, false),
        reportsDir: external_node_path_default().resolve(workspace, (0,runner/* stringInput */.Uj)(inputs.reportsDir) ?? 'inception-reports'),
        keep: (0,runner/* booleanInput */.tE)(inputs.keep, false),
        collectLogs: (0,runner/* collectPolicyInput */.Z0)(inputs.collectOnFailure),
        ...(matrix === undefined ? {} : { matrix }),
    };
}

// EXTERNAL MODULE: ./src/actions/pipeline/state.ts
var state = __webpack_require__(78995);
;// CONCATENATED MODULE: ./src/actions/pipeline/main.ts











/** The root action: inception.yml's environment, images and tests in one step; its post step collects
 * diagnostics when the job failed and removes the environment. */
async function pipelineMain() {
    const inputs = readPipelineInputs();
    const config = await (0,inception/* loadInceptionConfig */.i)(inputs.config);
    const tests = (0,pipeline/* requireTests */.fH)(config);
    const docker = await (0,client/* connectDocker */.Z)();
    const environment = await (0,pipeline/* bringUpEnvironment */.rO)({
        docker,
        config,
        logger: runner/* actionsLogger */.MV,
        name: inputs.environmentName,
        build: inputs.build,
        noCache: inputs.noCache,
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
    const cancellation = (0,runner/* cancelOnSignal */.qx)();
    const result = await (0,pipeline/* runConfigTests */.F6)(docker, {
        tests,
        environment,
        images,
        env: inputs.env,
        reportsDir: inputs.reportsDir,
        logFile: record.logFile,
        signal: cancellation.signal,
        logger: runner/* actionsLogger */.MV,
    }).finally(() => cancellation.dispose());
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
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);

const pipelineState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('pipeline');


/***/ }),

/***/ 21351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* reexport */ loadInceptionConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/values/index.ts + 4 modules
var values = __webpack_require__(17898);
;// CONCATENATED MODULE: ./src/config/inception/inception-config.ts







const DEFAULT_TEST_TIMEOUT_MS = 30 * 60_000;
function fail(file, key, message) {
    throw new errors/* ConfigurationError */.j1(`${file}: ${key}: ${message}`);
}
function record(value, file, key) {
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        fail(file, key, 'must be a mapping');
    return value;
}
function inception_config_text(value, file, key) {
    if (typeof value === 'string' && value.trim() !== '')
        return value;
    if (typeof value === 'number')
        return String(value);
    return fail(file, key, 'must be a non-empty string');
}
function stringMap(value, file, key) {
    return value === undefined || value === null ? {} : (0,values/* readKeyValues */._Z)(value, key, locator(file));
}
/** Names the file and the key in messages of the shared value readers, as `fail` does. */
function locator(file) {
    return (key) => `${file}: ${key}`;
}
function parseInceptionConfig(source, file) {
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(source);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${file} is not valid YAML: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const top = record(raw, file, '(top level)');
    const known = new Set(['compose', 'profiles', 'images', 'tests']);
    for (const key of Object.keys(top)) {
        if (!known.has(key) && !key.startsWith('x-'))
            fail(file, key, `unknown key; known keys: ${[...known].join(', ')}`);
    }
    const folder = external_node_path_default().dirname(file);
    const images = (Array.isArray(top.images) ? top.images : top.images == null ? [] : fail(file, 'images', 'must be a list')).map((entry, index) => {
        const image = record(entry, file, `images[${index}]`);
        return {
            name: inception_config_text(image.name, file, `images[${index}].name`),
            context: external_node_path_default().resolve(folder, inception_config_text(image.context ?? '.', file, `images[${index}].context`)),
            dockerfile: image.dockerfile === undefined
                ? undefined
                : inception_config_text(image.dockerfile, file, `images[${index}].dockerfile`),
            target: image.target === undefined ? undefined : inception_config_text(image.target, file, `images[${index}].target`),
            args: stringMap(image.args, file, `images[${index}].args`),
        };
    });
    const testsRaw = top.tests === undefined ? undefined : record(top.tests, file, 'tests');
    const command = testsRaw?.command;
    return {
        file,
        compose: external_node_path_default().resolve(folder, inception_config_text(top.compose ?? 'compose.yml', file, 'compose')),
        profiles: top.profiles == null ? [] : (0,values/* readStringOrList */.pU)(top.profiles, 'profiles', locator(file)),
        images,
        tests: testsRaw && {
            image: inception_config_text(testsRaw.image, file, 'tests.image'),
            command: command === undefined || (Array.isArray(command) && command.length === 0)
                ? undefined
                : Array.isArray(command)
                    ? command.map(String)
                    : (0,values/* splitShellWords */.CQ)(inception_config_text(command, file, 'tests.command'), `${file}: tests.command`),
            env: stringMap(testsRaw.env, file, 'tests.env'),
            reports: testsRaw.reports === undefined ? '/reports/*.xml' : inception_config_text(testsRaw.reports, file, 'tests.reports'),
            timeoutMs: testsRaw.timeout === undefined
                ? DEFAULT_TEST_TIMEOUT_MS
                : (0,values/* parseDuration */.E9)(testsRaw.timeout, `${file}: tests.timeout`),
        },
    };
}
async function loadInceptionConfig(file) {
    let source;
    try {
        source = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${file} not found: run inception where your inception.yml is, or pass --config <file>.`);
    }
    return parseInceptionConfig(source, external_node_path_default().resolve(file));
}

;// CONCATENATED MODULE: ./src/config/inception/index.ts



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

/***/ 82642:
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
// EXTERNAL MODULE: ./src/shared/abort.ts
var abort = __webpack_require__(84211);
// EXTERNAL MODULE: ./src/shared/format-duration.ts
var format_duration = __webpack_require__(91463);
// EXTERNAL MODULE: ./src/report/index.ts + 6 modules
var report = __webpack_require__(25844);
// EXTERNAL MODULE: ./src/shared/labels.ts
var labels = __webpack_require__(44758);
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

// EXTERNAL MODULE: ./src/docker/environment/index.ts + 12 modules
var docker_environment = __webpack_require__(11659);
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
// EXTERNAL MODULE: ./src/shared/glob.ts
var glob = __webpack_require__(55403);
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
    const env = testContainerEnv(options.environment, network, options.env);
    const container = await docker.createContainer({
        name: options.name,
        Image: options.image,
        ...(options.command && options.command.length > 0 ? { Cmd: options.command } : {}),
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
    const log = options.logFile ? (0,external_node_fs_.createWriteStream)(options.logFile, { flags: 'a' }) : undefined;
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
    await new Promise((resolve) => (log ? log.end(resolve) : resolve()));
    result ??= exitCode === 0 ? 'passed' : 'failed';
    const reportsGlob = external_node_path_.posix.isAbsolute(options.reportsGlob)
        ? options.reportsGlob
        : external_node_path_.posix.join(options.workingDir ?? '/', options.reportsGlob);
    const reports = await copyReports(container, reportsGlob, options.reportsDir, logger);
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



/***/ }),

/***/ 9960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rO: () => (/* reexport */ bringUpEnvironment),
  Ty: () => (/* reexport */ buildConfigImages),
  YH: () => (/* reexport */ configTestImage),
  M7: () => (/* reexport */ configTestName),
  fH: () => (/* reexport */ requireTests),
  F6: () => (/* reexport */ runConfigTests)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/compose/index.ts + 14 modules
var compose = __webpack_require__(31743);
// EXTERNAL MODULE: ./src/docker/environment/index.ts + 12 modules
var environment = __webpack_require__(11659);
;// CONCATENATED MODULE: ./src/pipeline/environment.ts



/** Brings up the config's compose file as an isolated environment. Leaves what it created in place when it
 * fails: the caller collects diagnostics, then removes it. */
async function bringUpEnvironment(options) {
    const { docker, config, logger } = options;
    const project = await (0,compose/* loadComposeFile */.R)(config.compose, { profiles: config.profiles });
    for (const warning of project.warnings)
        logger.warn(warning);
    const name = options.name ?? (0,environment/* generateEnvironmentName */.uW)(project.name);
    await options.onName?.(name);
    logger.info(`Bringing up ${name} from ${external_node_path_default().relative(process.cwd(), config.compose) || config.compose}`);
    return (0,environment/* upEnvironment */.xQ)({ docker, project, name, logger, build: options.build, noCache: options.noCache });
}

// EXTERNAL MODULE: ./src/docker/build/index.ts + 8 modules
var build = __webpack_require__(22576);
// EXTERNAL MODULE: ./src/shared/labels.ts
var labels = __webpack_require__(44758);
;// CONCATENATED MODULE: ./src/pipeline/images.ts


/** Builds the config's `images:`, each tagged `<name>:<environment>`. */
async function buildConfigImages(docker, config, options) {
    if (config.images.length === 0)
        return [];
    return (0,build/* buildImages */.rd)(docker, config.images.map((image) => ({
        name: image.name,
        context: image.context,
        dockerfile: image.dockerfile,
        target: image.target,
        buildArgs: image.args,
    })), {
        runTag: options.environment,
        noCache: options.noCache ?? false,
        labels: (0,labels/* environmentLabels */.ZC)(options.environment, 'image'),
        logger: options.logger,
    });
}

// EXTERNAL MODULE: ./src/docker/test-container/index.ts + 4 modules
var test_container = __webpack_require__(82642);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/pipeline/tests.ts


/** The `tests:` section; checked before anything is created, so a config without one fails at once. */
function requireTests(config) {
    if (!config.tests) {
        throw new errors/* ConfigurationError */.j1(`${config.file} has no "tests:" section: say which image runs the tests.`);
    }
    return config.tests;
}
/** `tests.image` names one of the config's images (then its ref of this run) or any image. */
function configTestImage(tests, images) {
    return images.find((image) => image.name === tests.image)?.ref ?? tests.image;
}
function configTestName(environment) {
    return `${environment.name}-tests`;
}
/** Runs the config's tests in a container on the environment's network. */
function runConfigTests(docker, options) {
    const { tests, environment } = options;
    return (0,test_container/* runTestContainer */.$)(docker, {
        image: configTestImage(tests, options.images),
        command: tests.command,
        env: { ...tests.env, ...options.env },
        network: environment.network,
        environment,
        reportsGlob: tests.reports,
        reportsDir: options.reportsDir,
        timeoutMs: tests.timeoutMs,
        name: configTestName(environment),
        logFile: options.logFile,
        signal: options.signal,
        logger: options.logger,
    });
}

;// CONCATENATED MODULE: ./src/pipeline/index.ts
// The pipeline of an inception.yml, in the pieces both the `inception` command and the root action run:
// bring up the compose file, build the images, run the tests on the environment's network.





/***/ }),

/***/ 84211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ whenAborted)
/* harmony export */ });
/** Settles with 'cancelled' once `signal` aborts (at once if it already has); never when there is none.
 * For `Promise.race` against the work the signal cancels. */
function whenAborted(signal) {
    return new Promise((resolve) => {
        if (!signal)
            return;
        if (signal.aborted)
            resolve('cancelled');
        else
            signal.addEventListener('abort', () => resolve('cancelled'), { once: true });
    });
}


/***/ })

};
