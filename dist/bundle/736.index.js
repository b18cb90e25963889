export const id = 736;
export const ids = [736];
export const modules = {

/***/ 84005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ apiErrorMessage),
/* harmony export */   c: () => (/* binding */ isNotFound)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57048);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


function isNotFound(error) {
    return error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4 && error.code === 404;
}
/** The API server's own message (`jobs.batch "x" is forbidden: ...`) rather than the client's wrapper text. */
function apiErrorMessage(error) {
    if (error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4) {
        const body = error.body;
        const parsed = typeof body === 'string' ? safeJson(body) : body;
        const message = parsed?.message;
        if (typeof message === 'string' && message)
            return `${message} (HTTP ${error.code})`;
        return `HTTP ${error.code}`;
    }
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return { message: text };
    }
}


/***/ }),

/***/ 69246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ deleteNamespace),
/* harmony export */   YX: () => (/* binding */ createNamespace),
/* harmony export */   gC: () => (/* binding */ runNamespaceName),
/* harmony export */   vc: () => (/* binding */ requireNamespace)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84005);



const MAX_NAME = 63;
/** `inception-<run>-<random>`: a DNS label, unique per run even when the run name repeats. */
function runNamespaceName(run, random = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')) {
    const suffix = `-${random}`;
    const cleaned = (run ?? '')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    const prefix = cleaned ? `inception-${cleaned}` : 'inception';
    return `${prefix.slice(0, MAX_NAME - suffix.length).replace(/-+$/, '')}${suffix}`;
}
async function createNamespace(core, name, labels) {
    await core.createNamespace({ body: { metadata: { name, labels } } });
}
/** A namespace we were told to use must exist: we neither create nor delete it. */
async function requireNamespace(core, name) {
    try {
        await core.readNamespace({ name });
    }
    catch (error) {
        if ((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c)(error)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Namespace "${name}" does not exist; create it first, or leave the namespace unset to get one per run.`);
        }
        throw error;
    }
}
/** Starts the deletion (the namespace then terminates in the background); a missing namespace is fine. */
async function deleteNamespace(core, name) {
    try {
        await core.deleteNamespace({ name });
    }
    catch (error) {
        if (!(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c)(error))
            throw error;
    }
}


/***/ }),

/***/ 57736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S8: () => (/* reexport */ ContainerLogFollower),
  x1: () => (/* reexport */ DEFAULT_UNSCHEDULABLE_TIMEOUT_MS),
  j9: () => (/* reexport */ deleteTestJob),
  fJ: () => (/* reexport */ runTestJob),
  B0: () => (/* reexport */ testRunName),
  lJ: () => (/* reexport */ testRunSelector)
});

// EXTERNAL MODULE: ./src/kube/api-errors.ts
var api_errors = __webpack_require__(84005);
// EXTERNAL MODULE: ./src/kube/namespace.ts
var kube_namespace = __webpack_require__(69246);
;// CONCATENATED MODULE: ./src/kube/test-job/cleanup.ts


/**
 * Deletes what a run created: its namespace when it made one, else only its Job and pods. The deletion
 * finishes in the background. Call it after diagnostics, or on success.
 */
async function deleteTestJob(clients, run) {
    if (run.createdNamespace) {
        await (0,kube_namespace/* deleteNamespace */.BK)(clients.core, run.namespace);
        return;
    }
    if (!run.jobName)
        return;
    try {
        await clients.batch.deleteNamespacedJob({
            name: run.jobName,
            namespace: run.namespace,
            propagationPolicy: 'Background',
        });
    }
    catch (error) {
        if (!(0,api_errors/* isNotFound */.c)(error))
            throw error;
    }
}

;// CONCATENATED MODULE: ./src/kube/test-job/options.ts
const DEFAULT_JOB_NAME = 'inception-tests';
const DEFAULT_UNSCHEDULABLE_TIMEOUT_MS = 2 * 60_000;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/format/format-duration.ts
var format_duration = __webpack_require__(3619);
// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var report = __webpack_require__(8517);
;// CONCATENATED MODULE: ./src/kube/test-job/manifest/manifest.ts

const TEST_CONTAINER = 'tests';
/**
 * The Job for a test image given field by field: one attempt (backoffLimit 0, restartPolicy Never), kept
 * after it finishes (no ttlSecondsAfterFinished) so its pod can be inspected. Name, namespace, labels,
 * deadline and the reports keeper are added by `prepareTestJob`.
 */
function buildTestJob(spec) {
    if (!spec.image)
        throw new errors/* ConfigurationError */.j1('No test image: give an image or a Job manifest file.');
    const env = Object.entries(spec.env ?? {}).map(([name, value]) => ({ name, value }));
    const envFrom = (spec.envFrom ?? []).map(envFromSource);
    const container = {
        name: TEST_CONTAINER,
        image: spec.image,
        ...(spec.command?.length ? { command: spec.command } : {}),
        ...(spec.args?.length ? { args: spec.args } : {}),
        ...(env.length ? { env } : {}),
        ...(envFrom.length ? { envFrom } : {}),
        // A manifest holds only the fields that are set: it is what `describe` and a person read back.
        ...(spec.resources ? { resources: spec.resources } : {}),
        ...(spec.workingDir ? { workingDir: spec.workingDir } : {}),
    };
    return {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: {},
        spec: {
            backoffLimit: 0,
            template: {
                metadata: {},
                spec: {
                    restartPolicy: 'Never',
                    ...(spec.serviceAccount ? { serviceAccountName: spec.serviceAccount } : {}),
                    ...(spec.nodeSelector && Object.keys(spec.nodeSelector).length
                        ? { nodeSelector: spec.nodeSelector }
                        : {}),
                    containers: [container],
                },
            },
        },
    };
}
function envFromSource(source) {
    return source.kind === 'secret'
        ? { secretRef: { name: source.name } }
        : { configMapRef: { name: source.name } };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/kube/test-job/manifest/manifest-file.ts



/** The one batch/v1 Job in a YAML file (other documents, e.g. a ConfigMap, are not applied). */
async function readJobManifest(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Job manifest ${path} cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return parseJobManifest(text, path);
}
function parseJobManifest(text, where) {
    const objects = [];
    for (const document of (0,dist/* parseAllDocuments */.hR)(text)) {
        if (document.errors.length > 0) {
            throw new errors/* ConfigurationError */.j1(`Job manifest ${where} is not valid YAML: ${document.errors[0]?.message}`);
        }
        const value = document.toJS();
        if (value !== null && value !== undefined)
            objects.push(value);
    }
    const jobs = objects.filter((value) => typeof value === 'object' && value.kind === 'Job');
    if (jobs.length !== 1) {
        throw new errors/* ConfigurationError */.j1(`Job manifest ${where} must hold exactly one object of kind Job; it holds ${jobs.length}.`);
    }
    const job = jobs[0];
    if (job.apiVersion !== 'batch/v1') {
        throw new errors/* ConfigurationError */.j1(`Job manifest ${where}: apiVersion is "${String(job.apiVersion)}"; write batch/v1.`);
    }
    return job;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/shared/files/glob.ts
var glob = __webpack_require__(93163);
;// CONCATENATED MODULE: ./src/kube/test-job/manifest/reports-keeper.ts



const KEEPER_CONTAINER = 'inception-reports';
const REPORTS_VOLUME = 'inception-reports';
/** Created in the reports folder once the reports are copied; the keeper then exits and the pod completes. */
const COLLECTED_MARKER = '.inception-collected';
/**
 * The folder a reports pattern lives in: everything before the first glob segment (`/reports/**\/*.xml` ->
 * `/reports`); a plain path names a file when its last segment has an extension, else a folder.
 */
function reportsLocation(reports, workingDir) {
    if (!external_node_path_.posix.isAbsolute(reports) && !workingDir) {
        throw new errors/* ConfigurationError */.j1(`reports "${reports}" is relative and no working directory is set; give an absolute path in the test container, e.g. /reports/*.xml.`);
    }
    const pattern = external_node_path_.posix.normalize(external_node_path_.posix.isAbsolute(reports) ? reports : external_node_path_.posix.join(workingDir ?? '/', reports));
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex(glob/* hasGlob */.b);
    let directory;
    if (firstGlob !== -1)
        directory = segments.slice(0, firstGlob).join('/');
    else if (pattern.endsWith('/') || external_node_path_.posix.extname(pattern) === '')
        directory = pattern;
    else
        directory = external_node_path_.posix.dirname(pattern);
    directory = directory.replace(/\/+$/, '');
    if (directory === '') {
        throw new errors/* ConfigurationError */.j1(`reports "${reports}" would share the container's root folder; write the reports into a folder of their own, e.g. /reports/*.xml.`);
    }
    return { pattern, directory };
}
/**
 * Gives the pod a keeper container that shares the reports folder with the test container and waits, up to
 * `maxWaitSeconds`, for the marker: the reports stay readable after the test container exits. The test
 * container's own volume at that folder is shared when it has one, else an emptyDir is added.
 */
function addReportsKeeper(pod, testContainer, directory, maxWaitSeconds) {
    if ([...pod.containers, ...(pod.initContainers ?? [])].some((c) => c.name === KEEPER_CONTAINER)) {
        throw new errors/* ConfigurationError */.j1(`The Job already has a container named "${KEEPER_CONTAINER}"; that name is reserved for the reports keeper.`);
    }
    const own = testContainer.volumeMounts?.find((mount) => external_node_path_.posix.normalize(mount.mountPath).replace(/(.)\/+$/, '$1') === directory);
    let volume = own?.name;
    if (!volume) {
        volume = REPORTS_VOLUME;
        if (pod.volumes?.some((v) => v.name === volume)) {
            throw new errors/* ConfigurationError */.j1(`The Job already has a volume named "${REPORTS_VOLUME}"; that name is reserved for the reports folder.`);
        }
        pod.volumes = [...(pod.volumes ?? []), { name: volume, emptyDir: {} }];
        testContainer.volumeMounts = [
            ...(testContainer.volumeMounts ?? []),
            { name: volume, mountPath: directory },
        ];
    }
    pod.containers.push({
        name: KEEPER_CONTAINER,
        image: testContainer.image,
        ...(testContainer.imagePullPolicy ? { imagePullPolicy: testContainer.imagePullPolicy } : {}),
        command: [
            'sh',
            '-c',
            'i=0; until [ -f "$1/$2" ] || [ "$i" -ge "$3" ]; do sleep 1; i=$((i+1)); done',
            'keeper',
            directory,
            COLLECTED_MARKER,
            String(maxWaitSeconds),
        ],
        volumeMounts: [{ name: volume, mountPath: directory }],
        // Same user and restrictions as the tests: it can read their files and passes the same admission checks.
        ...(testContainer.securityContext ? { securityContext: testContainer.securityContext } : {}),
        resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
    });
}

;// CONCATENATED MODULE: ./src/kube/test-job/manifest/prepare.ts


/** How long the keeper waits for the copy after the deadline, should this run's process be gone by then. */
const KEEPER_GRACE_SECONDS = 600;
/**
 * Puts a Job (built or read from the user's file) in our namespace with our labels, as one attempt within
 * the deadline, and adds the reports keeper. Changes and returns the given object.
 */
function prepareTestJob(job, placement) {
    const pod = job.spec?.template?.spec;
    if (!job.spec || !pod || !pod.containers?.length) {
        throw new errors/* ConfigurationError */.j1('The Job has no containers (spec.template.spec.containers is empty).');
    }
    const test = findTestContainer(pod.containers, placement.testContainer);
    const metadata = job.metadata ?? {};
    const name = placement.name ?? metadata.name;
    job.metadata = {
        ...metadata,
        name,
        namespace: placement.namespace,
        labels: { ...metadata.labels, ...placement.labels },
    };
    if (!job.metadata.name && !job.metadata.generateName) {
        throw new errors/* ConfigurationError */.j1('The Job has neither metadata.name nor metadata.generateName.');
    }
    const template = job.spec.template;
    template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, ...placement.labels } };
    // One run is one attempt: the first time the test container ends decides the result.
    job.spec.backoffLimit = 0;
    const own = job.spec.activeDeadlineSeconds;
    job.spec.activeDeadlineSeconds = own && own < placement.deadlineSeconds ? own : placement.deadlineSeconds;
    if (placement.reports) {
        addReportsKeeper(pod, test, placement.reports.directory, job.spec.activeDeadlineSeconds + KEEPER_GRACE_SECONDS);
    }
    return {
        job,
        testContainer: test.name,
        ...(placement.reports ? { keeperContainer: KEEPER_CONTAINER } : {}),
    };
}
function findTestContainer(containers, name) {
    if (name === undefined)
        return containers[0];
    const found = containers.find((container) => container.name === name);
    if (!found) {
        throw new errors/* ConfigurationError */.j1(`The Job has no container named "${name}"; its containers are: ${containers.map((c) => c.name).join(', ')}.`);
    }
    return found;
}

// EXTERNAL MODULE: ./src/shard/index.ts + 18 modules
var src_shard = __webpack_require__(27396);
;// CONCATENATED MODULE: ./src/kube/test-job/manifest/shard-selection.ts


const SHARD_VOLUME = 'inception-shard';
const SINGLE_KEY = src_shard/* SHARD_FILES_PATH */.rO.slice(src_shard/* SHARD_FILES_DIR */.ph.length + 1);
/** The ConfigMap key of shard `n`'s file list in an Indexed Job. */
function shardKey(shard) {
    return `shard-${shard}.txt`;
}
/**
 * Gives one pod its selection: the variables, the list's file from a ConfigMap (`configMap`, made by the
 * caller from `selectionConfigMap`) and, if asked, the files appended to its arguments.
 */
function applySelection(prepared, choice, configMap) {
    const test = testContainer(prepared);
    if (choice.indexed)
        return applyIndexed(prepared.job, test, choice.indexed, choice.appendFiles ?? false, configMap);
    const { selection } = choice;
    if (!selection)
        return;
    addEnv(test, (0,src_shard/* selectionVariables */.iD)(selection));
    if (selection.files === undefined)
        return;
    mountList(prepared.job, test, configMap);
    if (choice.appendFiles) {
        if (test.args?.length || !test.command?.length)
            test.args = [...(test.args ?? []), ...selection.files];
        else
            test.command = [...test.command, ...selection.files];
    }
}
/** The ConfigMap holding the file lists, or undefined when the pods need none. */
function selectionConfigMap(choice, name, job) {
    let data;
    if (choice.indexed?.plan) {
        const { plan } = choice.indexed;
        data = Object.fromEntries(plan.shards.map((shard) => [shardKey(shard.shard), (0,src_shard/* shardFilesText */.VY)(shard.files)]));
    }
    else if (!choice.indexed && choice.selection?.files) {
        data = { [SINGLE_KEY]: (0,src_shard/* shardFilesText */.VY)(choice.selection.files) };
    }
    if (!data)
        return undefined;
    return {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
            name,
            labels: { ...job.metadata?.labels },
            // Goes with the Job, also when only the Job (not the namespace) is deleted.
            ownerReferences: [
                {
                    apiVersion: 'batch/v1',
                    kind: 'Job',
                    name: job.metadata?.name ?? '',
                    uid: job.metadata?.uid ?? '',
                },
            ],
        },
        immutable: true,
        data,
    };
}
/**
 * Every pod of the Job runs its own shard: completion index i is shard i+1. A failed pod fails its index
 * alone (backoffLimitPerIndex 0), so the other shards still run to their end and report.
 */
