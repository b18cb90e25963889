export const id = 327;
export const ids = [327];
export const modules = {

/***/ 46892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ defaultClusterName),
/* harmony export */   _3: () => (/* binding */ kindContext),
/* harmony export */   yO: () => (/* binding */ validateClusterName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** Node containers are `<name>-control-plane`, `<name>-worker2`…, and their hostnames must stay within 63. */
const MAX_NAME_LENGTH = 50;
const NAME = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;
/** `inception-<run id>-<attempt>` on GitHub, `inception-<random>` elsewhere. */
function defaultClusterName(env = process.env) {
    if (env.GITHUB_RUN_ID)
        return `inception-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || '1'}`;
    return `inception-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`;
}
function validateClusterName(name, where) {
    if (!NAME.test(name) || name.length > MAX_NAME_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: "${name}" is not a usable kind cluster name; use lowercase letters, digits, "-" and "." ` +
            `(starting and ending with a letter or digit), at most ${MAX_NAME_LENGTH} characters.`);
    }
    return name;
}
/** The kubeconfig context kind writes for a cluster. */
function kindContext(name) {
    return `kind-${name}`;
}


/***/ }),

/***/ 79140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ addRegistryPatch),
/* harmony export */   Fd: () => (/* binding */ parsePortMapping),
/* harmony export */   c_: () => (/* binding */ generateKindConfig),
/* harmony export */   t$: () => (/* binding */ parseNodeLabels)
/* harmony export */ });
/* unused harmony exports KIND_ROLES, CONTAINERD_REGISTRY_PATCH */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _config_values_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46435);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



const KIND_ROLES = ['control-plane', 'worker'];
/** containerd reads registry hosts from here (hosts.toml per registry), which the local registry needs. */
const CONTAINERD_REGISTRY_PATCH = `[plugins."io.containerd.grpc.v1.cri".registry]
  config_path = "/etc/containerd/certs.d"`;
/** The kind config (v1alpha4) for a generated cluster: one control plane and `workers` workers. */
function generateKindConfig(options, registryPatch = false) {
    const node = (role, ports = []) => {
        const labels = options.nodeLabels[role];
        return {
            role,
            ...(labels && Object.keys(labels).length > 0 ? { labels } : {}),
            ...(ports.length > 0 ? { extraPortMappings: ports } : {}),
        };
    };
    const config = {
        kind: 'Cluster',
        apiVersion: 'kind.x-k8s.io/v1alpha4',
        nodes: [
            node('control-plane', options.extraPortMappings),
            ...Array.from({ length: options.workers }, () => node('worker')),
        ],
        ...(registryPatch ? { containerdConfigPatches: [CONTAINERD_REGISTRY_PATCH] } : {}),
    };
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(config);
}
/** A user's kind config with the registry patch added (other content kept as written). */
function addRegistryPatch(configText, where) {
    let parsed;
    try {
        parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(configText);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} is not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    if (!(0,_config_values_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} must be a kind Cluster config (kind: Cluster, apiVersion: kind.x-k8s.io/v1alpha4).`);
    }
    const patches = parsed.containerdConfigPatches ?? [];
    if (!Array.isArray(patches)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: containerdConfigPatches must be a list of TOML strings.`);
    }
    if (patches.some((patch) => typeof patch === 'string' && patch.includes('config_path')))
        return configText;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({ ...parsed, containerdConfigPatches: [...patches, CONTAINERD_REGISTRY_PATCH] });
}
/**
 * `8080:80`, `127.0.0.1:8080:80`, `8443:443/tcp` → a kind port mapping (host first, then the node's
 * port, as in `docker run -p`).
 */
function parsePortMapping(text, where) {
    const match = /^(?:(\[[0-9a-fA-F:]+\]|[0-9.]+):)?(\d+):(\d+)(?:\/(tcp|udp|sctp))?$/i.exec(text.trim());
    const port = (value) => Number(value);
    const valid = (value) => Number.isInteger(value) && value >= 0 && value <= 65535;
    if (!match || !valid(port(match[2])) || !valid(port(match[3])) || port(match[3]) === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: "${text}" is not a port mapping; write HOST_PORT:NODE_PORT, optionally with a listen ` +
            'address and protocol, e.g. 8080:80 or 127.0.0.1:8443:443/tcp.');
    }
    const [, address, hostPort, containerPort, protocol] = match;
    return {
        containerPort: port(containerPort),
        hostPort: port(hostPort),
        ...(address ? { listenAddress: address.replace(/^\[|\]$/g, '') } : {}),
        ...(protocol ? { protocol: protocol.toUpperCase() } : {}),
    };
}
/**
 * Node labels per role from a mapping: `worker: node.type=services,tier=a`, or `worker: {node.type: services}`.
 */
