export const id = 217;
export const ids = [217];
export const modules = {

/***/ 55217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setupDockerMain: () => (/* binding */ setupDockerMain)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/config/compose/index.ts + 37 modules
var compose = __webpack_require__(7403);
// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
// EXTERNAL MODULE: ./src/docker/environment/index.ts + 36 modules
var docker_environment = __webpack_require__(95923);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 12 modules
var runner = __webpack_require__(2136);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
// EXTERNAL MODULE: ./src/shared/format/markdown.ts
var markdown = __webpack_require__(85116);
// EXTERNAL MODULE: ./src/actions/setup-docker/state.ts
var state = __webpack_require__(19177);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/actions/setup-docker/inputs.ts






const DEFAULT_COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
function resolveComposeFile(given, workspace) {
    if (given) {
        const file = (0,runner/* workspacePath */.X5)(given, workspace, constants/* SetupDocker */.C$.inputs.composeFile, 'deploy/compose.yml');
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw new errors/* ConfigurationError */.j1(`Input "${constants/* SetupDocker */.C$.inputs.composeFile}": ${file} does not exist.`);
        }
        return file;
    }
    const found = DEFAULT_COMPOSE_FILES.map((name) => external_node_path_default().join(workspace, name)).find((file) => (0,external_node_fs_.existsSync)(file));
    if (!found) {
        throw new errors/* ConfigurationError */.j1(`Input "${constants/* SetupDocker */.C$.inputs.composeFile}" is empty and none of ${DEFAULT_COMPOSE_FILES.join(', ')} ` +
            `is in ${workspace}: set it to your compose file.`);
    }
    return found;
}
function parseWaitInput() {
    const raw = (0,runner/* yamlInput */.eR)(constants/* SetupDocker */.C$.inputs.wait);
    if (raw === undefined || raw === null)
        return {};
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new errors/* ConfigurationError */.j1(`Input "${constants/* SetupDocker */.C$.inputs.wait}" must map service names to a wait, e.g. "api: { http: { port: 8080, path: /healthz } }".`);
    }
    return Object.fromEntries(Object.entries(raw).map(([service, value]) => [
        service,
        (0,compose/* parseWaitStrategy */.q_)(value, `input "${constants/* SetupDocker */.C$.inputs.wait}", service "${service}"`),
    ]));
}
/** Undefined keeps each service's own deadline. */
function parseTimeout() {
    if ((0,runner/* stringInput */.Uj)(constants/* SetupDocker */.C$.inputs.timeout) === undefined)
        return undefined;
    const timeoutMs = (0,runner/* durationInput */.Ts)(constants/* SetupDocker */.C$.inputs.timeout, 0);
    if (timeoutMs <= 0) {
        throw new errors/* ConfigurationError */.j1(`Input "${constants/* SetupDocker */.C$.inputs.timeout}" must be more than 0, e.g. 90s or 2m.`);
    }
    return timeoutMs;
}
function readSetupDockerInputs(workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
    return {
        composeFile: resolveComposeFile((0,runner/* stringInput */.Uj)(constants/* SetupDocker */.C$.inputs.composeFile), workspace),
        environmentName: (0,runner/* environmentNameInput */.pr)(constants/* SetupDocker */.C$.inputs.environmentName),
        profiles: (0,runner/* listInput */.dt)(constants/* SetupDocker */.C$.inputs.profiles),
        wait: parseWaitInput(),
        timeoutMs: parseTimeout(),
        build: (0,runner/* booleanInput */.tE)(constants/* SetupDocker */.C$.inputs.build, true),
        noCache: (0,runner/* booleanInput */.tE)(constants/* SetupDocker */.C$.inputs.noCache, false),
        keep: (0,runner/* booleanInput */.tE)(constants/* SetupDocker */.C$.inputs.keep, false),
        gracefulStop: (0,runner/* booleanInput */.tE)(constants/* SetupDocker */.C$.inputs.gracefulStop, false),
        collectLogs: (0,runner/* collectPolicyInput */.Z0)(constants/* SetupDocker */.C$.inputs.collectOnFailure),
        matrix: (0,runner/* stringInput */.Uj)(constants/* SetupDocker */.C$.inputs.matrix),
    };
}

;// CONCATENATED MODULE: ./src/actions/setup-docker/sweep.ts




/** On a self-hosted runner a killed job leaves its environment behind: the next setup-docker removes what
 * runs no longer alive left (only ours, by label and owner), and never fails the step over it. */
async function sweepKilledRuns(docker) {
    await core/* group */.Os('Remove what killed runs left on this engine', async () => {
        try {
            const { removed, skipped } = await (0,docker_environment/* sweepLeftovers */.ZW)(docker, runner/* actionsLogger */.MV);
            for (const { environment, report } of removed) {
                core/* info */.pq(`removed ${environment}: ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
                    `${report.volumes.length} volume(s)`);
            }
            for (const { environment, reason } of skipped)
                core/* info */.pq(`left ${environment}: ${reason}`);
            if (removed.length === 0)
                core/* info */.pq('nothing left by killed runs');
        }
        catch (error) {
            core/* warning */.$e(`could not look for what killed runs left: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    });
}

;// CONCATENATED MODULE: ./src/actions/setup-docker/main.ts













async function setupDockerMain(signal) {
    const inputs = readSetupDockerInputs();
    const docker = await (0,client/* connectDocker */.Z)();
    const project = await (0,compose/* loadComposeFile */.RC)(inputs.composeFile, { profiles: inputs.profiles });
    (0,runner/* learnComposeSecrets */.ym)(project);
    for (const warning of project.warnings)
        core/* warning */.$e(warning);
    const environment = inputs.environmentName ?? (0,docker_environment/* generateEnvironmentName */.uW)(project.name);
    // Saved before anything is created, so the post step removes a half-made environment too.
    state/* setupDockerState */.P.save({
        environment,
        keep: inputs.keep,
        gracefulStop: inputs.gracefulStop,
        collect: inputs.collectLogs,
        matrix: inputs.matrix,
    });
    await sweepKilledRuns(docker);
    const info = await (0,docker_environment/* upEnvironment */.xQ)({
        docker,
        project,
        name: environment,
        logger: runner/* actionsLogger */.MV,
        build: inputs.build,
        noCache: inputs.noCache,
        waitOverrides: inputs.wait,
        timeoutMs: inputs.timeoutMs,
        signal,
    });
    core/* setOutput */.uH(constants/* SetupDocker */.C$.outputs.environment, info.name);
    core/* setOutput */.uH(constants/* SetupDocker */.C$.outputs.network, info.network);
    core/* setOutput */.uH(constants/* SetupDocker */.C$.outputs.services, JSON.stringify(info.services));
    for (const [name, value] of Object.entries((0,docker_environment/* hostVariables */.Cg)(info)))
        core/* exportVariable */.dN(name, value);
    await (0,runner/* writeJobSummary */.j7)(servicesMarkdown(info));
}
function servicesMarkdown(info) {
    const rows = Object.entries(info.services).map(([service, address]) => [
        service,
        address.container,
        address.ip,
        Object.entries(address.hostPorts)
            .map(([port, host]) => `${port} → ${host}`)
            .join(', '),
        address.url,
    ]);
    return [
        `### Environment ${info.name}`,
        '',
        (0,markdown/* table */.tp)(['service', 'container', 'IP', 'host ports', 'URL'], rows),
        '',
    ].join('\n');
}


/***/ }),

/***/ 19177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ setupDockerState)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2136);

const setupDockerState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('setup-docker');


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
