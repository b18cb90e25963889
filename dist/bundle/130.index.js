export const id = 130;
export const ids = [130];
export const modules = {

/***/ 69873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N7: () => (/* reexport */ DEFAULT_TEST_REPORTS),
  KY: () => (/* reexport */ DEFAULT_TEST_TIMEOUT_MS),
  LA: () => (/* reexport */ composeFilesOf),
  id: () => (/* reexport */ loadInceptionConfig)
});

// UNUSED EXPORTS: parseInceptionConfig

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/values/index.ts + 5 modules
var values = __webpack_require__(46435);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/config/inception/readers.ts


// Typed readers of inception.yml's values: each error names the key and what to write.
/** Every key of `value` is one of `known` (or an `x-` extension). */
function checkKeys(value, known, parent, at) {
    for (const key of Object.keys(value)) {
        if (!known.includes(key) && !key.startsWith('x-'))
            (0,values/* fail */.fJ)(at, join(parent, key), (0,values/* unknownKeyMessage */.VP)(key, known));
    }
}
function join(parent, key) {
    return parent ? `${parent}.${key}` : key;
}
function mapping(value, key, at, example) {
    if ((0,values/* isRecord */.u4)(value))
        return value;
    return (0,values/* fail */.fJ)(at, key, `expected a mapping, got ${(0,values/* describeValue */.bp)(value)}; write ${example}`);
}
function readers_text(value, key, at, example) {
    if (typeof value === 'string' && value.trim() !== '')
        return value;
    if (typeof value === 'number')
        return String(value);
    return (0,values/* fail */.fJ)(at, key, `expected a non-empty string, got ${(0,values/* describeValue */.bp)(value)}; write e.g. ${key
        .split('.')
        .pop()}: ${example}`);
}
function optionalText(value, key, at, example) {
    return value === undefined || value === null ? undefined : readers_text(value, key, at, example);
}
function stringMap(value, key, at) {
    return value === undefined || value === null ? {} : (0,values/* readKeyValues */._Z)(value, key, at);
}
function command(value, at, key = 'tests.command') {
    if (value === undefined || value === null)
        return undefined;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return undefined;
        return value.map((word, index) => {
            if (typeof word === 'string' || typeof word === 'number' || typeof word === 'boolean')
                return String(word);
            return (0,values/* fail */.fJ)(at, `${key}[${index}]`, `expected a string, got ${(0,values/* describeValue */.bp)(word)}; write e.g. command: [pytest, -x]`);
        });
    }
    if (typeof value !== 'string') {
        return (0,values/* fail */.fJ)(at, key, `expected a command line or a list, got ${(0,values/* describeValue */.bp)(value)}; write e.g. command: pytest -x or command: [pytest, -x]`);
    }
    return (0,values/* splitShellWords */.CQ)(value, at(key));
}
/** One entry of an image list; `known` may add keys the caller reads itself. */
function readImage(entry, key, folder, at, known = []) {
    const image = mapping(entry, key, at, '{ name: my-tests, context: tests }');
    checkKeys(image, ['name', 'context', 'dockerfile', 'target', 'args', ...known], key, at);
    return {
        raw: image,
        image: {
            name: readers_text(image.name, `${key}.name`, at, 'my-tests'),
            context: external_node_path_default().resolve(folder, optionalText(image.context, `${key}.context`, at, 'tests') ?? '.'),
            dockerfile: optionalText(image.dockerfile, `${key}.dockerfile`, at, 'Dockerfile.test'),
            target: optionalText(image.target, `${key}.target`, at, 'test'),
            args: stringMap(image.args, `${key}.args`, at),
        },
    };
}

;// CONCATENATED MODULE: ./src/config/inception/cluster-config.ts




