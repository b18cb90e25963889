export const id = 113;
export const ids = [113];
export const modules = {

/***/ 10156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseCommand)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _config_values_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46435);
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
    main: async (signal) => {
        if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunTestsMode */ .K0)() === 'cluster')
            return (await Promise.all(/* import() */[__webpack_require__.e(269), __webpack_require__.e(48), __webpack_require__.e(844), __webpack_require__.e(669), __webpack_require__.e(383)]).then(__webpack_require__.bind(__webpack_require__, 23715))).runTestsClusterMain(signal);
        return (await Promise.all(/* import() */[__webpack_require__.e(269), __webpack_require__.e(40), __webpack_require__.e(844), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 85952))).runTestsContainerMain(signal);
    },
    post: async () => {
        const state = _state_js__WEBPACK_IMPORTED_MODULE_1__/* .runTestsState */ .u.read();
        if (state?.cleanup)
            await (await Promise.all(/* import() */[__webpack_require__.e(269), __webpack_require__.e(48), __webpack_require__.e(844), __webpack_require__.e(669), __webpack_require__.e(383)]).then(__webpack_require__.bind(__webpack_require__, 23715))).runTestsClusterPost();
        if (state?.container)
            await (await Promise.all(/* import() */[__webpack_require__.e(269), __webpack_require__.e(40), __webpack_require__.e(717)]).then(__webpack_require__.bind(__webpack_require__, 86717))).runTestsContainerPost(state.container);
    },
};


/***/ }),

/***/ 97424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EA: () => (/* binding */ imageInput),
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
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26590);
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
        image: imageInput(),
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
        name: containerNameInput() ?? defaultName(environmentName),
    };
}
/** `working-directory`, in either mode: an absolute path inside the test container. */
function workingDirectoryInput() {
    const value = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)(inputs.workingDirectory);
    if (value !== undefined && !node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputs.workingDirectory}" is ${(0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(value)}; give an absolute path inside the test container, e.g. /app.`);
    }
    return value;
}
/** `reports-dir`, in either mode: a folder on the runner, relative to the workspace. */
function reportsDirInput(workspace) {
    return (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .outputFolder */ .qi)((0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)(inputs.reportsDir) ?? 'inception-reports', workspace, inputs.reportsDir, 'test-reports');
}
/** An image reference: no spaces, at most 255 characters. */
function imageInput() {
    const image = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .nameInput */ .K3)(inputs.image, 255, 'orders-tests:run-42-1') ??
        (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .requiredInput */ .YF)(inputs.image, 'orders-tests:run-42-1');
    if (/\s/.test(image)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputs.image}" is ${(0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(image)}; give one image reference, e.g. image: orders-tests:run-42-1 (the command goes in "${inputs.command}").`);
    }
    return image;
}
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
function containerNameInput() {
    const name = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .nameInput */ .K3)(inputs.name, 128, 'orders-tests');
    if (name !== undefined && !CONTAINER_NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputs.name}" is ${(0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(name)}; a container name is letters, digits, "_", "." and "-", starting with a letter or digit, e.g. name: orders-tests.`);
    }
    return name;
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
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26590);

const runTestsState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('run-tests');


/***/ })

};
