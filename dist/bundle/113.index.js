export const id = 113;
export const ids = [113];
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

/***/ 10156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseCommand)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _config_values_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17898);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * The `command` input as an argument list: a YAML/JSON list (`["pytest", "-x"]` or `- pytest` lines), or a
 * shell-like line split as a POSIX shell would (`splitShellWords`). No shell runs it; write
 * `sh -c '…'` for pipes, `&&` or variables.
 */
function parseCommand(raw, input) {
    const text = raw.trim();
    if (text.startsWith('[') || /^-\s/.test(text)) {
        let parsed;
        try {
            parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${input}" looks like a YAML list but does not parse: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
        }
        if (!Array.isArray(parsed) || parsed.some((item) => typeof item === 'object' && item !== null)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${input}" must be a list of strings, e.g. ["pytest", "-x"].`);
        }
        return parsed.map((item) => String(item));
    }
    return (0,_config_values_index_js__WEBPACK_IMPORTED_MODULE_1__/* .splitShellWords */ .CQ)(text, `Input "${input}"`);
}


/***/ }),

/***/ 83113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTestsAction: () => (/* binding */ runTestsAction)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97424);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80936);


// Each mode loads only its own client: container mode never loads the Kubernetes one.
const runTestsAction = {
    main: async () => {
        if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunTestsMode */ .K0)() === 'cluster')
            return (await Promise.all(/* import() */[__webpack_require__.e(269), __webpack_require__.e(48), __webpack_require__.e(844), __webpack_require__.e(771)]).then(__webpack_require__.bind(__webpack_require__, 90771))).runTestsClusterMain();
        return (await Promise.all(/* import() */[__webpack_require__.e(269), __webpack_require__.e(40), __webpack_require__.e(844), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 85952))).runTestsContainerMain();
    },
    post: async () => {
        if (_state_js__WEBPACK_IMPORTED_MODULE_1__/* .runTestsState */ .u.read()?.cleanup)
            await (await Promise.all(/* import() */[__webpack_require__.e(269), __webpack_require__.e(48), __webpack_require__.e(844), __webpack_require__.e(771)]).then(__webpack_require__.bind(__webpack_require__, 90771))).runTestsClusterPost();
    },
};


/***/ }),

/***/ 97424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K0: () => (/* binding */ readRunTestsMode),
/* harmony export */   KX: () => (/* binding */ readRunTestsInputs),
/* harmony export */   Ld: () => (/* binding */ reportsDirInput),
/* harmony export */   RW: () => (/* binding */ workingDirectoryInput),
/* harmony export */   ss: () => (/* binding */ DEFAULT_REPORTS),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70858);
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6563);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10156);






const { inputs } = _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .RunTests */ .tn;
const DEFAULT_REPORTS = '/reports/*.xml';
const DEFAULT_TIMEOUT_MS = 30 * 60_000;
function readRunTestsMode() {
    const mode = ((0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)(inputs.mode) ?? 'container').toLowerCase();
    if (mode !== 'container' && mode !== 'cluster') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputs.mode}" is "${mode}"; write container (a container on the Docker environment network) ` +
            'or cluster (a Kubernetes Job).');
    }
    return mode;
}
/** Reads every input of run-tests (container mode) once; environment, network and services default to what setup-docker exported. */
function readRunTestsInputs(env = process.env) {
    if (readRunTestsMode() !== 'container') {
        throw new Error('mode: cluster has inputs of its own: read them with readRunTestsClusterInputs');
    }
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const exported = env[_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .ENV_ENVIRONMENT */ .Mc] || undefined;
    const environmentName = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)(inputs.environment) ?? exported;
    // INCEPTION_NETWORK and INCEPTION_SERVICES describe the exported environment, not another one named here.
    const sameEnvironment = environmentName !== undefined && environmentName === exported;
    const network = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)(inputs.network) ??
        (sameEnvironment || !environmentName ? env[_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .ENV_NETWORK */ .hY] || undefined : undefined);
    const workingDirectory = workingDirectoryInput();
    const command = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)(inputs.command);
    return {
        mode: 'container',
        image: (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .requiredInput */ .YF)(inputs.image),
        ...(command === undefined ? {} : { command: (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommand */ .R)(command, inputs.command) }),
        env: (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .keyValueInput */ .Bb)(inputs.env),
        ...(environmentName
            ? {
                environment: {
                    name: environmentName,
                    network: network ?? '',
                    services: sameEnvironment ? services(env[_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .ENV_SERVICES */ .lO]) : {},
                },
            }
            : {}),
        network,
        reports: (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)(inputs.reports) ?? DEFAULT_REPORTS,
        reportsDir: reportsDirInput(workspace),
        timeoutMs: (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .durationInput */ .Ts)(inputs.timeout, DEFAULT_TIMEOUT_MS),
        workingDirectory,
        name: (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)(inputs.name) ?? defaultName(environmentName),
    };
}
/** `working-directory`, in either mode: an absolute path inside the test container. */
function workingDirectoryInput() {
    const value = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)(inputs.workingDirectory);
    if (value !== undefined && !node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputs.workingDirectory}" is "${value}"; give an absolute path inside the test container, e.g. /app.`);
    }
    return value;
}
/** `reports-dir`, in either mode: a folder on the runner, relative to the workspace. */
function reportsDirInput(workspace) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)(inputs.reportsDir) ?? 'inception-reports');
}
function services(json) {
    if (!json?.trim())
        return {};
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .ENV_SERVICES */ .lO} is not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}); it is written by setup-docker, so unset it or run setup-docker again.`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .ENV_SERVICES */ .lO} must be a JSON object of service name -> address.`);
    }
    return parsed;
}
function defaultName(environment) {
    const base = (environment ?? 'inception').replace(/[^a-zA-Z0-9_.-]/g, '-').replace(/^[^a-zA-Z0-9]+/, '');
    return `${base || 'inception'}-tests-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`;
}


/***/ }),

/***/ 80936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ runTestsState)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);

const runTestsState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('run-tests');


/***/ })

};