function parseNodeLabels(value, where) {
    if (value === undefined || value === null)
        return {};
    if (!(0,_config_values_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} must map a role to labels, e.g. "worker: node.type=services".`);
    }
    const result = {};
    for (const [role, labels] of Object.entries(value)) {
        if (!KIND_ROLES.includes(role)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: "${role}" is not a node role; use ${KIND_ROLES.join(' or ')}.`);
        }
        result[role] = labelsOf(labels, `${where}, ${role}`);
    }
    return result;
}
const LABEL_KEY = /^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(?:[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
function labelsOf(value, where) {
    const entries = [];
    if (typeof value === 'string') {
        for (const part of value.split(/[,\s]+/).filter((item) => item !== '')) {
            const eq = part.indexOf('=');
            if (eq <= 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: "${part}" is not KEY=VALUE.`);
            entries.push([part.slice(0, eq), part.slice(eq + 1)]);
        }
    }
    else if ((0,_config_values_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value)) {
        for (const [key, label] of Object.entries(value))
            entries.push([key, label == null ? '' : String(label)]);
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: write labels as KEY=VALUE,KEY=VALUE or a mapping.`);
    }
    for (const [key, label] of entries) {
        if (!LABEL_KEY.test(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: "${key}" is not a valid Kubernetes label key.`);
        if (!LABEL_VALUE.test(label)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: "${label}" (label ${key}) is not a valid Kubernetes label value.`);
        }
    }
    return Object.fromEntries(entries);
}


/***/ }),

/***/ 75327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UD: () => (/* reexport */ image_load_refs/* checkLoadableRef */.UD),
  HS: () => (/* binding */ createKindCluster),
  D_: () => (/* reexport */ cluster_name/* defaultClusterName */.D_),
  mH: () => (/* binding */ deleteKindCluster),
  a6: () => (/* reexport */ kind_nodes/* listKindNodes */.a6),
  z6: () => (/* reexport */ loadImages),
  t$: () => (/* reexport */ config/* parseNodeLabels */.t$),
  nP: () => (/* reexport */ parseNodeTarget),
  Fd: () => (/* reexport */ config/* parsePortMapping */.Fd),
  _c: () => (/* reexport */ pushToLocalRegistry),
  yO: () => (/* reexport */ cluster_name/* validateClusterName */.yO)
});

// EXTERNAL MODULE: ./src/kube/kind/cluster-name.ts
var cluster_name = __webpack_require__(46892);
// EXTERNAL MODULE: ./src/kube/kind/config.ts
var config = __webpack_require__(79140);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/format/format-duration.ts
var format_duration = __webpack_require__(3619);
// EXTERNAL MODULE: ./src/kube/kind/node-exec.ts
var node_exec = __webpack_require__(35834);
;// CONCATENATED MODULE: ./src/kube/kind/image-load/node-images.ts

/** `crictl images -o json` → every tag each image ID carries. */
function parseCrictlImages(json) {
    const parsed = JSON.parse(json);
    const held = new Map();
    for (const image of parsed.images ?? []) {
        if (!image.id)
            continue;
        const tags = held.get(image.id) ?? new Set();
        for (const tag of image.repoTags ?? [])
            tags.add(tag);
        held.set(image.id, tags);
    }
    return held;
}
/** Images the node lacks: not there, there under another ID, or the same ID without this tag. */
function missingImages(held, wanted) {
    return wanted.filter((image) => !held.get(image.id)?.has(image.normalized));
}
/** What the node's containerd holds in the k8s.io namespace, as the kubelet sees it. */
async function nodeImages(docker, node) {
    const result = await (0,node_exec/* execInNode */.P)(docker, node, ['crictl', 'images', '-o', 'json']);
    if (result.exitCode !== 0) {
        throw new Error(`crictl images on node ${node} exited with ${result.exitCode}: ${result.stderr.trim()}`);
    }
    return parseCrictlImages(result.stdout);
}

