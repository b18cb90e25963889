export const id = 77;
export const ids = [77];
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
            return (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(48), __webpack_require__.e(736), __webpack_require__.e(425), __webpack_require__.e(486)]).then(__webpack_require__.bind(__webpack_require__, 23715))).runTestsClusterMain(signal);
        return (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(40), __webpack_require__.e(425), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 85952))).runTestsContainerMain(signal);
    },
    post: async () => {
        const state = _state_js__WEBPACK_IMPORTED_MODULE_1__/* .runTestsState */ .u.read();
        if (state?.cleanup)
            await (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(48), __webpack_require__.e(736), __webpack_require__.e(425), __webpack_require__.e(486)]).then(__webpack_require__.bind(__webpack_require__, 23715))).runTestsClusterPost();
        if (state?.container)
            await (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(40), __webpack_require__.e(717)]).then(__webpack_require__.bind(__webpack_require__, 86717))).runTestsContainerPost(state.container);
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
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2136);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10156);
/* harmony import */ var _shard_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34087);







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
        sharding: (0,_shard_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readShardInputs */ .o)(workspace, false),
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

/***/ 34087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ readShardInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _shard_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27396);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70858);
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2136);






const { inputs } = _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .RunTests */ .tn;
/** Linux passes at most 128 KiB in one variable, which is how the runner hands an input over. */
const MAX_PLAN_INPUT = 128 * 1024;
const SHARD_EXAMPLE = 'shard: ${{ matrix.shard }}';
/**
 * `plan`, `shard`, `of`, `append-shard-files` and `rerun-failed`, checked against each other. `indexed`:
 * cluster mode may take a plan without a shard and run every shard as one Indexed Job.
 */
function readShardInputs(workspace, indexed) {
    const plan = planInput(workspace);
    const shardGiven = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)(inputs.shard) !== undefined;
    const ofGiven = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)(inputs.of) !== undefined;
    if (!plan && (shardGiven || ofGiven)) {
        const named = shardGiven ? inputs.shard : inputs.of;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${named}" needs "${inputs.plan}", the plan output of plan-shards that says which files each shard runs, e.g. plan: \${{ needs.plan.outputs.plan }}.`);
    }
    const shard = shardGiven ? (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_5__/* .integerInput */ .$A)(inputs.shard, 1, 1) : undefined;
    if (plan && shard === undefined && !indexed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputs.plan}" is given but "${inputs.shard}" is not: say which shard this leg runs, e.g. ${SHARD_EXAMPLE} (in cluster mode, "${inputs.shards}" runs them all as one Indexed Job).`);
    }
    if (plan && shard !== undefined && shard > plan.of) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputs.shard}" is ${shard}, but the plan has ${plan.of} shard(s); use the matrix of the same plan-shards step, e.g. ${SHARD_EXAMPLE}.`);
    }
    if (plan && ofGiven) {
        const of = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_5__/* .integerInput */ .$A)(inputs.of, plan.of, 1);
        if (of !== plan.of) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputs.of}" is ${of}, but the plan has ${plan.of} shard(s): the matrix and the plan come from different plan-shards runs. Pass both from the same step, e.g. of: \${{ matrix.of }}.`);
        }
    }
    return {
        ...(plan ? { plan } : {}),
        ...(shard !== undefined ? { shard } : {}),
        appendShardFiles: (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_5__/* .booleanInput */ .tE)(inputs.appendShardFiles, false),
        rerunFailed: (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_5__/* .booleanInput */ .tE)(inputs.rerunFailed, false),
        tests: (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_5__/* .listInput */ .dt)(inputs.tests),
    };
}
/** The plan's JSON, or a file holding it (relative to the workspace) for a plan too long for an input. */
function planInput(workspace) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(inputs.plan).trim();
    if (raw === '')
        return undefined;
    if (raw.length > MAX_PLAN_INPUT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input "${inputs.plan}" is ${raw.length} characters long, more than a runner passes (${MAX_PLAN_INPUT}); write the plan to a file and give its path.`);
    }
    const where = `Input "${inputs.plan}"`;
    if (raw.startsWith('{') || raw.startsWith('['))
        return (0,_shard_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlan */ .vS)(raw, where);
    const file = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_5__/* .workspacePath */ .X5)(raw, workspace, inputs.plan, 'shard-plan.json');
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} is ${(0,_runner_index_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .TL)(raw)}: neither plan JSON nor a readable file (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}); pass the plan output of plan-shards, e.g. plan: \${{ needs.plan.outputs.plan }}.`);
    }
    return (0,_shard_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlan */ .vS)(text, `${where} (file ${raw})`);
}


/***/ }),

/***/ 80936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ runTestsState)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2136);

const runTestsState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('run-tests');


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


/***/ })

};
