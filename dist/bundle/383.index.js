export const id = 383;
export const ids = [383,934];
export const modules = {

/***/ 23715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTestsClusterMain: () => (/* binding */ runTestsClusterMain),
  runTestsClusterPost: () => (/* binding */ runTestsClusterPost)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/abort.ts
var abort = __webpack_require__(84211);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/kube/test-job/index.ts + 17 modules
var test_job = __webpack_require__(25669);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 11 modules
var runner = __webpack_require__(26590);
// EXTERNAL MODULE: ./src/shared/redact-file.ts
var redact_file = __webpack_require__(56127);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
// EXTERNAL MODULE: ./src/diagnostics/uploaded-artifacts.ts
var uploaded_artifacts = __webpack_require__(320);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/actions/run-tests/command.ts
var run_tests_command = __webpack_require__(10156);
// EXTERNAL MODULE: ./src/actions/run-tests/inputs.ts
var inputs = __webpack_require__(97424);
;// CONCATENATED MODULE: ./src/actions/run-tests/cluster-inputs.ts







const { inputs: cluster_inputs_inputs } = constants/* RunTests */.tn;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Reads run-tests' inputs for `mode: cluster`; paths are taken from the workspace. */
function readRunTestsClusterInputs(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const kubeconfig = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.kubeconfig);
    const jobManifest = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.jobManifest);
    const image = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.image) === undefined ? undefined : (0,inputs/* imageInput */.EA)();
    if (!image && !jobManifest) {
        throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.image}" is required in cluster mode unless "${cluster_inputs_inputs.jobManifest}" names your own Job manifest.`);
    }
    const namespace = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.namespace);
    if (namespace !== undefined)
        dnsName(namespace, cluster_inputs_inputs.namespace);
    const name = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.name);
    if (name !== undefined)
        dnsName(name, cluster_inputs_inputs.name);
    const command = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.command);
    const args = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.args);
    const resources = resourcesInput();
    const optional = {
        kubeconfig: kubeconfig && (0,external_node_path_.resolve)(workspace, kubeconfig),
        context: (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.context),
        namespace,
        jobManifest: jobManifest && (0,runner/* workspacePath */.X5)(jobManifest, workspace, cluster_inputs_inputs.jobManifest, 'ci/test-job.yaml'),
        testContainer: (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.testContainer),
        image,
        command: command === undefined ? undefined : (0,run_tests_command/* parseCommand */.R)(command, cluster_inputs_inputs.command),
        args: args === undefined ? undefined : (0,run_tests_command/* parseCommand */.R)(args, cluster_inputs_inputs.args),
        serviceAccount: (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.serviceAccount),
        resources,
        workingDirectory: (0,inputs/* workingDirectoryInput */.RW)(),
        name,
    };
    return {
        mode: 'cluster',
        ...definedOnly(optional),
        env: (0,runner/* keyValueInput */.Bb)(cluster_inputs_inputs.env),
        envFrom: (0,runner/* listInput */.dt)(cluster_inputs_inputs.envFrom).map(envSource),
        nodeSelector: (0,runner/* keyValueInput */.Bb)(cluster_inputs_inputs.nodeSelector),
        unschedulableTimeoutMs: (0,runner/* durationInput */.Ts)(cluster_inputs_inputs.unschedulableTimeout, test_job/* DEFAULT_UNSCHEDULABLE_TIMEOUT_MS */.x1),
        keepNamespace: (0,runner/* booleanInput */.tE)(cluster_inputs_inputs.keepNamespace, false),
        reports: reportsInput(env),
        reportsDir: (0,inputs/* reportsDirInput */.Ld)(workspace),
        timeoutMs: (0,runner/* durationInput */.Ts)(cluster_inputs_inputs.timeout, inputs/* DEFAULT_TIMEOUT_MS */.t1),
        runName: (0,test_job/* testRunName */.B0)(env),
    };
}
/** An input set to '' turns the reports off; an input not set at all means the default. */
function reportsInput(env) {
    const variable = `INPUT_${cluster_inputs_inputs.reports.toUpperCase()}`;
    if (env[variable] === undefined)
        return inputs/* DEFAULT_REPORTS */.ss;
    return (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.reports) ?? '';
}
function envSource(entry) {
    const match = /^(secret|configmap|configMap)\s*[:/]\s*(\S+)$/.exec(entry);
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.envFrom}": ${(0,runner/* quoted */.TL)(entry)} is not secret:NAME or configmap:NAME; write e.g. env-from: secret:api-token.`);
    }
    const name = match[2];
    dnsName(name, cluster_inputs_inputs.envFrom, 253);
    return { kind: match[1]?.toLowerCase() === 'secret' ? 'secret' : 'configmap', name };
}
function resourcesInput() {
    const value = (0,runner/* yamlInput */.eR)(cluster_inputs_inputs.resources);
    if (value === undefined || value === null)
        return undefined;
    const example = 'e.g. {requests: {cpu: 500m, memory: 512Mi}, limits: {memory: 1Gi}}';
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.resources}" must be a mapping, ${example}.`);
    }
    const result = {};
    for (const [key, quantities] of Object.entries(value)) {
        if (key !== 'requests' && key !== 'limits') {
            throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.resources}" has "${key}"; only requests and limits are allowed, ${example}.`);
        }
        if (typeof quantities !== 'object' || quantities === null || Array.isArray(quantities)) {
            throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.resources}": ${key} must be a mapping, ${example}.`);
        }
        result[key] = Object.fromEntries(Object.entries(quantities).map(([name, quantity]) => {
            if (typeof quantity !== 'string' && typeof quantity !== 'number') {
                throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.resources}": ${key}.${name} must be a quantity such as 500m or 1Gi, ${example}.`);
            }
            return [name, String(quantity)];
        }));
    }
    return result;
}
function dnsName(value, input, max = 63) {
    const ok = value.length <= max && value.split(max > 63 ? '.' : '\n').every((part) => DNS_LABEL.test(part));
    if (!ok) {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" is ${(0,runner/* quoted */.TL)(value)}; a Kubernetes name is lower-case letters, digits and "-", ` +
            `at most ${max} characters, starting and ending with a letter or digit.`);
    }
}
function definedOnly(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== ''));
}