;// CONCATENATED MODULE: ./src/kube/kind/image-load/nodes.ts

const SELECTOR = /[=!]|\s(in|notin)\s*\(/;
/** A list input: node names, or one label selector (`node.type=services`, `tier in (a,b)`, `!gpu`). */
function parseNodeTarget(items) {
    const cleaned = items.map((item) => item.trim()).filter((item) => item !== '');
    if (cleaned.length === 0)
        return { kind: 'all' };
    if (cleaned.some((item) => SELECTOR.test(item)))
        return { kind: 'selector', selector: cleaned.join(',') };
    return { kind: 'names', names: [...new Set(cleaned)] };
}
/** The named nodes of the cluster; an unknown name is a mistake the message lists the real names for. */
function selectNodesByName(nodes, names, cluster) {
    const byName = new Map(nodes.map((node) => [node.name, node]));
    const unknown = names.filter((name) => !byName.has(name));
    if (unknown.length > 0) {
        throw new errors/* ConfigurationError */.j1(`kind cluster "${cluster}" has no node ${unknown.map((name) => `"${name}"`).join(', ')}; its nodes are ` +
            `${nodes.map((node) => node.name).join(', ')}.`);
    }
    return names.map((name) => byName.get(name));
}
/** Nodes whose Kubernetes labels match the selector, asked of the API server. */
async function nodeNamesMatching(clients, selector) {
    const list = await clients.core.listNode({ labelSelector: selector });
    return list.items.map((node) => node.metadata?.name ?? '').filter((name) => name !== '');
}
async function resolveTargetNodes(nodes, target, cluster, clients) {
    if (target.kind === 'all')
        return nodes;
    if (target.kind === 'names')
        return selectNodesByName(nodes, target.names, cluster);
    const names = await nodeNamesMatching(await clients(), target.selector);
    if (names.length === 0) {
        throw new errors/* ConfigurationError */.j1(`no node of cluster "${cluster}" matches the label selector "${target.selector}".`);
    }
    return selectNodesByName(nodes, names, cluster);
}

// EXTERNAL MODULE: ./src/kube/kind/image-load/refs.ts
var image_load_refs = __webpack_require__(61583);
;// CONCATENATED MODULE: ./src/kube/kind/image-load/retry.ts

/** Runs `fn`, retrying failures that may pass (not a ConfigurationError) with exponential backoff. */
async function withRetries(what, options, fn) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1 || attempt > options.retries)
                throw error;
            const delay = options.backoffMs * 2 ** (attempt - 1);
            options.logger.warn(`${what} failed (attempt ${attempt} of ${options.retries + 1}): ${(0,errors/* errorMessage */.gJ)(error)}; retrying in ${delay}ms`);
            await new Promise((resolve) => setTimeout(resolve, delay));
        }
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/kube/kind/image-load/save.ts




/**
 * One `docker save` of every image (layers the images share are written once), handed to `consumers`
 * streams at the same time as it is written to `file`, so importing overlaps saving. A branch that is
 * destroyed (its consumer failed) is unpiped and does not hold the others back.
 */
async function saveImages(docker, refs, file, consumers) {
    const save = docker.getImages.bind(docker);
    const source = await save({ names: refs });
    const out = (0,external_node_fs_.createWriteStream)(file);
    const branches = Array.from({ length: consumers }, () => new external_node_stream_.PassThrough());
    source.on('error', (error) => {
        out.destroy(error);
        for (const branch of branches)
            branch.destroy(error);
    });
    source.pipe(out);
    for (const branch of branches)
        source.pipe(branch);
    const onDisk = (0,external_node_stream_promises_.finished)(out).then(async () => ({ file, bytes: (await (0,promises_.stat)(file)).size }));
    // Retries await it; without a retry nobody might, and a failed save must not be an unhandled rejection.
    onDisk.catch(() => undefined);
    return { branches, onDisk };
}

// EXTERNAL MODULE: ./src/kube/kind/nodes.ts
var kind_nodes = __webpack_require__(58421);
;// CONCATENATED MODULE: ./src/kube/kind/image-load/load.ts