const CLUSTER_KEYS = ['kind', 'namespace', 'images', 'deploy', 'wait', 'tests'];
const KIND_KEYS = ['name', 'workers', 'node-labels', 'node-image', 'config'];
const HELM_KEYS = ['chart', 'release', 'values', 'set', 'version'];
const TEST_KEYS = [
    'image',
    'command',
    'args',
    'env',
    'reports',
    'timeout',
    'job-manifest',
    'test-container',
    'service-account',
    'node-selector',
];
/** `inception-fixture-app` -> `INCEPTION_FIXTURE_APP_IMAGE`. */
function defaultPlaceholder(name) {
    return `${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_IMAGE`;
}
function list(value, key, at, example) {
    if (value === undefined || value === null)
        return [];
    if (Array.isArray(value))
        return value;
    return (0,values/* fail */.fJ)(at, key, `expected a list, got ${(0,values/* describeValue */.bp)(value)}; write e.g.\n${example}`);
}
function nodeLabels(value, at) {
    const key = 'cluster.kind.node-labels';
    if (value === undefined || value === null)
        return {};
    const roles = mapping(value, key, at, '{ worker: { node.type: services } }');
    const result = {};
    for (const [role, labels] of Object.entries(roles)) {
        if (role !== 'control-plane' && role !== 'worker') {
            (0,values/* fail */.fJ)(at, `${key}.${role}`, 'a node role is control-plane or worker');
        }
        result[role] = stringMap(labels, `${key}.${role}`, at);
    }
    return result;
}
function workers(value, at) {
    if (value === undefined || value === null)
        return 0;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10)
        return value;
    return (0,values/* fail */.fJ)(at, 'cluster.kind.workers', `expected a whole number from 0 to 10, got ${(0,values/* describeValue */.bp)(value)}`);
}
function duration(value, key, at, fallback) {
    if (value === undefined || value === null)
        return fallback;
    const ms = (0,values/* parseDuration */.E9)(value, at(key));
    if (ms <= 0)
        (0,values/* fail */.fJ)(at, key, 'must be more than 0; write e.g. 5m');
    return ms;
}
/** A local chart is a path that exists; anything else (`repo/chart`, `oci://…`) is for helm to find. */
function chartPath(chart, folder) {
    const local = external_node_path_default().resolve(folder, chart);
    return (0,external_node_fs_.existsSync)(local) || chart.startsWith('.') ? local : chart;
}
function helmRelease(value, key, folder, at) {
    const raw = mapping(value, key, at, '{ chart: charts/api, values: [values.yaml] }');
    checkKeys(raw, HELM_KEYS, key, at);
    const chart = readers_text(raw.chart, `${key}.chart`, at, 'charts/api');
    const release = optionalText(raw.release, `${key}.release`, at, 'api') ??
        external_node_path_default().basename(chart.replace(/\.tgz$/, '').replace(/-\d+\.\d+\.\d+.*$/, ''));
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(release) || release.length > 53) {
        (0,values/* fail */.fJ)(at, `${key}.release`, `"${release}" is not a Helm release name: lower-case letters, digits and -, at most 53`);
    }
    return {
        chart: chartPath(chart, folder),
        release,
        values: raw.values == null
            ? []
            : (0,values/* readStringOrList */.pU)(raw.values, `${key}.values`, at).map((file) => external_node_path_default().resolve(folder, file)),
        set: stringMap(raw.set, `${key}.set`, at),
        version: optionalText(raw.version, `${key}.version`, at, '1.2.0'),
    };
}
function deployStep(step, key, folder, at) {
    if ((0,values/* isRecord */.u4)(step) && 'helm' in step) {
        checkKeys(step, ['helm'], key, at);
        return { helm: helmRelease(step.helm, `${key}.helm`, folder, at) };
    }
    return { manifests: (0,values/* readStringOrList */.pU)(step, key, at).map((file) => external_node_path_default().resolve(folder, file)) };
}
function parseClusterConfig(raw, folder, at) {
    const cluster = mapping(raw, 'cluster', at, '{ kind: { workers: 1 }, deploy: [k8s/app.yaml] }');
    checkKeys(cluster, CLUSTER_KEYS, 'cluster', at);
    const kindRaw = cluster.kind === undefined || cluster.kind === null
        ? {}
        : mapping(cluster.kind, 'cluster.kind', at, '{ workers: 1 }');
    checkKeys(kindRaw, KIND_KEYS, 'cluster.kind', at);
    const kindConfig = optionalText(kindRaw.config, 'cluster.kind.config', at, 'kind.yaml');
    // kind takes one config: the generated one's settings would be silently dropped.
    const generated = ['workers', 'node-labels'].filter((key) => kindRaw[key] != null);
    if (kindConfig && generated.length > 0) {
        (0,values/* fail */.fJ)(at, 'cluster.kind.config', `a kind config file replaces the generated config, so ${generated.join(' and ')} would be ignored: ` +
            'put the nodes and their labels in the config file, or drop config');
    }
    const images = list(cluster.images, 'cluster.images', at, 'images:\n  - { name: my-app, context: app }').map((entry, index) => {
        const key = `cluster.images[${index}]`;
        const { raw, image } = readImage(entry, key, folder, at, ['placeholder']);
        const placeholder = optionalText(raw.placeholder, `${key}.placeholder`, at, 'APP_IMAGE');
        return { ...image, placeholder: placeholder ?? defaultPlaceholder(image.name) };
    });
    const deploy = list(cluster.deploy, 'cluster.deploy', at, 'deploy:\n  - k8s/db.yaml\n  - [k8s/api.yaml, k8s/worker.yaml]\n  - helm: { chart: charts/web }').map((step, index) => deployStep(step, `cluster.deploy[${index}]`, folder, at));
    const testsRaw = cluster.tests === undefined || cluster.tests === null
        ? undefined
        : mapping(cluster.tests, 'cluster.tests', at, '{ image: my-tests, command: pytest -x }');
    if (testsRaw)
        checkKeys(testsRaw, TEST_KEYS, 'cluster.tests', at);
    const jobManifest = testsRaw && optionalText(testsRaw['job-manifest'], 'cluster.tests.job-manifest', at, 'k8s/test-job.yaml');
    return {
        kind: {
            name: optionalText(kindRaw.name, 'cluster.kind.name', at, 'my-project'),
            workers: workers(kindRaw.workers, at),
            nodeLabels: nodeLabels(kindRaw['node-labels'], at),
            nodeImage: optionalText(kindRaw['node-image'], 'cluster.kind.node-image', at, 'kindest/node:v1.33.1'),
            ...(kindConfig ? { config: external_node_path_default().resolve(folder, kindConfig) } : {}),
        },
        namespace: optionalText(cluster.namespace, 'cluster.namespace', at, 'my-project-tests'),
        images,
        deploy,
        waitMs: duration(cluster.wait, 'cluster.wait', at, 5 * 60_000),
        ...(testsRaw
            ? {
                tests: {
                    image: optionalText(testsRaw.image, 'cluster.tests.image', at, 'my-tests'),
                    command: command(testsRaw.command, at, 'cluster.tests.command'),
                    args: command(testsRaw.args, at, 'cluster.tests.args'),
                    env: stringMap(testsRaw.env, 'cluster.tests.env', at),
                    reports: optionalText(testsRaw.reports, 'cluster.tests.reports', at, '/reports/*.xml') ??
                        '/reports/*.xml',
                    timeoutMs: duration(testsRaw.timeout, 'cluster.tests.timeout', at, 30 * 60_000),
                    ...(jobManifest ? { jobManifest: external_node_path_default().resolve(folder, jobManifest) } : {}),
                    testContainer: optionalText(testsRaw['test-container'], 'cluster.tests.test-container', at, 'tests'),
                    serviceAccount: optionalText(testsRaw['service-account'], 'cluster.tests.service-account', at, 'tests'),
                    nodeSelector: stringMap(testsRaw['node-selector'], 'cluster.tests.node-selector', at),
                },
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/config/inception/suites-config.ts


const SUITE_KEYS = ['image', 'command', 'env', 'reports', 'timeout'];
const EXAMPLE = 'e.g.\nsuites:\n  api: { command: pytest tests/api }\n  ui: { image: ui-tests, command: npm test }';
/** `suites:`, a mapping from each suite's name to its settings (in the file's order). */
function parseSuites(value, at) {
    if (value === undefined || value === null)
        return [];
    const suites = mapping(value, 'suites', at, EXAMPLE);
    return Object.entries(suites).map(([name, raw]) => {
        const key = `suites.${name}`;
        if (!/^[a-z0-9][a-z0-9_.-]*$/i.test(name))
            (0,values/* fail */.fJ)(at, key, 'a suite name is letters, digits, ".", "_" or "-" (it names its environment)');
        const settings = raw === null ? {} : mapping(raw, key, at, EXAMPLE);
        checkKeys(settings, SUITE_KEYS, key, at);
        const image = optionalText(settings.image, `${key}.image`, at, 'my-tests');
        const words = command(settings.command, at, `${key}.command`);
        const reports = optionalText(settings.reports, `${key}.reports`, at, '/reports/*.xml');
        const timeoutMs = settings.timeout == null ? undefined : (0,values/* parseDuration */.E9)(settings.timeout, at(`${key}.timeout`));
        if (timeoutMs !== undefined && timeoutMs <= 0)
            (0,values/* fail */.fJ)(at, `${key}.timeout`, 'must be more than 0; write e.g. timeout: 10m');
        return {
            name,
            ...(image === undefined ? {} : { image }),
            ...(words === undefined ? {} : { command: words }),
            env: stringMap(settings.env, `${key}.env`, at),
            ...(reports === undefined ? {} : { reports }),
            ...(timeoutMs === undefined ? {} : { timeoutMs }),
        };
    });
}

;// CONCATENATED MODULE: ./src/config/inception/inception-config.ts







/** The compose files of a config in the order they are merged. */
function composeFilesOf(config) {
    return [config.compose, ...config.composeOverrides];
}
const DEFAULT_TEST_TIMEOUT_MS = 30 * 60_000;
const DEFAULT_TEST_REPORTS = '/reports/*.xml';
const TOP_KEYS = ['compose', 'profiles', 'images', 'tests', 'suites', 'cluster'];
const inception_config_TEST_KEYS = ['image', 'command', 'env', 'reports', 'timeout'];
const inception_config_EXAMPLE = 'e.g.\ncompose: compose.yml\nimages:\n  - { name: my-tests, context: tests }\ntests:\n  image: my-tests\n  command: pytest -x\n  timeout: 10m';
function timeout(value, at) {
    if (value === undefined || value === null)
        return DEFAULT_TEST_TIMEOUT_MS;
    const ms = (0,values/* parseDuration */.E9)(value, at('tests.timeout'));
    if (ms <= 0)
        (0,values/* fail */.fJ)(at, 'tests.timeout', 'must be more than 0; write e.g. timeout: 10m');
    return ms;
}
/** `compose:` a file, or a list of files: the first and its overrides. */
function composeFiles(value, at) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        return [readers_text(value, 'compose', at, 'compose.yml')];
    if (value.length === 0)
        (0,values/* fail */.fJ)(at, 'compose', 'an empty list; write e.g. compose: [compose.yml, compose.dev.yml]');
    return value.map((file, index) => readers_text(file, `compose[${index}]`, at, 'compose.yml'));
}
function parseInceptionConfig(source, file) {
    const tree = (0,values/* readYamlTree */._d)(source, file);
    const at = (key) => `${file}:${(0,values/* lineOfPath */.ZS)(tree.lines, key)}: ${key.length > 100 ? `${key.slice(0, 60)}…` : key}`;
    const raw = tree.value ?? {};
    if (!(0,values/* isRecord */.u4)(raw)) {
        throw new errors/* ConfigurationError */.j1(`${file}: expected a mapping of ${TOP_KEYS.join(', ')}, got ${(0,values/* describeValue */.bp)(raw)}; write ${inception_config_EXAMPLE}`);
    }
    checkKeys(raw, TOP_KEYS, '', at);
    const folder = external_node_path_default().dirname(file);
    const imageList = raw.images === undefined || raw.images === null
        ? []
        : Array.isArray(raw.images)
            ? raw.images
            : (0,values/* fail */.fJ)(at, 'images', `expected a list, got ${(0,values/* describeValue */.bp)(raw.images)}; write e.g.\nimages:\n  - { name: my-tests, context: tests }`);
    const images = imageList.map((entry, index) => readImage(entry, `images[${index}]`, folder, at).image);
    const testsRaw = raw.tests === undefined || raw.tests === null
        ? undefined
        : mapping(raw.tests, 'tests', at, '{ image: my-tests, command: pytest -x }');
    if (testsRaw)
        checkKeys(testsRaw, inception_config_TEST_KEYS, 'tests', at);
    const testCommand = testsRaw && command(testsRaw.command, at);
    const cluster = raw.cluster == null ? undefined : parseClusterConfig(raw.cluster, folder, at);
    const [compose = 'compose.yml', ...overrides] = composeFiles(raw.compose, at);
    return {
        file,
        ...(cluster ? { cluster } : {}),
        compose: external_node_path_default().resolve(folder, compose),
        composeOverrides: overrides.map((override) => external_node_path_default().resolve(folder, override)),
        profiles: raw.profiles == null ? [] : (0,values/* readStringOrList */.pU)(raw.profiles, 'profiles', at),
        images,
        suites: parseSuites(raw.suites, at),
        tests: testsRaw && {
            image: readers_text(testsRaw.image, 'tests.image', at, 'my-tests'),
            ...(testCommand === undefined ? {} : { command: testCommand }),
            env: stringMap(testsRaw.env, 'tests.env', at),
            reports: optionalText(testsRaw.reports, 'tests.reports', at, DEFAULT_TEST_REPORTS) ?? DEFAULT_TEST_REPORTS,
            timeoutMs: timeout(testsRaw.timeout, at),
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

/***/ 27676:
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
// EXTERNAL MODULE: ./src/shared/cancellation/abort.ts
var abort = __webpack_require__(98559);
// EXTERNAL MODULE: ./src/shared/format/format-duration.ts
var format_duration = __webpack_require__(3619);
// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var report = __webpack_require__(8517);
// EXTERNAL MODULE: ./src/shared/identity/labels.ts
var labels = __webpack_require__(25757);
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

// EXTERNAL MODULE: ./src/docker/environment/index.ts + 36 modules
var docker_environment = __webpack_require__(95923);
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
// EXTERNAL MODULE: ./src/shared/files/glob.ts
var glob = __webpack_require__(93163);
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

// EXTERNAL MODULE: ./src/shared/redaction/redact-lines.ts
var redact_lines = __webpack_require__(96592);
// EXTERNAL MODULE: ./src/shared/redaction/redactor.ts
var redaction_redactor = __webpack_require__(14499);
// EXTERNAL MODULE: ./src/shared/redaction/redact-file.ts
var redact_file = __webpack_require__(54245);
// EXTERNAL MODULE: ./src/shard/index.ts + 18 modules
var shard = __webpack_require__(27396);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/docker/test-container/selection.ts



/**
 * The container's CMD with the selected files appended: to the `command` given, else to the image's own
 * CMD (an image whose ENTRYPOINT is the test runner then gets the files as its arguments).
 */
async function commandWithFiles(docker, image, command, files) {
    const base = command?.length ? command : ((await docker.getImage(image).inspect()).Config.Cmd ?? []);
    return [...base, ...files];
}
/**
 * Puts the list of selected files into the created container before it starts. Copied in rather than
 * bind-mounted: the engine may run elsewhere than this process (a runner in a container, a remote engine).
 */
async function copySelectionFile(container, selection) {
    if (selection.files === undefined)
        return;
    const archive = (0,tar_stream.pack)();
    const folder = external_node_path_.posix.dirname(shard/* SHARD_FILES_PATH */.rO).replace(/^\//, '');
    archive.entry({ name: `${folder}/`, type: 'directory', mode: 0o755 });
    archive.entry({ name: external_node_path_.posix.join(folder, external_node_path_.posix.basename(shard/* SHARD_FILES_PATH */.rO)), mode: 0o644 }, (0,shard/* shardFilesText */.VY)(selection.files));
    archive.finalize();
    await container.putArchive(archive, { path: '/' });
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
    const { selection } = options;
    const env = testContainerEnv(options.environment, network, {
        ...(selection ? (0,shard/* selectionVariables */.iD)(selection) : {}),
        ...options.env,
    });
    const command = options.appendSelectedFiles && selection?.files
        ? await commandWithFiles(docker, options.image, options.command, selection.files)
        : options.command;
    const container = await docker.createContainer({
        name: options.name,
        Image: options.image,
        ...(command && command.length > 0 ? { Cmd: command } : {}),
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
        if (selection)
            await copySelectionFile(container, selection);
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
    const redactor = options.redactor ?? new redaction_redactor/* Redactor */.pO();
    // The image's own ENV (a build arg kept as a variable) counts as much as `env`.
    const inspect = await container.inspect().catch(() => undefined);
    redactor.addEnvEntries(inspect?.Config.Env ?? Object.entries(options.env).map(([k, v]) => `${k}=${v}`));
    const log = options.logFile ? redactedLog(options.logFile, redactor) : undefined;
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
    await log?.close();
    result ??= exitCode === 0 ? 'passed' : 'failed';
    const reportsGlob = external_node_path_.posix.isAbsolute(options.reportsGlob)
        ? options.reportsGlob
        : external_node_path_.posix.join(options.workingDir ?? '/', options.reportsGlob);
    const reports = await copyReports(container, reportsGlob, options.reportsDir, logger);
    await Promise.all(reports.map((report) => (0,redact_file/* redactFile */.i)(report, redactor)));
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
/** Appends to `file` a whole line at a time, redacted: a secret split across two chunks is still found. */
function redactedLog(file, redactor) {
    const redact = new redact_lines/* RedactLines */.F(redactor);
    const out = (0,external_node_fs_.createWriteStream)(file, { flags: 'a' });
    redact.pipe(out);
    return {
        write: (chunk) => redact.write(chunk),
        close: () => new Promise((resolve) => {
            out.on('close', resolve).on('error', () => resolve());
            redact.end();
        }),
    };
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

/***/ 47130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rO: () => (/* reexport */ bringUpEnvironment),
  uM: () => (/* reexport */ buildAndLoad),
  Ty: () => (/* reexport */ buildConfigImages),
  YH: () => (/* reexport */ configTestImage),
  M7: () => (/* reexport */ configTestName),
  bi: () => (/* reexport */ deployToCluster),
  RM: () => (/* reexport */ ensureKindCluster),
  O7: () => (/* reexport */ kindClusterOf),
  fH: () => (/* reexport */ requireTests),
  xc: () => (/* reexport */ runClusterTests),
  F6: () => (/* reexport */ runConfigTests)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/compose/index.ts + 37 modules
var compose = __webpack_require__(7403);
// EXTERNAL MODULE: ./src/config/inception/index.ts + 4 modules
var inception = __webpack_require__(69873);
// EXTERNAL MODULE: ./src/docker/environment/index.ts + 36 modules
var environment = __webpack_require__(95923);
;// CONCATENATED MODULE: ./src/pipeline/environment.ts




/** Brings up the config's compose file as an isolated environment. Leaves what it created in place when it
 * fails: the caller collects diagnostics, then removes it. */
async function bringUpEnvironment(options) {
    const { docker, config, logger } = options;
    const files = (0,inception/* composeFilesOf */.LA)(config);
    const project = await (0,compose/* loadComposeFiles */.GZ)(files, { profiles: config.profiles });
    options.onProject?.(project);
    for (const warning of project.warnings)
        logger.warn(warning);
    const name = options.name ?? (0,environment/* generateEnvironmentName */.uW)(project.name);
    await options.onName?.(name);
    const shown = files.map((file) => external_node_path_default().relative(process.cwd(), file) || file);
    logger.info(`Bringing up ${name} from ${shown.join(' + ')}`);
    return (0,environment/* upEnvironment */.xQ)({
        docker,
        project,
        name,
        logger,
        build: options.build,
        noCache: options.noCache,
        signal: options.signal,
    });
}

;// CONCATENATED MODULE: ./src/pipeline/cluster-face.ts
// The cluster path needs the Kubernetes client; the Docker pipeline (the root action) never pays for it.
const load = () => Promise.all(/* import() */[__webpack_require__.e(48), __webpack_require__.e(327), __webpack_require__.e(736), __webpack_require__.e(832)]).then(__webpack_require__.bind(__webpack_require__, 22832));
async function ensureKindCluster(...args) {
    return (await load()).ensureKindCluster(...args);
}
async function kindClusterOf(...args) {
    return (await load()).kindClusterOf(...args);
}
async function deployToCluster(...args) {
    return (await load()).deployToCluster(...args);
}
async function runClusterTests(...args) {
    return (await load()).runClusterTests(...args);
}
async function buildAndLoad(...args) {
    return (await load()).buildAndLoad(...args);
}

// EXTERNAL MODULE: ./src/docker/build/index.ts + 10 modules
var build = __webpack_require__(23719);
// EXTERNAL MODULE: ./src/shared/identity/labels.ts
var labels = __webpack_require__(25757);
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
        reuse: true,
        labels: (0,labels/* environmentLabels */.ZC)(options.environment, 'image'),
        logger: options.logger,
        signal: options.signal,
    });
}

// EXTERNAL MODULE: ./src/docker/test-container/index.ts + 5 modules
var test_container = __webpack_require__(27676);
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
        redactor: options.redactor,
        signal: options.signal,
        logger: options.logger,
    });
}

;// CONCATENATED MODULE: ./src/pipeline/index.ts
// The pipeline of an inception.yml, in the pieces both the `inception` command and the root action run:
// bring up the compose file, build the images, run the tests on the environment's network.






/***/ }),

/***/ 54245:
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


/***/ })

};
