export const id = 957;
export const ids = [957];
export const modules = {

/***/ 10957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectLogsAction: () => (/* binding */ collectLogsAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/diagnostics/collect-and-upload.ts + 6 modules
var collect_and_upload = __webpack_require__(33489);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 12 modules
var runner = __webpack_require__(2136);
// EXTERNAL MODULE: ./src/diagnostics/bundle/index.ts + 7 modules
var bundle = __webpack_require__(83253);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
;// CONCATENATED MODULE: ./src/actions/collect-logs/inputs.ts




const names = constants/* CollectLogs */.Me.inputs;
function readCollectLogsInputs(env = process.env) {
    const problems = [];
    const read = (fn, fallback, fallbackText) => {
        try {
            return fn();
        }
        catch (error) {
            problems.push(`${(0,errors/* errorMessage */.gJ)(error)} Using ${fallbackText}.`);
            return fallback;
        }
    };
    const inputs = {
        environment: read(() => (0,runner/* stringInput */.Uj)(names.environment), undefined, 'the default environment') ??
            (env[constants/* ENV_ENVIRONMENT */.Mc]?.trim() || undefined),
        path: read(() => (0,runner/* stringInput */.Uj)(names.path), undefined, 'the default path'),
        artifactName: read(() => artifactNameInput(problems), undefined, 'the default name'),
        upload: read(() => (0,runner/* booleanInput */.tE)(names.upload, true), true, 'true'),
        retentionDays: read(() => optionalInteger(names.retentionDays), undefined, "the repository's retention"),
        matrix: read(() => matrixInput(problems), undefined, 'no matrix values in the name'),
        docker: read(() => (0,runner/* booleanInput */.tE)(names.docker, true), true, 'true'),
        when: read(whenInput, 'now', '"now"'),
    };
    return { inputs, problems };
}
function whenInput() {
    const value = (0,runner/* stringInput */.Uj)(names.when) ?? 'now';
    if (value === 'now' || value === 'job-failure')
        return value;
    throw new errors/* ConfigurationError */.j1(`Input "${names.when}" is "${value}"; write now or job-failure.`);
}
function artifactNameInput(problems) {
    const value = (0,runner/* stringInput */.Uj)(names.artifactName);
    if (value === undefined)
        return undefined;
    const clean = (0,bundle/* sanitizeArtifactName */.n_)(value);
    if (clean !== value) {
        problems.push(`Input "${names.artifactName}" is "${value}"; artifact names cannot hold " : < > | * ? \\ / or line breaks. Using "${clean}".`);
    }
    return clean;
}
function matrixInput(problems) {
    const value = (0,runner/* stringInput */.Uj)(names.matrix);
    if (value === undefined)
        return undefined;
    try {
        JSON.parse(value);
    }
    catch {
        problems.push(`Input "${names.matrix}" is not JSON; write \`matrix: \${{ toJSON(matrix) }}\`. Its text is used as one value of the artifact name.`);
    }
    return value;
}
/** At least 1: the artifact client reads 0 as "the repository's retention" and caps larger values at it. */
function optionalInteger(name) {
    return (0,runner/* stringInput */.Uj)(name) === undefined ? undefined : (0,runner/* integerInput */.$A)(name, 0, 1);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/kube/test-job/index.ts + 21 modules
var test_job = __webpack_require__(57736);
;// CONCATENATED MODULE: ./src/actions/collect-logs/kube-inputs.ts







const kube_inputs_names = constants/* CollectLogs */.Me.inputs;
/** Like readCollectLogsInputs: an invalid value is a problem (a warning) and its default is used. */
function readCollectLogsKubeInputs(env = process.env) {
    const problems = [];
    const read = (fn, fallback) => {
        try {
            return fn();
        }
        catch (error) {
            problems.push(`${(0,errors/* errorMessage */.gJ)(error)} Using the default.`);
            return fallback;
        }
    };
    const kubeconfig = read(() => (0,runner/* stringInput */.Uj)(kube_inputs_names.kubeconfig), undefined);
    const inputs = {
        kubernetes: read(() => kubernetesInput(kubeconfig, env, problems), false),
        kubeconfig,
        context: read(() => (0,runner/* stringInput */.Uj)(kube_inputs_names.context), undefined),
        namespaces: read(() => (0,runner/* listInput */.dt)(kube_inputs_names.namespaces), []),
        runNamespace: env[constants/* CollectLogs */.Me.env.namespace]?.trim() || undefined,
        run: (0,test_job/* testRunName */.B0)(env),
        selectors: read(selectorsInput, []),
        kindCluster: read(() => (0,runner/* stringInput */.Uj)(kube_inputs_names.kindCluster), undefined) ??
            (env[constants/* CollectLogs */.Me.env.kindCluster]?.trim() || undefined),
    };
    return { inputs, problems };
}
/** `auto` collects when there is a cluster to talk to: a kubeconfig input, $KUBECONFIG or ~/.kube/config. */
function kubernetesInput(kubeconfig, env, problems) {
    const value = (0,runner/* stringInput */.Uj)(kube_inputs_names.kubernetes)?.toLowerCase() ?? 'auto';
    if (value !== 'auto') {
        try {
            return (0,runner/* booleanInput */.tE)(kube_inputs_names.kubernetes, false);
        }
        catch {
            problems.push(`Input "${kube_inputs_names.kubernetes}" is "${value}"; write auto, true or false. Using auto.`);
        }
    }
    const home = env.HOME || external_node_os_default().homedir();
    return (kubeconfig !== undefined ||
        Boolean(env[constants/* CollectLogs */.Me.env.kubeconfig]?.trim()) ||
        (0,external_node_fs_.existsSync)(external_node_path_default().join(home, '.kube', 'config')));
}
/** One selector a line: a selector's own commas mean "and" (`app=api,tier=backend`). */
function selectorsInput() {
    return ((0,runner/* stringInput */.Uj)(kube_inputs_names.selectors) ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}

;// CONCATENATED MODULE: ./src/actions/collect-logs/state.ts

const collectLogsState = (0,runner/* actionState */.M3)('collect-logs');

;// CONCATENATED MODULE: ./src/actions/collect-logs/main.ts









/** Diagnostics never fail the job: every problem here, invalid inputs included, is a warning. */
async function collectLogsMain() {
    const { inputs } = readCollectLogsInputs();
    if (inputs.when === 'job-failure') {
        collectLogsState.save({ armed: true });
        core/* info */.pq('when: job-failure: diagnostics are collected at the end of the job, if it fails or is cancelled');
        return;
    }
    await collectNow();
}
/**
 * The post step runs only when the job failed or was cancelled (`post-if` in action.yml, evaluated by
 * the runner, which alone knows the fate of the user's own steps), and acts only when main was armed.
 */
async function collectLogsPost() {
    if (collectLogsState.read()?.armed)
        await collectNow();
}
async function collectNow() {
    try {
        const { inputs, problems } = readCollectLogsInputs();
        const { inputs: { kubernetes, ...kubeRequest }, problems: kubeProblems, } = readCollectLogsKubeInputs();
        for (const problem of [...problems, ...kubeProblems])
            core/* warning */.$e(problem);
        const result = await (0,collect_and_upload/* collectAndUpload */.V)({
            logger: runner/* actionsLogger */.MV,
            collectDocker: inputs.docker,
            environment: inputs.environment,
            kubernetes: kubernetes ? kubeRequest : undefined,
            matrix: inputs.matrix,
            artifactName: inputs.artifactName,
            path: inputs.path,
            upload: inputs.upload,
            retentionDays: inputs.retentionDays,
            writeSummary: runner/* writeJobSummary */.j7,
            redactor: runner/* stepSecrets */.aw,
        });
        core/* setOutput */.uH(constants/* CollectLogs */.Me.outputs.path, result.path);
        core/* setOutput */.uH(constants/* CollectLogs */.Me.outputs.artifactName, result.artifactName);
        core/* setOutput */.uH(constants/* CollectLogs */.Me.outputs.artifactId, result.artifactId === undefined ? '' : String(result.artifactId));
        // Told to later post steps, so they do not collect the same again; a failed upload is not, so that
        // a post step may try once more.
        const uploadFailed = inputs.upload && Boolean(process.env.ACTIONS_RUNTIME_TOKEN) && result.artifactId === undefined;
        if (!result.skipped && !uploadFailed) {
            const uploaded = process.env[collect_and_upload/* UPLOADED_ARTIFACTS_ENV */.Z];
            core/* exportVariable */.dN(collect_and_upload/* UPLOADED_ARTIFACTS_ENV */.Z, uploaded ? `${uploaded}\n${result.artifactName}` : result.artifactName);
        }
    }
    catch (error) {
        core/* warning */.$e(`collect-logs: ${(0,errors/* errorMessage */.gJ)(error)}`);
        if (error instanceof Error && error.stack)
            core/* debug */.Yz(error.stack);
    }
}

;// CONCATENATED MODULE: ./src/actions/collect-logs/index.ts

const collectLogsAction = { main: collectLogsMain, post: collectLogsPost };


/***/ })

};