const IMPORT = [
    'ctr',
    '--namespace=k8s.io',
    'images',
    'import',
    '--all-platforms',
    '--digests',
    '--snapshotter=overlayfs',
    '-',
];
/**
 * Loads local images into a kind cluster's nodes in one batch: one `docker save` of every image some node
 * lacks, streamed into each such node's containerd at the same time; nodes that already hold an image
 * with the same ID and tag are skipped.
 */
async function loadImages(options) {
    const started = Date.now();
    const { docker, logger } = options;
    const wanted = await localImages(docker, options.images);
    const targets = await targetNodes(options);
    const held = await Promise.all(targets.map(async (node) => ({
        node,
        missing: missingImages(await nodeImages(docker, node.name), wanted),
    })));
    const toLoad = held.filter((entry) => entry.missing.length > 0);
    const skipped = held
        .filter((entry) => entry.missing.length === 0)
        .map((entry) => ({ node: entry.node.name, loaded: [], attempts: 0, durationMs: 0 }));
    for (const entry of skipped)
        logger.info(`${entry.node}: already holds ${wanted.length === 1 ? 'the image' : `all ${wanted.length} images`}`);
    const images = wanted.map(({ ref, id }) => ({ ref, id }));
    if (toLoad.length === 0)
        return { images, nodes: skipped, archiveBytes: 0, durationMs: Date.now() - started };
    const refs = wanted
        .filter((image) => toLoad.some((entry) => entry.missing.includes(image)))
        .map((image) => image.ref);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'inception-images-'));
    try {
        const saveStarted = Date.now();
        const archive = await saveImages(docker, refs, external_node_path_default().join(dir, 'images.tar'), toLoad.length);
        archive.onDisk.then(({ bytes }) => logger.info(`saved ${refs.join(', ')} (${(bytes / 2 ** 20).toFixed(1)} MiB) in ${(0,format_duration/* formatDuration */.a)(Date.now() - saveStarted)}`), () => undefined);
        const loads = await Promise.all(toLoad.map((entry, index) => importInto(entry.node, entry.missing, archive.branches[index], archive, options)));
        const { bytes } = await archive.onDisk;
        return { images, nodes: [...loads, ...skipped], archiveBytes: bytes, durationMs: Date.now() - started };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function localImages(docker, refs) {
    const unique = (0,image_load_refs/* checkLoadableRefs */.B_)(refs);
    if (unique.length === 0)
        throw new errors/* ConfigurationError */.j1('No images to load: give at least one name:tag.');
    return Promise.all(unique.map(async (ref) => {
        try {
            const { Id } = await docker.getImage(ref).inspect();
            return { ref, normalized: (0,image_load_refs/* normalizeImageRef */.Q)(ref), id: Id };
        }
        catch (error) {
            if (error.statusCode === 404) {
                throw new errors/* ConfigurationError */.j1(`Image "${ref}" is not in the local Docker engine: build or pull it before loading.`);
            }
            throw error;
        }
    }));
}
async function targetNodes(options) {
    const { cluster } = options;
    const nodes = await (0,kind_nodes/* listKindNodes */.a6)(options.docker, cluster);
    if (nodes.length === 0) {
        throw new errors/* ConfigurationError */.j1(`No kind cluster "${cluster}": no container is labelled ${kind_nodes/* KIND_CLUSTER_LABEL */.Zv}=${cluster}. Run setup-kind first, or give its cluster name.`);
    }
    const target = options.nodeSelector
        ? { kind: 'selector', selector: options.nodeSelector }
        : options.nodes?.length
            ? { kind: 'names', names: options.nodes }
            : { kind: 'all' };
    // The Kubernetes client is loaded only for a label selector: loading by name or into every node needs
    // just the engine.
    const chosen = await resolveTargetNodes(nodes, target, cluster, async () => (await Promise.all(/* import() */[__webpack_require__.e(48), __webpack_require__.e(934)]).then(__webpack_require__.bind(__webpack_require__, 31934))).loadKubeClients({ kubeconfig: options.kubeconfig }));
    const stopped = chosen.filter((node) => !node.running);
    if (stopped.length > 0) {
        throw new Error(`node(s) ${stopped.map((node) => node.name).join(', ')} of cluster "${cluster}" are not running.`);
    }
    return chosen;
}
/** The first attempt reads the archive while it is being saved; retries read the finished file. */
async function importInto(node, images, streamed, archive, options) {
    const started = Date.now();
    let attempts = 0;
    await withRetries(`loading images into ${node.name}`, { retries: options.retries ?? 2, backoffMs: options.backoffMs ?? 1000, logger: options.logger }, async (attempt) => {
        attempts = attempt;
        const input = attempt === 1 ? streamed : (0,external_node_fs_.createReadStream)((await archive.onDisk).file);
        try {
            const result = await (0,node_exec/* execInNode */.P)(options.docker, node.name, IMPORT, input);
            if (result.exitCode !== 0) {
                throw new Error(`ctr images import exited with ${result.exitCode}: ${(result.stderr || result.stdout).trim()}`);
            }
        }
        finally {
            // A failed import must stop reading its branch, or the others would wait on it.
            input.destroy();
        }
    });
    const durationMs = Date.now() - started;
    options.logger.info(`${node.name}: loaded ${images.map((image) => image.ref).join(', ')} in ${(0,format_duration/* formatDuration */.a)(durationMs)}`);
    return { node: node.name, loaded: images.map((image) => image.ref), attempts, durationMs };
}

// EXTERNAL MODULE: ./src/kube/kind/registry/config.ts
var registry_config = __webpack_require__(59006);
;// CONCATENATED MODULE: ./src/kube/kind/registry/push.ts



/** Tags each image for the local registry and pushes it there through the Engine API, all at once. */
async function pushToLocalRegistry(docker, host, refs, logger) {
    return Promise.all((0,image_load_refs/* checkLoadableRefs */.B_)(refs).map(async (ref) => {
        const started = Date.now();
        const registryRef = (0,registry_config/* registryReference */.r)(host, ref);
        const colon = registryRef.lastIndexOf(':');
        const repo = registryRef.slice(0, colon);
        const tag = registryRef.slice(colon + 1);
        await docker.getImage(ref).tag({ repo, tag });
        const stream = await docker.getImage(registryRef).push({ tag });
        await followPush(docker, stream, registryRef);
        logger.info(`pushed ${registryRef} in ${(0,format_duration/* formatDuration */.a)(Date.now() - started)}`);
        return { ref, registryRef };
    }));
}
function followPush(docker, stream, ref) {
    return new Promise((resolve, reject) => {
        docker.modem.followProgress(stream, (error, messages) => {
            const failed = messages?.find((message) => message.error || message.errorDetail);
            if (error)
                reject(error);
            else if (failed)
                reject(new Error(`push of ${ref} failed: ${failed.errorDetail?.message ?? failed.error}`));
            else
                resolve();
        });
    });
}

;// CONCATENATED MODULE: ./src/kube/kind/index.ts

// Cluster lifecycle needs the Kubernetes client (readiness); loading images into nodes does not, so the
// lifecycle is loaded when used.
async function createKindCluster(...args) {
    return (await Promise.all(/* import() */[__webpack_require__.e(48), __webpack_require__.e(429)]).then(__webpack_require__.bind(__webpack_require__, 79429))).createKindCluster(...args);
}
async function deleteKindCluster(...args) {
    return (await Promise.all(/* import() */[__webpack_require__.e(48), __webpack_require__.e(429)]).then(__webpack_require__.bind(__webpack_require__, 79429))).deleteKindCluster(...args);
}








/***/ }),