function applyIndexed(job, test, indexed, appendFiles, configMap) {
    if (!test.command?.length) {
        throw new errors/* ConfigurationError */.j1(`Shards in cluster mode wrap the test container's command to pick each pod's shard, but container ${test.name} has none: give "command" (e.g. command: npm test), or a command in your Job manifest. The image needs /bin/sh.`);
    }
    const spec = job.spec;
    spec.completionMode = 'Indexed';
    spec.completions = indexed.shards;
    spec.parallelism = indexed.parallelism;
    spec.backoffLimitPerIndex = 0;
    // backoffLimit 0 would end the whole Job at the first failed pod; per index is what counts here.
    delete spec.backoffLimit;
    addEnv(test, { [src_shard/* SHARD_ENV */.Tg.count]: String(indexed.shards) });
    if (indexed.plan)
        mountList(job, test, configMap);
    test.command = [
        '/bin/sh',
        '-c',
        shardWrapper(Boolean(indexed.plan), appendFiles),
        'inception-shard',
        ...test.command,
        ...(test.args ?? []),
    ];
    delete test.args;
}
/**
 * The pod's shard from JOB_COMPLETION_INDEX; with a plan, its files from the ConfigMap's list, as
 * variables and (when asked) as arguments; a shard without files exits 0 at once. POSIX sh only: the
 * `while read` loop runs in this shell (its input is a redirection, not a pipe), so `set --` sticks.
 */
