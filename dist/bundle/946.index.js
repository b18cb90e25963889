export const id = 946;
export const ids = [946];
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

/***/ 13946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setupDockerMain: () => (/* binding */ setupDockerMain)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/config/compose/index.ts + 14 modules
var compose = __webpack_require__(31743);
// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
// EXTERNAL MODULE: ./src/docker/environment/index.ts + 12 modules
var docker_environment = __webpack_require__(11659);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 8 modules
var runner = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
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
        const file = external_node_path_default().resolve(workspace, given);
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
        throw new errors/* ConfigurationError */.j1(`Input "${constants/* SetupDocker */.C$.inputs.wait}" must map service names to a wait, e.g. "api: { http: 8080 }".`);
    }
    return Object.fromEntries(Object.entries(raw).map(([service, value]) => [
        service,
        (0,compose/* parseWaitStrategy */.q)(value, `input "${constants/* SetupDocker */.C$.inputs.wait}", service "${service}"`),
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
        environmentName: (0,runner/* stringInput */.Uj)(constants/* SetupDocker */.C$.inputs.environmentName),
        profiles: (0,runner/* listInput */.dt)(constants/* SetupDocker */.C$.inputs.profiles),
        wait: parseWaitInput(),
        timeoutMs: parseTimeout(),
        build: (0,runner/* booleanInput */.tE)(constants/* SetupDocker */.C$.inputs.build, true),
        noCache: (0,runner/* booleanInput */.tE)(constants/* SetupDocker */.C$.inputs.noCache, false),
        keep: (0,runner/* booleanInput */.tE)(constants/* SetupDocker */.C$.inputs.keep, false),
        collectLogs: (0,runner/* collectPolicyInput */.Z0)(constants/* SetupDocker */.C$.inputs.collectOnFailure),
        matrix: (0,runner/* stringInput */.Uj)(constants/* SetupDocker */.C$.inputs.matrix),
    };
}

;// CONCATENATED MODULE: ./src/actions/setup-docker/main.ts












async function setupDockerMain() {
    const inputs = readSetupDockerInputs();
    const docker = await (0,client/* connectDocker */.Z)();
    const project = await (0,compose/* loadComposeFile */.R)(inputs.composeFile, { profiles: inputs.profiles });
    for (const warning of project.warnings)
        core/* warning */.$e(warning);
    const environment = inputs.environmentName ?? (0,docker_environment/* generateEnvironmentName */.uW)(project.name);
    // Saved before anything is created, so the post step removes a half-made environment too.
    state/* setupDockerState */.P.save({
        environment,
        keep: inputs.keep,
        collect: inputs.collectLogs,
        matrix: inputs.matrix,
    });
    const info = await (0,docker_environment/* upEnvironment */.xQ)({
        docker,
        project,
        name: environment,
        logger: runner/* actionsLogger */.MV,
        build: inputs.build,
        noCache: inputs.noCache,
        waitOverrides: inputs.wait,
        timeoutMs: inputs.timeoutMs,
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
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);

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

/***/ 11680:
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