/***/ 35834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ execInNode)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Runs a command in a node container through the Engine API (as `docker exec -i`); `stdin` is streamed
 * in and closed at its end, so a command reading `-` sees end of file.
 */
async function execInNode(docker, container, command, stdin) {
    const exec = await docker.getContainer(container).exec({
        Cmd: command,
        AttachStdin: stdin !== undefined,
        AttachStdout: true,
        AttachStderr: true,
        Tty: false,
    });
    const stream = await exec.start({ hijack: true, stdin: stdin !== undefined });
    const stdout = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough();
    const stderr = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough();
    const chunks = { stdout: [], stderr: [] };
    stdout.on('data', (chunk) => chunks.stdout.push(chunk));
    stderr.on('data', (chunk) => chunks.stderr.push(chunk));
    docker.modem.demuxStream(stream, stdout, stderr);
    const ended = new Promise((resolve, reject) => {
        stream.on('end', resolve);
        stream.on('close', resolve);
        stream.on('error', reject);
    });
    // pipeline ends the hijacked socket's write side when stdin is done: the engine then closes the
    // command's stdin. Its failure alone says nothing; the exit code does.
    const feeding = stdin ? (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(stdin, stream, { end: true }).catch(() => undefined) : undefined;
    await ended;
    // A command that exits without reading all of stdin (a failed import) would leave the feed waiting.
    if (stdin && !stdin.readableEnded)
        stdin.destroy();
    await feeding;
    let inspected = await exec.inspect();
    // The output can end a moment before the engine records the exit code.
    for (let tries = 0; inspected.Running && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        inspected = await exec.inspect();
    }
    return {
        exitCode: inspected.ExitCode ?? -1,
        stdout: Buffer.concat(chunks.stdout).toString('utf8'),
        stderr: Buffer.concat(chunks.stderr).toString('utf8'),
    };
}


/***/ }),