function shardWrapper(withPlan, appendFiles) {
    const lines = [
        'i="${JOB_COMPLETION_INDEX:?is not set: this is not a pod of an Indexed Job}"',
        'n=$((i + 1))',
        `export ${src_shard/* SHARD_ENV */.Tg.shard}="$n"`,
    ];
    if (withPlan) {
        lines.push(`f="${src_shard/* SHARD_FILES_DIR */.ph}/shard-$n.txt"`, `export ${src_shard/* SHARD_ENV */.Tg.filesPath}="$f"`, 'files=', 'if [ -f "$f" ]; then', '  while IFS= read -r line || [ -n "$line" ]; do', '    [ -n "$line" ] || continue', '    files="${files:+$files }$line"', ...(appendFiles ? ['    set -- "$@" "$line"'] : []), '  done < "$f"', 'fi', `export ${src_shard/* SHARD_ENV */.Tg.files}="$files"`, `if [ -z "$files" ]; then echo "inception: shard $n of $${src_shard/* SHARD_ENV */.Tg.count} has no test files; nothing to run."; exit 0; fi`);
    }
    lines.push('exec "$@"');
    return lines.join('\n');
}
function mountList(job, test, configMap) {
    const pod = job.spec?.template?.spec;
    if (!pod)
        return;
    if (pod.volumes?.some((volume) => volume.name === SHARD_VOLUME)) {
        throw new errors/* ConfigurationError */.j1(`The Job already has a volume named "${SHARD_VOLUME}"; that name is reserved for the shard's file list.`);
    }
    pod.volumes = [...(pod.volumes ?? []), { name: SHARD_VOLUME, configMap: { name: configMap } }];
    test.volumeMounts = [
        ...(test.volumeMounts ?? []),
        { name: SHARD_VOLUME, mountPath: src_shard/* SHARD_FILES_DIR */.ph, readOnly: true },
    ];
}
/** Ours come first: a variable the user set on the container wins, as in container mode. */
function addEnv(container, variables) {
    const own = new Set((container.env ?? []).map((variable) => variable.name));
    const added = Object.entries(variables)
        .filter(([name]) => !own.has(name))
        .map(([name, value]) => ({ name, value }));
    container.env = [...added, ...(container.env ?? [])];
}
function testContainer(prepared) {
    const containers = prepared.job.spec?.template?.spec?.containers ?? [];
    return containers.find((container) => container.name === prepared.testContainer);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 828 modules
var client_node_dist = __webpack_require__(57048);
;// CONCATENATED MODULE: ./src/kube/pod-exec.ts


/** Runs a command in a running container over the exec websocket, its stdout into `stdout`. */
async function execInContainer(config, target, command, stdout = new external_node_stream_.PassThrough().resume()) {
    const stderrChunks = [];
    const stderr = new external_node_stream_.PassThrough();
    stderr.on('data', (chunk) => stderrChunks.push(chunk));
    let status;
    const socket = await new client_node_dist/* Exec */.WoD(config).exec(target.namespace, target.pod, target.container, command, stdout, stderr, null, false, (received) => {
        status = received;
    });
    await new Promise((resolve, reject) => {
        socket.on('close', () => resolve());
        socket.on('error', reject);
    });
    if (!stdout.writableEnded)
        stdout.end();
    const stderrText = Buffer.concat(stderrChunks).toString('utf8');
    if (status?.status === 'Success')
        return { exitCode: 0, stderr: stderrText };
    const code = status?.details?.causes?.find((cause) => cause.reason === 'ExitCode')?.message;
    return {
        exitCode: code !== undefined && /^\d+$/.test(code) ? Number(code) : -1,
        stderr: stderrText,
        message: status?.message ?? 'the exec stream closed without a status',
    };
}

;// CONCATENATED MODULE: ./src/kube/test-job/reports.ts







/**
 * Copies the reports matching the pattern out of the keeper container (`tar c` over exec) into
 * `destination`. Missing reports are a warning.
 */
async function copyReportsFromPod(config, keeper, location, destination, logger) {
    const { pattern, directory } = location;
    const isReport = (0,report/* reportMatcher */.pt)(pattern);
    const { reader, copied } = await (0,report/* reportExtractor */.f3)({
        root: directory,
        matches: (path) => (0,external_node_path_.basename)(path) !== COLLECTED_MARKER && isReport(path),
        destination,
    });
    const archive = new external_node_stream_.PassThrough();
    const extracted = (0,external_node_stream_promises_.pipeline)(archive, reader);
    extracted.catch(() => undefined);
    let result;
    try {
        result = await execInContainer(config, keeper, ['tar', 'cf', '-', '-C', directory, '.'], archive);
    }
    catch (error) {
        archive.destroy();
        logger.warn(`Test reports could not be copied from ${directory}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return copied;
    }
    if (result.exitCode !== 0) {
        const why = result.stderr.trim() || result.message || `tar exited with ${result.exitCode}`;
        logger.warn(`Test reports could not be copied from ${directory} (the keeper runs sh and tar): ${why}`);
        return copied;
    }
    try {
        await extracted;
    }
    catch (error) {
        logger.warn(`Test reports from ${directory} could not be unpacked: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (copied.length === 0)
        logger.warn(`No test reports matched ${pattern} in the test pod.`);
    else
        logger.info(`Copied ${copied.length} report${copied.length === 1 ? '' : 's'} to ${destination}`);
    return copied;
}
/** Lets the keeper exit, so the pod and then the Job complete. */
async function releaseKeeper(config, keeper, directory) {
    const result = await execInContainer(config, keeper, [
        'sh',
        '-c',
        ': > "$1/$2"',
        'release',
        directory,
        COLLECTED_MARKER,
    ]);
    if (result.exitCode !== 0)
        throw new Error(result.stderr.trim() || result.message || `exit code ${result.exitCode}`);
}

;// CONCATENATED MODULE: ./src/kube/test-job/watch/run-observer.ts

/** Waiting reasons that will not resolve by waiting (the kubelet retries them, but the run is lost). */
const IMAGE_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
const START_REASONS = new Set(['CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);
/** The kubelet reports passing start errors too ("failed to sync secret cache"); only a missing object is
 * final at once, anything else must last this long. */
const START_ERROR_GRACE_MS = 10_000;
/**
 * Reads the state of one test run from its Job and pods; remembers since when each pod is unschedulable.
 * Deadline first (a killed test container is a timeout, not a failure), then the test container's own
 * end, then the Job's conclusion, then what keeps the pod from running.
 */
class JobRunObserver {
    testContainer;
    unschedulableTimeoutMs;
    unschedulableSince = new Map();
    startBlockedSince = new Map();
    constructor(testContainer, unschedulableTimeoutMs) {
        this.testContainer = testContainer;
        this.unschedulableTimeoutMs = unschedulableTimeoutMs;
    }
    observe(job, pods, now) {
        const pod = newest(pods);
        const failed = condition(job, 'Failed') ?? condition(job, 'FailureTarget');
        if (failed?.reason === 'DeadlineExceeded') {
            const deadline = job.spec?.activeDeadlineSeconds;
            const limit = deadline === undefined ? '' : ` of ${(0,format_duration/* formatDuration */.a)(deadline * 1000)}`;
            return {
                kind: 'timed-out',
                pod,
                message: `the Job's deadline${limit} passed (DeadlineExceeded): ${failed.message ?? 'the pod was stopped'}`,
            };
        }
        const test = pod ? containerStatus(pod, this.testContainer) : undefined;
        const terminated = test?.state?.terminated;
        if (terminated) {
            return {
                kind: 'terminated',
                pod,
                exitCode: terminated.exitCode,
                reason: terminated.reason,
            };
        }
        if (condition(job, 'Complete'))
            return { kind: 'terminated', pod, exitCode: 0 };
        if (failed) {
            return {
                kind: 'error',
                pod,
                message: `the Job failed before the tests ended: ${failed.reason ?? 'Failed'}: ${failed.message ?? ''}`.trim(),
            };
        }
        if (!pod)
            return { kind: 'pending', note: 'waiting for the Job to create its pod' };
        const blocked = this.blocked(pod, now);
        if (blocked)
            return blocked;
        if (test?.state?.running)
            return { kind: 'running', pod };
        const note = this.waitingNote(pod);
        return { kind: 'pending', pod, note };
    }
    /** Init containers first (they run first), then the test container: its problem is the one to name. */
    statuses(pod) {
        const containers = pod.status?.containerStatuses ?? [];
        return [
            ...(pod.status?.initContainerStatuses ?? []),
            ...containers.filter((status) => status.name === this.testContainer),
            ...containers.filter((status) => status.name !== this.testContainer),
        ];
    }
    waitingNote(pod) {
        const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
        if (scheduled?.status === 'False') {
            return `unschedulable: ${scheduled.message ?? scheduled.reason ?? ''}`.trim();
        }
        const waiting = this.statuses(pod).find((status) => status.state?.waiting?.reason);
        if (waiting)
            return `${waiting.name}: ${waiting.state?.waiting?.reason}`;
        return pod.status?.phase;
    }
    blocked(pod, now) {
        const name = pod.metadata?.name ?? '';
        for (const status of this.statuses(pod)) {
            const waiting = status.state?.waiting;
            if (!waiting?.reason)
                continue;
            const detail = waiting.message ? `: ${waiting.message}` : '';
            if (IMAGE_REASONS.has(waiting.reason)) {
                return {
                    kind: 'error',
                    pod,
                    message: `image "${status.image}" of container ${status.name} cannot be pulled (${waiting.reason})${detail}`,
                };
            }
            if (START_REASONS.has(waiting.reason)) {
                const key = `${name}/${status.name}`;
                const since = this.startBlockedSince.get(key) ?? now;
                this.startBlockedSince.set(key, since);
                if (!/not found/i.test(waiting.message ?? '') && now - since < START_ERROR_GRACE_MS)
                    continue;
                return {
                    kind: 'error',
                    pod,
                    message: `container ${status.name} cannot start (${waiting.reason})${detail}`,
                };
            }
            if (waiting.reason === 'CrashLoopBackOff') {
                const last = status.lastState?.terminated;
                const code = last ? `, last exit code ${last.exitCode}` : '';
                return {
                    kind: 'error',
                    pod,
                    message: `container ${status.name} keeps crashing (CrashLoopBackOff, ${status.restartCount} restarts${code})`,
                };
            }
        }
        if (pod.status?.phase === 'Failed') {
            return {
                kind: 'error',
                pod,
                message: `pod ${name} failed (${pod.status.reason ?? 'Failed'}): ${pod.status.message ?? 'no message'}`,
            };
        }
        const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
        if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
            const since = this.unschedulableSince.get(name) ?? now;
            this.unschedulableSince.set(name, since);
            if (now - since >= this.unschedulableTimeoutMs) {
                return {
                    kind: 'error',
                    pod,
                    message: `pod ${name} is unschedulable: no node took it within ${(0,format_duration/* formatDuration */.a)(this.unschedulableTimeoutMs)} ` +
                        `(the unschedulable timeout): ${scheduled.message ?? 'no message from the scheduler'}`,
                };
            }
        }
        else
            this.unschedulableSince.delete(name);
        return undefined;
    }
}
/**
 * Whether the Job's conditions can tell more than these pods: not while the newest pod runs the tests and
 * is not being deleted, since what ends a running Job (its deadline, a suspension, its deletion) deletes
 * that pod too. The watch reads the Job only then, and now and again besides.
 */
function jobMayDecide(pods, testContainer) {
    const pod = newest(pods);
    return (!pod || Boolean(pod.metadata?.deletionTimestamp) || !containerStatus(pod, testContainer)?.state?.running);
}
function condition(job, type) {
    return job.status?.conditions?.find((c) => c.type === type && c.status === 'True');
}
function containerStatus(pod, name) {
    return pod.status?.containerStatuses?.find((status) => status.name === name);
}
/** The Job's latest pod: a replacement pod (e.g. after an eviction) is the one that matters. */
function newest(pods) {
    return [...pods].sort((a, b) => time(b) - time(a) || (b.metadata?.name ?? '').localeCompare(a.metadata?.name ?? ''))[0];
}
function time(pod) {
    const created = pod.metadata?.creationTimestamp;
    return created ? new Date(created).getTime() : 0;
}

;// CONCATENATED MODULE: ./src/kube/test-job/pod-end.ts



/** How long the log may take to arrive after the test container ended. */
const LOG_DRAIN_MS = 10_000;
/** After a timeout the pod is being killed: what was not logged by then is left to diagnostics. */
const TIMEOUT_LOG_DRAIN_MS = 2000;
/** How long to wait for the Job's Complete/Failed condition once the pod was let go. */
const JOB_END_WAIT_MS = 20_000;
/** Waits up to `ms` for the follower to have printed the whole log, then stops it. */
async function drainLog(follower, ms) {
    if (!follower)
        return;
    let timer;
    await Promise.race([follower.done, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
    follower.stop();
}
/** Copies the reports while the keeper still runs, then lets it go. After a timeout the pod is being
 * stopped, but the keeper lives through its grace period: the reports written so far are still worth having. */
async function collectReports(clients, pod, keeperContainer, location, reportsDir, logger) {
    const name = pod.metadata?.name ?? '';
    const current = await clients.core.readNamespacedPod({ name, namespace: pod.metadata?.namespace ?? '' });
    const keeper = containerStatus(current, keeperContainer)?.state;
    if (!keeper?.running) {
        const why = keeper?.terminated
            ? `it ended (${keeper.terminated.reason ?? `exit code ${keeper.terminated.exitCode}`}${keeper.terminated.message ? `: ${keeper.terminated.message.trim()}` : ''})`
            : 'it is not running';
        logger.warn(`Test reports cannot be copied: the keeper container ${keeperContainer} shares them, but ${why}. ` +
            "Its image (the test image) needs sh and tar; set reports to '' for images without them.");
        return [];
    }
    const target = { namespace: current.metadata?.namespace ?? '', pod: name, container: keeperContainer };
    const reports = await copyReportsFromPod(clients.config, target, location, reportsDir, logger);
    await releaseKeeper(clients.config, target, location.directory).catch((error) => logger.warn(`The keeper container could not be released (the Job ends at its deadline): ${(0,api_errors/* apiErrorMessage */.Q)(error)}`));
    return reports;
}
async function waitForJobEnd(clients, namespace, name) {
    const until = Date.now() + JOB_END_WAIT_MS;
    while (Date.now() < until) {
        const job = await clients.batch.readNamespacedJob({ name, namespace }).catch(() => undefined);
        if (job && (condition(job, 'Complete') || condition(job, 'Failed')))
            return;
        await new Promise((resolve) => setTimeout(resolve, 1000));
    }
}

;// CONCATENATED MODULE: ./src/kube/test-job/watch/message.ts

/** One sentence on the outcome, for the log, the failure annotation and the summary. */
function testJobMessage(state, durationMs) {
    const took = (0,format_duration/* formatDuration */.a)(durationMs);
    switch (state.kind) {
        case 'terminated': {
            if (state.exitCode === 0)
                return `tests passed in ${took}`;
            const reason = state.reason && state.reason !== 'Error' ? ` (${state.reason})` : '';
            return `tests failed: the test container exited with code ${state.exitCode}${reason} after ${took}`;
        }
        case 'timed-out':
            return `tests timed out after ${took}: ${state.message}`;
        case 'error':
            return `tests did not run to an end: ${state.message}`;
    }
}

;// CONCATENATED MODULE: ./src/kube/test-job/watch/events.ts
/**
 * Why the Job controller could not create the pod (quota, admission such as Pod Security, a missing
 * service account), from the Job's FailedCreate events; undefined when there is none.
 */
async function jobCreateFailure(core, namespace, jobName) {
    const events = await core.listNamespacedEvent({
        namespace,
        fieldSelector: `involvedObject.kind=Job,involvedObject.name=${jobName},reason=FailedCreate`,
    });
    const latest = events.items.at(-1);
    return latest?.message;
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/shared/format/timestamp.ts
var timestamp = __webpack_require__(46125);
;// CONCATENATED MODULE: ./src/kube/test-job/watch/log-lines.ts

/** Whole seconds, as the API's `sinceTime` takes them. */
function sinceTime(nanos) {
    return new Date(Number(nanos / 1000000000n) * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}
/**
 * Strips the timestamp the API puts before every log line (`timestamps=true`) and drops lines not newer
 * than `after`, so a reconnected stream starting at a whole second repeats nothing. Text after the
 * timestamp passes through at once, before its line ends: progress output stays live.
 */
class TimestampedLog {
    /** The latest timestamp printed. */
    last;
    head = '';
    atLineStart = true;
    skipping = false;
    constructor(after) {
        this.last = after;
    }
    push(chunk) {
        let out = '';
        let i = 0;
        while (i < chunk.length) {
            if (this.atLineStart) {
                const space = chunk.indexOf(' ', i);
                const newline = chunk.indexOf('\n', i);
                if (space === -1 && newline === -1) {
                    this.head += chunk.slice(i);
                    break;
                }
                const end = space === -1 || (newline !== -1 && newline < space) ? newline : space;
                const head = this.head + chunk.slice(i, end);
                this.head = '';
                this.atLineStart = false;
                const nanos = (0,timestamp/* timestampNanos */.uL)(head);
                if (nanos === undefined) {
                    this.skipping = false;
                    out += head;
                    i = end;
                    continue;
                }
                this.skipping = this.last !== undefined && nanos <= this.last;
                if (!this.skipping)
                    this.last = nanos;
                i = end === space ? end + 1 : end;
                continue;
            }
            const newline = chunk.indexOf('\n', i);
            const stop = newline === -1 ? chunk.length : newline + 1;
            if (!this.skipping)
                out += chunk.slice(i, stop);
            i = stop;
            if (newline !== -1)
                this.atLineStart = true;
        }
        return out;
    }
    /** What is left when the stream ends: a line start too short to hold a timestamp. */
    end() {
        const rest = this.head;
        this.head = '';
        return rest;
    }
}

;// CONCATENATED MODULE: ./src/kube/test-job/watch/log-follow.ts





/** One reconnect after a stream that ends while the container still runs (API server or kubelet restart). */
const CONNECTIONS = 2;
/**
 * Follows a started container's log into `logger.output`, from its first line to its last. When the
 * stream ends, `hasEnded` says whether the container did; if not, the stream dropped and is opened once
 * more from the last line seen. Resolves when the log is complete or cannot be read further; never throws.
 */
class ContainerLogFollower {
    config;
    target;
    logger;
    hasEnded;
    lines = new TimestampedLog();
    controller;
    stopped = false;
    done;
    constructor(config, target, logger, hasEnded) {
        this.config = config;
        this.target = target;
        this.logger = logger;
        this.hasEnded = hasEnded;
        this.done = this.run();
    }
    /** Stops following, e.g. when the pod is being deleted after a timeout. */
    stop() {
        this.stopped = true;
        this.controller?.abort();
    }
    async run() {
        for (let connection = 1; connection <= CONNECTIONS && !this.stopped; connection++) {
            let failure;
            try {
                await this.follow();
            }
            catch (error) {
                failure = (0,api_errors/* apiErrorMessage */.Q)(error);
            }
            if (this.stopped || (await this.hasEnded().catch(() => false)))
                return;
            const why = failure ? `failed (${failure})` : 'ended while the container still runs';
            if (connection < CONNECTIONS)
                this.logger.warn(`The log stream of ${this.target.pod} ${why}; reconnecting.`);
            else
                this.logger.warn(`The log stream of ${this.target.pod} ${why} again; the rest of the log is in the pod.`);
        }
    }
    async follow() {
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        const print = (text) => {
            if (text)
                this.logger.output(text);
        };
        let settle = () => { };
        const finished = new Promise((resolve, reject) => {
            settle = (error) => (error ? reject(error) : resolve());
        });
        const sink = new external_node_stream_.Writable({
            write: (chunk, _encoding, callback) => {
                print(this.lines.push(decoder.write(chunk)));
                callback();
            },
            final: (callback) => {
                print(this.lines.push(decoder.end()));
                print(this.lines.end());
                callback();
                settle();
            },
        });
        sink.on('error', (error) => settle(error));
        // A response that breaks off errors or closes without ending, and a pipe does not pass that on.
        sink.on('pipe', (source) => {
            source.on('error', (error) => settle(error));
            source.on('close', () => {
                if (!source.readableEnded)
                    settle(new Error('the log stream closed before its end'));
            });
        });
        const since = this.lines.last === undefined ? {} : { sinceTime: sinceTime(this.lines.last) };
        this.controller = await new client_node_dist/* Log */.tG8(this.config).log(this.target.namespace, this.target.pod, this.target.container, sink, { follow: true, timestamps: true, ...since });
        // The client pipes the response into the sink; an aborted or broken response never ends it.
        this.controller.signal.addEventListener('abort', () => settle());
        await finished;
    }
}

;// CONCATENATED MODULE: ./src/kube/test-job/watch/watch.ts





const POLL_MS = 1000;
/** While the tests run, the Job is read once in this many polls all the same (see `jobMayDecide`). */
const JOB_READ_POLLS = 10;
/** After this long without a pod, and as often again, the Job's events are read for a reason it cannot
 * create one. */
const NO_POD_CHECK_MS = 5000;
/** Consecutive failed reads (API server restart, network) tolerated before giving up. */
const READ_FAILURES = 15;
/**
 * Polls the Job's pods about once a second, and the Job itself whenever its conditions may decide, until
 * the test container ends, the Job's deadline passes, or something keeps the tests from running; follows
 * the test log as soon as it starts.
 */
async function watchTestJob(clients, target, logger) {
    const observer = new JobRunObserver(target.testContainer, target.unschedulableTimeoutMs);
    const podNames = new Set();
    const started = Date.now();
    let follower;
    let followed;
    let lastNote;
    let failures = 0;
    let job;
    let pollsSinceJobRead = 0;
    let nextEventsCheck = started + NO_POD_CHECK_MS;
    for (;;) {
        let pods;
        try {
            pods = await jobPods(clients, target);
            if (!job || ++pollsSinceJobRead >= JOB_READ_POLLS || jobMayDecide(pods, target.testContainer)) {
                job = await clients.batch.readNamespacedJob({ name: target.jobName, namespace: target.namespace });
                pollsSinceJobRead = 0;
            }
            failures = 0;
        }
        catch (error) {
            if ((0,api_errors/* isNotFound */.c)(error) || ++failures >= READ_FAILURES) {
                return {
                    state: { kind: 'error', message: `the Job could not be read: ${(0,api_errors/* apiErrorMessage */.Q)(error)}` },
                    podNames: [...podNames],
                    follower,
                };
            }
            await sleep(POLL_MS);
            continue;
        }
        const now = Date.now();
        for (const pod of pods)
            if (pod.metadata?.name)
                podNames.add(pod.metadata.name);
        const state = observer.observe(job, pods, now);
        const pod = 'pod' in state ? state.pod : undefined;
        const podName = pod?.metadata?.name;
        if (pod && podName && podName !== followed && hasStarted(pod, target.testContainer)) {
            follower?.stop();
            followed = podName;
            logger.info(`Pod ${podName} started on node ${pod.spec?.nodeName ?? '?'}; its log follows.`);
            follower = new ContainerLogFollower(clients.config, { namespace: target.namespace, pod: podName, container: target.testContainer }, logger, () => containerEnded(clients, target, podName));
        }
        if (state.kind !== 'pending' && state.kind !== 'running') {
            return { state, podNames: [...podNames], follower };
        }
        if (state.kind === 'pending' && state.note && state.note !== lastNote) {
            logger.info(`${podName ? `Pod ${podName}` : `Job ${target.jobName}`}: ${state.note}`);
            lastNote = state.note;
        }
        if (!pod && now >= nextEventsCheck) {
            nextEventsCheck = now + NO_POD_CHECK_MS;
            const reason = await jobCreateFailure(clients.core, target.namespace, target.jobName).catch(() => undefined);
            if (reason) {
                return {
                    state: { kind: 'error', message: `the Job cannot create its pod: ${reason}` },
                    podNames: [...podNames],
                };
            }
        }
        if (now >= target.giveUpAt) {
            return {
                state: {
                    kind: 'timed-out',
                    pod,
                    message: `the run took longer than ${(0,format_duration/* formatDuration */.a)(target.giveUpAt - started)} and the Job's deadline did not stop it`,
                },
                podNames: [...podNames],
                follower,
            };
        }
        await sleep(POLL_MS);
    }
}
/** The pods the Job made (by its uid: a Job of the same name made earlier is not this run). */
async function jobPods(clients, target) {
    const listed = await clients.core.listNamespacedPod({
        namespace: target.namespace,
        labelSelector: `controller-uid=${target.jobUid}`,
    });
    return listed.items;
}
function hasStarted(pod, container) {
    const state = containerStatus(pod, container)?.state;
    return Boolean(state?.running || state?.terminated?.startedAt);
}
/** Whether the container has ended (or its pod is gone), checked for a few seconds: the kubelet
 * closes the log stream a moment before it reports the container's end. */
async function containerEnded(clients, target, pod) {
    for (let attempt = 0; attempt < 5; attempt++) {
        try {
            const read = await clients.core.readNamespacedPod({ name: pod, namespace: target.namespace });
            if (containerStatus(read, target.testContainer)?.state?.terminated)
                return true;
        }
        catch (error) {
            if ((0,api_errors/* isNotFound */.c)(error))
                return true;
        }
        await sleep(POLL_MS);
    }
    return false;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/kube/test-job/indexed/prefixed-logger.ts
/**
 * A logger that starts every line with `prefix` (`[shard 2/3] `), so the logs of pods running side by side
 * stay apart. Output is passed on a whole line at a time (a line of one pod never breaks into another's);
 * `flush` passes on a last line without its line break.
 */
class PrefixedLogger {
    logger;
    prefix;
    partial = '';
    constructor(logger, prefix) {
        this.logger = logger;
        this.prefix = prefix;
    }
    info(message) {
        this.logger.info(`${this.prefix}${message}`);
    }
    warn(message) {
        this.logger.warn(`${this.prefix}${message}`);
    }
    error(message) {
        this.logger.error(`${this.prefix}${message}`);
    }
    debug(message) {
        this.logger.debug(`${this.prefix}${message}`);
    }
    group(title, fn) {
        return this.logger.group(`${this.prefix}${title}`, fn);
    }
    output(chunk) {
        const text = this.partial + chunk;
        const end = text.lastIndexOf('\n') + 1;
        this.partial = text.slice(end);
        if (end === 0)
            return;
        this.logger.output(text
            .slice(0, end)
            .split(/(?<=\n)/)
            .map((line) => `${this.prefix}${line}`)
            .join(''));
    }
    flush() {
        if (this.partial === '')
            return;
        const rest = this.partial;
        this.partial = '';
        this.logger.output(`${this.prefix}${rest}\n`);
    }
}

;// CONCATENATED MODULE: ./src/kube/test-job/indexed/watch-shards.ts







const watch_shards_POLL_MS = 1000;
const watch_shards_NO_POD_CHECK_MS = 5000;
const watch_shards_READ_FAILURES = 15;
const INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';
/**
 * Watches the pods of an Indexed Job, one shard per completion index: follows each test log with
 * `[shard i/N]` before its lines, and calls `onEnd` once per shard as its test container ends (so its
 * reports are copied while the other shards still run). Resolves when every shard has ended.
 */
async function watchShards(clients, target, logger, onEnd) {
    const started = Date.now();
    const tracked = Array.from({ length: target.shards }, (_, index) => ({
        shard: index + 1,
        observer: new JobRunObserver(target.testContainer, target.unschedulableTimeoutMs),
        logger: new PrefixedLogger(logger, `[shard ${index + 1}/${target.shards}] `),
        done: false,
    }));
    const podNames = new Set();
    let failures = 0;
    let nextEventsCheck = started + watch_shards_NO_POD_CHECK_MS;
    const end = (shard, state) => {
        shard.done = true;
        onEnd({
            shard: shard.shard,
            state,
            logger: shard.logger,
            ...(shard.follower ? { follower: shard.follower } : {}),
            startedAt: shard.startedAt ?? Date.now(),
            endedAt: Date.now(),
        });
    };
    for (;;) {
        let pods;
        let job;
        try {
            pods = await jobPods(clients, target);
            job = await clients.batch.readNamespacedJob({ name: target.jobName, namespace: target.namespace });
            failures = 0;
        }
        catch (error) {
            if ((0,api_errors/* isNotFound */.c)(error) || ++failures >= watch_shards_READ_FAILURES) {
                const message = `the Job could not be read: ${(0,api_errors/* apiErrorMessage */.Q)(error)}`;
                for (const shard of tracked)
                    if (!shard.done)
                        end(shard, { kind: 'error', message });
                return { podNames: [...podNames] };
            }
            await sleep(watch_shards_POLL_MS);
            continue;
        }
        const now = Date.now();
        for (const pod of pods)
            if (pod.metadata?.name)
                podNames.add(pod.metadata.name);
        for (const shard of tracked) {
            if (shard.done)
                continue;
            const own = pods.filter((pod) => podIndex(pod) === shard.shard - 1);
            const state = shard.observer.observe(job, own, now);
            const pod = 'pod' in state ? state.pod : undefined;
            const podName = pod?.metadata?.name;
            if (pod && podName && podName !== shard.followed && hasStarted(pod, target.testContainer)) {
                shard.follower?.stop();
                shard.followed = podName;
                shard.startedAt ??= now;
                shard.logger.info(`Pod ${podName} started on node ${pod.spec?.nodeName ?? '?'}; its log follows.`);
                shard.follower = new ContainerLogFollower(clients.config, { namespace: target.namespace, pod: podName, container: target.testContainer }, shard.logger, () => containerEnded(clients, target, podName));
            }
            if (state.kind !== 'pending' && state.kind !== 'running') {
                end(shard, state);
                continue;
            }
            if (state.kind === 'pending' && own.length > 0 && state.note && state.note !== shard.lastNote) {
                shard.logger.info(`Pod ${podName}: ${state.note}`);
                shard.lastNote = state.note;
            }
        }
        if (tracked.every((shard) => shard.done))
            return { podNames: [...podNames] };
        if (pods.length === 0 && now >= nextEventsCheck) {
            nextEventsCheck = now + watch_shards_NO_POD_CHECK_MS;
            const reason = await jobCreateFailure(clients.core, target.namespace, target.jobName).catch(() => undefined);
            if (reason) {
                const message = `the Job cannot create its pods: ${reason}`;
                for (const shard of tracked)
                    if (!shard.done)
                        end(shard, { kind: 'error', message });
                return { podNames: [...podNames] };
            }
        }
        if (now >= target.giveUpAt) {
            const message = `the run took longer than ${(0,format_duration/* formatDuration */.a)(target.giveUpAt - started)} and the Job's deadline did not stop it`;
            for (const shard of tracked)
                if (!shard.done)
                    end(shard, { kind: 'timed-out', message });
            return { podNames: [...podNames] };
        }
        await sleep(watch_shards_POLL_MS);
    }
}
function podIndex(pod) {
    const value = pod.metadata?.annotations?.[INDEX_ANNOTATION] ?? pod.metadata?.labels?.[INDEX_ANNOTATION] ?? '';
    return /^\d+$/.test(value) ? Number(value) : -1;
}

;// CONCATENATED MODULE: ./src/kube/test-job/indexed/run-indexed.ts








/**
 * Follows every shard of an Indexed Job to its end; as each ends, drains its log and copies its reports,
 * so a shard that finished early is not kept waiting for the slowest.
 */
async function runIndexedShards(clients, run) {
    const finishing = [];
    const { podNames } = await watchShards(clients, run.target, run.logger, (end) => {
        finishing.push(finishShard(clients, run, end));
    });
    const shards = (await Promise.all(finishing)).sort((a, b) => a.shard - b.shard);
    return { shards, podNames };
}
async function finishShard(clients, run, end) {
    const { state, logger } = end;
    await drainLog(end.follower, state.kind === 'terminated' ? LOG_DRAIN_MS : TIMEOUT_LOG_DRAIN_MS);
    logger.flush();
    const pod = 'pod' in state ? state.pod : undefined;
    let reports = [];
    if (run.location && run.keeperContainer && pod && state.kind !== 'error') {
        const folder = external_node_path_default().join(run.reportsDir, `shard-${end.shard}`);
        reports = await collectReports(clients, pod, run.keeperContainer, run.location, folder, logger).catch((error) => {
            logger.warn(`Test reports could not be copied: ${(0,api_errors/* apiErrorMessage */.Q)(error)}`);
            return [];
        });
    }
    const durationMs = containerRunMs(pod, run.target.testContainer) ?? end.endedAt - end.startedAt;
    const result = state.kind === 'terminated' ? (state.exitCode === 0 ? 'passed' : 'failed') : state.kind;
    const message = testJobMessage(state, durationMs);
    logger.info(message);
    const summary = await (0,report/* summarizeReportFiles */.$8)(reports, logger);
    return {
        shard: end.shard,
        result,
        exitCode: state.kind === 'terminated' ? state.exitCode : null,
        durationMs,
        reports,
        ...(summary ? { summary } : {}),
        message,
        ...(pod?.metadata?.name ? { podName: pod.metadata.name } : {}),
    };
}
/** The test container's own run time: a short shard may have ended before the watch first saw it run. */
function containerRunMs(pod, container) {
    const ended = pod && containerStatus(pod, container)?.state?.terminated;
    if (!ended?.startedAt || !ended.finishedAt)
        return undefined;
    return Math.max(0, new Date(ended.finishedAt).getTime() - new Date(ended.startedAt).getTime());
}
/** The run's result from its shards': any error, else any timeout, else any failure decides. */
function indexedResult(shards, durationMs) {
    const bad = shards.filter((shard) => shard.result !== 'passed');
    if (bad.length === 0) {
        return {
            result: 'passed',
            exitCode: 0,
            message: `all ${shards.length} shard(s) passed in ${(0,format_duration/* formatDuration */.a)(durationMs)}`,
        };
    }
    const result = bad.some((shard) => shard.result === 'error')
        ? 'error'
        : bad.some((shard) => shard.result === 'timed-out')
            ? 'timed-out'
            : 'failed';
    const numbers = bad.map((shard) => shard.shard).join(', ');
    const reasons = bad.map((shard) => `shard ${shard.shard}: ${shard.message}`).join('; ');
    return {
        result,
        exitCode: bad.find((shard) => shard.exitCode !== null)?.exitCode ?? null,
        message: `${bad.length} of ${shards.length} shard(s) did not pass (shard ${numbers}): ${reasons}`,
    };
}

// EXTERNAL MODULE: ./src/shared/identity/labels.ts
var labels = __webpack_require__(25757);
;// CONCATENATED MODULE: ./src/kube/test-job/manifest/labels.ts



/** A label value: at most 63 characters of [A-Za-z0-9._-], starting and ending with a letter or digit. */
function labelValue(text) {
    return text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .slice(0, 63)
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}
/** The run a test Job belongs to: this job's attempt on GitHub (`<job>-<run id>-<attempt>`), else `local`.
 * run-tests labels what it creates with it; collect-logs finds this run's namespaces by it. */
function testRunName(env = process.env) {
    const parts = [env.GITHUB_JOB, env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter((part) => part);
    return parts.length > 0 ? parts.join('-') : 'local';
}
/** Selects what run-tests created for `run`, and nothing any other run did. */
function testRunSelector(run) {
    return `${labels/* LABEL_MANAGED */.TA}=true,${labels/* LABEL_RUN */.Bt}=${labelValue(run)}`;
}
/** The labels collect-logs and cleanup find a test run's namespace, Job and pod by. */
function testJobLabels(run, extra = {}) {
    const runValue = run ? labelValue(run) : '';
    return {
        ...extra,
        [labels/* LABEL_MANAGED */.TA]: 'true',
        [labels/* LABEL_ROLE */.os]: 'test',
        ...(runValue ? { [labels/* LABEL_RUN */.Bt]: runValue } : {}),
    };
}
function defaultJobName(random = (0,external_node_crypto_.randomBytes)(3).toString('hex')) {
    return `${DEFAULT_JOB_NAME}-${random}`;
}

;// CONCATENATED MODULE: ./src/kube/test-job/run.ts

















/** The client gives up this long after the Job's own deadline, should the cluster not enforce it. */
const DEADLINE_SLACK_MS = 60_000;
/**
 * Runs the tests once as a Kubernetes Job in any cluster the clients reach: in a namespace of its own
 * (unless one is given), following the test log, failing fast when the image cannot be pulled, the pod
 * cannot be scheduled or keeps crashing, and copying the JUnit reports out. The test container's exit
 * code decides the result. Nothing is deleted here: diagnostics may need it; see `deleteTestJob`.
 * Mistakes in the options throw before anything is created; after that, problems are results.
 */
async function runTestJob(clients, options) {
    const { logger } = options;
    const location = options.reports ? reportsLocation(options.reports, options.workingDir) : undefined;
    const job = options.manifestFile ? await readJobManifest(options.manifestFile) : buildTestJob(options);
    const namespace = options.namespace ?? (0,kube_namespace/* runNamespaceName */.gC)(options.runName);
    const labels = testJobLabels(options.runName, options.labels);
    const deadlineSeconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
    const hasName = Boolean(job.metadata?.name || job.metadata?.generateName);
    const name = options.name ?? (hasName ? undefined : defaultJobName());
    const prepared = prepareTestJob(job, {
        name,
        namespace,
        labels,
        deadlineSeconds,
        testContainer: options.testContainer,
        reports: location,
    });
    const selectionName = `inception-shard-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
    if (options.selection)
        applySelection(prepared, options.selection, selectionName);
    const createdNamespace = options.namespace === undefined;
    await options.onPlanned?.({ namespace, jobName: prepared.job.metadata?.name ?? '', createdNamespace });
    try {
        if (createdNamespace) {
            await (0,kube_namespace/* createNamespace */.YX)(clients.core, namespace, testJobLabels(options.runName));
            logger.info(`Created namespace ${namespace} (context ${clients.context})`);
        }
        else
            await (0,kube_namespace/* requireNamespace */.vc)(clients.core, namespace);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        const server = clients.config.getCurrentCluster()?.server ?? 'no server';
        throw new Error(`The cluster did not take namespace ${namespace} (context ${clients.context}, ${server}): ` +
            `${(0,api_errors/* apiErrorMessage */.Q)(error)}. Check that the kubeconfig (input kubeconfig, else $KUBECONFIG) names a ` +
            'reachable cluster and that its user may create namespaces (or give an existing namespace).');
    }
    const image = job.spec?.template?.spec?.containers.find((c) => c.name === prepared.testContainer)?.image;
    const base = { namespace, jobName: prepared.job.metadata?.name ?? '', createdNamespace };
    const started = Date.now();
    return logger.group(`Run tests as Job in namespace ${namespace} (${image ?? 'image from the manifest'})`, async () => {
        try {
            return await runPrepared(clients, options, prepared, location, { ...base, started, selectionName });
        }
        catch (error) {
            logger.debug(error instanceof Error && error.stack ? error.stack : (0,errors/* errorMessage */.gJ)(error));
            const message = `the test Job could not be run: ${(0,api_errors/* apiErrorMessage */.Q)(error)}`;
            logger.info(message);
            return {
                ...base,
                result: 'error',
                exitCode: null,
                durationMs: Date.now() - started,
                reports: [],
                message,
                podNames: [],
            };
        }
    });
}
async function runPrepared(clients, options, prepared, location, context) {
    const { logger } = options;
    const { namespace } = context;
    const created = await clients.batch.createNamespacedJob({ namespace, body: prepared.job });
    const jobName = created.metadata?.name ?? context.jobName;
    const deadline = created.spec?.activeDeadlineSeconds ?? Math.ceil(options.timeoutMs / 1000);
    logger.info(`Created Job ${jobName} (deadline ${(0,format_duration/* formatDuration */.a)(deadline * 1000)})`);
    const configMap = options.selection && selectionConfigMap(options.selection, context.selectionName, created);
    // After the Job, so that it can own the ConfigMap; the kubelet retries the volume until it exists.
    if (configMap)
        await clients.core.createNamespacedConfigMap({ namespace, body: configMap });
    const target = {
        namespace,
        jobName,
        jobUid: created.metadata?.uid ?? '',
        testContainer: prepared.testContainer,
        unschedulableTimeoutMs: options.unschedulableTimeoutMs ?? DEFAULT_UNSCHEDULABLE_TIMEOUT_MS,
        giveUpAt: context.started + deadline * 1000 + DEADLINE_SLACK_MS,
    };
    const indexed = options.selection?.indexed;
    if (indexed) {
        const run = await runIndexedShards(clients, {
            target: { ...target, shards: indexed.shards },
            ...(location ? { location } : {}),
            ...(prepared.keeperContainer ? { keeperContainer: prepared.keeperContainer } : {}),
            reportsDir: options.reportsDir,
            logger,
        });
        await waitForJobEnd(clients, namespace, jobName);
        const durationMs = Date.now() - context.started;
        const reports = run.shards.flatMap((shard) => shard.reports);
        const outcome = indexedResult(run.shards, durationMs);
        logger.info(outcome.message);
        return {
            ...outcome,
            durationMs,
            reports,
            summary: await (0,report/* summarizeReportFiles */.$8)(reports, logger),
            namespace,
            jobName,
            podNames: run.podNames,
            createdNamespace: context.createdNamespace,
            shards: run.shards,
        };
    }
    const outcome = await watchTestJob(clients, target, logger);
    const durationMs = Date.now() - context.started;
    const { state } = outcome;
    const pod = 'pod' in state ? state.pod : undefined;
    const podName = pod?.metadata?.name ?? outcome.podNames.at(-1);
    await drainLog(outcome.follower, state.kind === 'terminated' ? LOG_DRAIN_MS : TIMEOUT_LOG_DRAIN_MS);
    let reports = [];
    if (location && prepared.keeperContainer && pod && state.kind !== 'error') {
        reports = await collectReports(clients, pod, prepared.keeperContainer, location, options.reportsDir, logger).catch((error) => {
            logger.warn(`Test reports could not be copied: ${(0,api_errors/* apiErrorMessage */.Q)(error)}`);
            return [];
        });
    }
    if (state.kind === 'terminated')
        await waitForJobEnd(clients, namespace, jobName);
    const result = state.kind === 'terminated' ? (state.exitCode === 0 ? 'passed' : 'failed') : state.kind;
    const exitCode = state.kind === 'terminated' ? state.exitCode : null;
    const summary = await (0,report/* summarizeReportFiles */.$8)(reports, logger);
    const message = testJobMessage(state, durationMs);
    // The caller turns a failure into an annotation (core.setFailed); here it is one more line of the log.
    logger.info(message);
    return {
        result,
        exitCode,
        durationMs,
        reports,
        summary,
        message,
        namespace,
        jobName,
        podName,
        podNames: outcome.podNames,
        createdNamespace: context.createdNamespace,
    };
}

;// CONCATENATED MODULE: ./src/kube/test-job/index.ts







/***/ })

};