// EXTERNAL MODULE: ./src/report/index.ts + 6 modules
var report = __webpack_require__(25844);
;// CONCATENATED MODULE: ./src/actions/run-tests/cluster-summary.ts

/** Container mode's summary, plus where the run happened and, unless it passed, why it ended. */
function clusterSummaryMarkdown(inputs, result) {
    const markdown = (0,report/* testSummaryMarkdown */.i7)({
        title: result.jobName,
        result: result.result === 'error' ? 'failed' : result.result,
        exitCode: result.exitCode,
        durationMs: result.durationMs,
        timeoutMs: inputs.timeoutMs,
        summary: result.summary,
        reportsPattern: inputs.reports,
    });
    const [headline = '', ...rest] = markdown.split('\n');
    const where = [`namespace \`${result.namespace}\``, `Job \`${result.jobName}\``];
    if (result.podName)
        where.push(`pod \`${result.podName}\``);
    const lines = [headline, '', `Ran as Kubernetes ${where.join(', ')}.`];
    if (result.result !== 'passed')
        lines.push('', `**Why:** ${escapeInline(result.message)}`);
    return [...lines, ...rest].join('\n');
}
function escapeInline(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

// EXTERNAL MODULE: ./src/actions/run-tests/failure.ts
var failure = __webpack_require__(90255);
// EXTERNAL MODULE: ./src/actions/run-tests/outputs.ts
var outputs = __webpack_require__(89375);
// EXTERNAL MODULE: ./src/actions/run-tests/state.ts
var state = __webpack_require__(80936);
;// CONCATENATED MODULE: ./src/actions/run-tests/cluster.ts

















/**
 * `mode: cluster`: the tests as a Kubernetes Job. A passing run is deleted at once; a failing one is
 * exported (INCEPTION_NAMESPACE, INCEPTION_TEST_JOB) for collect-logs and deleted by the post step,
 * which runs after every other step of the job. `keep-namespace` keeps it either way.
 */
async function runTestsClusterMain(signal) {
    const inputs = readRunTestsClusterInputs();
    (0,runner/* learnVariables */.IM)(inputs.env);
    const cluster = {
        kubeconfig: inputs.kubeconfig,
        context: inputs.context,
    };
    const clients = (0,client.loadKubeClients)(cluster);
    const record = (0,report/* startedTestRun */.j_)({
        // Unique in the job: one job may run several cluster test steps.
        name: `${inputs.name ?? 'tests'}-${Date.now().toString(36)}`,
        mode: 'cluster',
        image: inputs.image,
        namespace: inputs.namespace,
    });
    await (0,report/* writeTestRunRecord */.Mb)(record);
    let plannedRun;
    const planned = async (run) => {
        plannedRun = run;
        // Before the namespace exists: the post step deletes it however this step ends.
        if (!inputs.keepNamespace)
            state/* runTestsState */.u.save({ cleanup: { ...cluster, ...run } });
        await (0,report/* writeTestRunRecord */.Mb)({ ...record, namespace: run.namespace, jobName: run.jobName });
    };
    const outcome = await Promise.race([
        (0,test_job/* runTestJob */.fJ)(clients, { ...jobOptions(inputs), onPlanned: planned }),
        (0,abort/* whenAborted */.e)(signal),
    ]);
    if (outcome === 'cancelled')
        return cancelRun(clients, record, plannedRun, inputs.keepNamespace);
    const result = outcome;
    // The reports stay on the runner for a later step to upload: no secret of this step goes with them.
    await Promise.all(result.reports.map((report) => (0,redact_file/* redactFile */.i)(report, runner/* stepSecrets */.aw).catch(() => undefined)));
    await (0,report/* writeTestRunRecord */.Mb)({
        ...(0,report/* finishedTestRun */.m_)(record, result),
        namespace: result.namespace,
        jobName: result.jobName,
    });
    (0,outputs/* setRunOutputs */.i)(result);
    core/* setOutput */.uH(constants/* RunTests */.tn.outputs.namespace, result.namespace);
    core/* setOutput */.uH(constants/* RunTests */.tn.outputs.job, result.jobName);
    await (0,runner/* writeJobSummary */.j7)(clusterSummaryMarkdown(inputs, result));
    if (result.result === 'passed') {
        if (!inputs.keepNamespace)
            await cleanUp(clients, result);
        state/* runTestsState */.u.save({ cleanup: undefined });
        return;
    }
    core/* exportVariable */.dN(constants/* RunTests */.tn.env.namespace, result.namespace);
    core/* exportVariable */.dN(constants/* RunTests */.tn.env.job, result.jobName);
    core/* setFailed */.C1((0,failure/* failureMessage */.o)(result));
}
/** A cancelled run is deleted at once (the post step may never come), unless keep-namespace. */
async function cancelRun(clients, record, run, keep) {
    await (0,report/* writeTestRunRecord */.Mb)({
        ...record,
        ...(run ? { namespace: run.namespace, jobName: run.jobName } : {}),
        result: 'cancelled',
        message: 'tests cancelled while the Job ran',
        finishedAt: new Date().toISOString(),
    });
    if (run && !keep) {
        await cleanUp(clients, run);
        state/* runTestsState */.u.save({ cleanup: undefined });
    }
    core/* setFailed */.C1('tests cancelled while the Job ran');
    // The abandoned watch of the Job holds the event loop open; the runner's entry finishes its
    // bookkeeping in microtasks, before this runs.
    setImmediate(() => process.exit());
}
/** Post step: deletes a failed run's namespace (or Job) after collect-logs had its look. */
async function runTestsClusterPost() {
    const cleanup = state/* runTestsState */.u.read()?.cleanup;
    if (!cleanup)
        return;
    if (inJobsOwnKindCluster(cleanup)) {
        // Post steps run last-first: deleting here would take the failed Job from setup-kind's diagnostics.
        core/* info */.pq(`The run in ${cleanup.namespace} goes with kind cluster ${process.env[constants/* ENV_KIND_CLUSTER */.OT]}, ` +
            "which setup-kind's post step collects and then deletes.");
        return;
    }
    await cleanUp((0,client.loadKubeClients)(cleanup), cleanup);
}
/** The run used the cluster setup-kind made in this job (its KUBECONFIG), which dies with the job, and
 * no diagnostics were taken yet (collect-logs exports what it uploaded): setup-kind's post step takes them. */
function inJobsOwnKindCluster(cleanup) {
    if (!process.env[constants/* ENV_KIND_CLUSTER */.OT] || process.env[uploaded_artifacts/* UPLOADED_ARTIFACTS_ENV */.Z])
        return false;
    return cleanup.kubeconfig === undefined || cleanup.kubeconfig === process.env.KUBECONFIG;
}
async function cleanUp(clients, run) {
    try {
        await (0,test_job/* deleteTestJob */.j9)(clients, run);
        core/* info */.pq(run.createdNamespace
            ? `Deleted namespace ${run.namespace}`
            : `Deleted Job ${run.jobName} in ${run.namespace}`);
    }
    catch (error) {
        core/* warning */.$e(`Could not delete the test run in namespace ${run.namespace}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
function jobOptions(inputs) {
    return {
        image: inputs.image,
        command: inputs.command,
        args: inputs.args,
        env: inputs.env,
        envFrom: inputs.envFrom,
        serviceAccount: inputs.serviceAccount,
        resources: inputs.resources,
        nodeSelector: inputs.nodeSelector,
        workingDir: inputs.workingDirectory,
        manifestFile: inputs.jobManifest,
        testContainer: inputs.testContainer,
        namespace: inputs.namespace,
        runName: inputs.runName,
        name: inputs.name,
        timeoutMs: inputs.timeoutMs,
        unschedulableTimeoutMs: inputs.unschedulableTimeoutMs,
        reports: inputs.reports,
        reportsDir: inputs.reportsDir,
        logger: runner/* actionsLogger */.MV,
    };
}


/***/ }),

/***/ 90255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ failureMessage)
/* harmony export */ });
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25844);

/** Failing test names listed in the failure message; the job summary lists them all. */
const NAMED_FAILURES = 10;
/** The step's failure message: the outcome, then the names of the failing tests. */
function failureMessage(result) {
    const failures = result.summary?.failures ?? [];
    if (failures.length === 0)
        return result.message;
    const names = failures.slice(0, NAMED_FAILURES).map(_report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .failureName */ .W9);
    const more = failures.length > names.length ? ` and ${failures.length - names.length} more` : '';
    return `${result.message}. Failing tests: ${names.join(', ')}${more}`;
}


/***/ }),

/***/ 89375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ setRunOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70858);


/** The outputs both modes set from their result. */
function setRunOutputs(result) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .RunTests */ .tn.outputs.result, result.result);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .RunTests */ .tn.outputs.exitCode, result.exitCode === null ? '' : String(result.exitCode));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .RunTests */ .tn.outputs.duration, (result.durationMs / 1000).toFixed(1));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .RunTests */ .tn.outputs.reports, JSON.stringify(result.reports));
}


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

/***/ 31934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadKubeClients: () => (/* binding */ loadKubeClients)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57048);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/** Clients for the cluster a kubeconfig names: the given file, else $KUBECONFIG, else ~/.kube/config,
 * else the in-cluster service account. Nothing here is kind-specific. */
function loadKubeClients(options = {}) {
    const config = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    try {
        if (options.kubeconfig) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(options.kubeconfig)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`kubeconfig ${options.kubeconfig} does not exist: point it at your cluster's kubeconfig.`);
            }
            config.loadFromFile(options.kubeconfig);
        }
        else {
            config.loadFromDefault();
        }
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot read the kubeconfig: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    if (options.context) {
        if (!config.getContextObject(options.context)) {
            const known = config.getContexts().map((context) => context.name);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`kubeconfig has no context "${options.context}"; it has: ${known.join(', ') || 'none'}`);
        }
        config.setCurrentContext(options.context);
    }
    if (!config.getCurrentCluster()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('no cluster in the kubeconfig: run setup-kind first, or pass a kubeconfig.');
    }
    return {
        config,
        core: config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y),
        batch: config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .BatchV1Api */ .Q8C),
        apps: config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .AppsV1Api */ .eY6),
        context: config.getCurrentContext(),
    };
}


/***/ }),

/***/ 56127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ redactFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** Redacts a file in place (a JUnit report copied out of a test container); untouched when nothing matches. */
async function redactFile(file, redactor) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    const redacted = redactor.redact(text);
    if (redacted !== text)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, redacted);
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