/***/ 58421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zv: () => (/* binding */ KIND_CLUSTER_LABEL),
/* harmony export */   a6: () => (/* binding */ listKindNodes)
/* harmony export */ });
/* unused harmony export KIND_ROLE_LABEL */
/** kind labels every node container of a cluster with its name and role. */
const KIND_CLUSTER_LABEL = 'io.x-k8s.kind.cluster';
const KIND_ROLE_LABEL = 'io.x-k8s.kind.role';
/** The node containers of a kind cluster, sorted by name. */
async function listKindNodes(docker, cluster) {
    const containers = await docker.listContainers({
        all: true,
        filters: { label: [`${KIND_CLUSTER_LABEL}=${cluster}`] },
    });
    return containers
        .map((container) => ({
        name: (container.Names[0] ?? container.Id).replace(/^\//, ''),
        role: container.Labels[KIND_ROLE_LABEL] ?? 'unknown',
        running: container.State === 'running',
    }))
        .sort((a, b) => a.name.localeCompare(b.name));
}


/***/ }),

/***/ 59006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ registryHostsToml),
/* harmony export */   Cm: () => (/* binding */ REGISTRY_CONTAINER_PORT),
/* harmony export */   dV: () => (/* binding */ localRegistryHostingData),
/* harmony export */   gC: () => (/* binding */ registryHostsPath),
/* harmony export */   r: () => (/* binding */ registryReference),
/* harmony export */   s0: () => (/* binding */ registryContainerName)
/* harmony export */ });
/* harmony import */ var _image_load_refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61583);

/** Port the registry listens on inside its container (registry:2's default). */
const REGISTRY_CONTAINER_PORT = 5000;
/** The registry container of a cluster; one per cluster, so clusters side by side do not share one. */
function registryContainerName(cluster) {
    return `${cluster}-registry`;
}
/**
 * containerd's hosts.toml for `localhost:<port>` on a node: pulls of that name go, over plain HTTP, to the
 * registry container on the kind network, so the same reference works from the runner and in the cluster.
 */
function registryHostsToml(container) {
    return `[host."http://${container}:${REGISTRY_CONTAINER_PORT}"]\n  capabilities = ["pull", "resolve"]\n`;
}
/** Where containerd looks for that file (config_path set by the kind config patch). */
function registryHostsPath(host) {
    return `/etc/containerd/certs.d/${host}/hosts.toml`;
}
/** KEP-1755's ConfigMap, by which tools in the cluster learn where the local registry is. */
function localRegistryHostingData(host) {
    return {
        'localRegistryHosting.v1': `host: "${host}"\nhelp: "https://kind.sigs.k8s.io/docs/user/local-registry/"\n`,
    };
}
/** `api:run-1` → `localhost:5001/api:run-1`; a registry domain of the original is replaced. */
function registryReference(host, ref) {
    const domain = (0,_image_load_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceDomain */ .s0)(ref);
    return `${host}/${domain ? ref.slice(domain.length + 1) : ref}`;
}


/***/ })

};
