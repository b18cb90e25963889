export const id = 429;
export const ids = [429,934];
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

/***/ 79429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createKindCluster: () => (/* binding */ createKindCluster),
  deleteKindCluster: () => (/* binding */ deleteKindCluster)
});

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
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 828 modules
var dist = __webpack_require__(57048);
// EXTERNAL MODULE: ./src/kube/api-errors.ts
var api_errors = __webpack_require__(84005);
;// CONCATENATED MODULE: ./src/kube/kind/ready.ts




function nodeReadiness(node) {
    const name = node.metadata?.name ?? '?';
    const condition = node.status?.conditions?.find((entry) => entry.type === 'Ready');
    const ready = condition?.status === 'True';
    const detail = ready
        ? ''
        : condition
            ? `${condition.reason ?? condition.status}: ${condition.message ?? ''}`.trim()
            : 'no Ready condition yet';
    return { name, ready, detail };
}
/** Every node Ready, and the coredns Deployment with as many available replicas as it wants (at least one). */
function isClusterReady(nodes, coreDns) {
    return (nodes.length > 0 &&
        nodes.every((node) => node.ready) &&
        coreDns.found &&
        coreDns.desired > 0 &&
        coreDns.available >= coreDns.desired);
}
async function readClusterReadiness(clients) {
    const [nodeList, coreDns] = await Promise.all([clients.core.listNode(), readCoreDns(clients)]);
    const nodes = nodeList.items.map(nodeReadiness);
    return { nodes, coreDns, ready: isClusterReady(nodes, coreDns) };
}
async function readCoreDns(clients) {
    try {
        const deployment = await clients.apps.readNamespacedDeployment({
            name: 'coredns',
            namespace: 'kube-system',
        });
        return {
            desired: deployment.spec?.replicas ?? 1,
            available: deployment.status?.availableReplicas ?? 0,
            found: true,
        };
    }
    catch (error) {
        if (!(0,api_errors/* isNotFound */.c)(error))
            throw error;
        return { desired: 0, available: 0, found: false };
    }
}
/** What is still missing, for progress lines and the timeout message. */
function describeReadiness(state) {
    const waiting = state.nodes.filter((node) => !node.ready);
    const nodes = waiting.length === 0
        ? `${state.nodes.length} node(s) Ready`
        : `not Ready: ${waiting.map((node) => `${node.name} (${node.detail})`).join('; ')}`;
    const dns = state.coreDns.found
        ? `CoreDNS ${state.coreDns.available}/${state.coreDns.desired} available`
        : 'CoreDNS Deployment not created yet';
    return `${nodes}; ${dns}`;
}
const POLL_MS = 1000;
/** Polls the API server until every node is Ready and CoreDNS is available; throws with what is missing. */
async function waitForClusterReady(clients, options) {
    const started = Date.now();
    let last = '';
    let state;
    let lastError = '';
    for (;;) {
        try {
            state = await readClusterReadiness(clients);
            lastError = '';
            const line = describeReadiness(state);
            if (line !== last)
                options.logger.info(`${(0,format_duration/* formatDuration */.a)(Date.now() - started)}: ${line}`);
            last = line;
            if (state.ready)
                return state;
        }
        catch (error) {
            // The API server may still be settling right after kind returns.
            lastError = (0,errors/* errorMessage */.gJ)(error);
        }
        if (Date.now() - started >= options.timeoutMs) {
            const why = state ? describeReadiness(state) : `the API server did not answer (${lastError})`;
            throw new Error(`cluster not ready after ${(0,format_duration/* formatDuration */.a)(options.timeoutMs)}: ${why}`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
}
/** The API server's /version gitVersion, e.g. v1.33.1. */
async function serverVersion(clients) {
    const info = await clients.config.makeApiClient(dist/* VersionApi */.Nq_).getCode();
    return info.gitVersion;
}

// EXTERNAL MODULE: ./src/kube/kind/cluster-name.ts
var cluster_name = __webpack_require__(46892);
// EXTERNAL MODULE: ./src/kube/kind/config.ts
var kind_config = __webpack_require__(79140);
// EXTERNAL MODULE: ./src/kube/kind/nodes.ts
var kind_nodes = __webpack_require__(58421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/kube/kind/node-exec.ts
var node_exec = __webpack_require__(35834);
// EXTERNAL MODULE: ./src/kube/kind/registry/config.ts
var config = __webpack_require__(59006);
;// CONCATENATED MODULE: ./src/kube/kind/registry/registry.ts






/** Our label on a registry container; its value is the cluster's name. */
const REGISTRY_LABEL = 'io.inception.kind-registry';
/** How long a fresh registry container may take to answer /v2/. */
const READY_TIMEOUT_MS = 30_000;
/** Starts the registry container, published on 127.0.0.1:<port>, and waits until it answers /v2/. */
async function startLocalRegistry(options) {
    const { docker, cluster, image } = options;
    try {
        await docker.getImage(image).inspect();
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`The registry image "${image}" is not in the local Docker engine and is not pulled by setup-kind: pull it first ` +
            '(docker pull registry:2), or set registry-image to one you have.');
    }
    const port = options.port ?? (await freePort());
    const name = (0,config/* registryContainerName */.s0)(cluster);
    const container = await docker.createContainer({
        name,
        Image: image,
        Labels: { [REGISTRY_LABEL]: cluster },
        ExposedPorts: { [`${config/* REGISTRY_CONTAINER_PORT */.Cm}/tcp`]: {} },
        HostConfig: {
            PortBindings: { [`${config/* REGISTRY_CONTAINER_PORT */.Cm}/tcp`]: [{ HostIp: '127.0.0.1', HostPort: String(port) }] },
            RestartPolicy: { Name: 'unless-stopped' },
        },
    });
    await container.start();
    const host = `localhost:${port}`;
    await waitForRegistry(port, READY_TIMEOUT_MS);
    options.logger.info(`registry ${name} answers at ${host}`);
    return { container: name, host, port };
}
/**
 * Joins the registry to the cluster's Docker network and tells every node's containerd to pull
 * `localhost:<port>/…` from it; publishes the KEP-1755 ConfigMap.
 */
async function connectLocalRegistry(docker, registry, nodes, clients, network = process.env.KIND_EXPERIMENTAL_DOCKER_NETWORK || 'kind') {
    const info = await docker.getContainer(registry.container).inspect();
    if (!info.NetworkSettings.Networks[network])
        await docker.getNetwork(network).connect({ Container: registry.container });
    const file = (0,config/* registryHostsPath */.gC)(registry.host);
    const dir = external_node_path_.posix.dirname(file);
    await Promise.all(nodes.map(async (node) => {
        const write = await (0,node_exec/* execInNode */.P)(docker, node, ['sh', '-c', `mkdir -p '${dir}' && cat > '${file}'`], external_node_stream_.Readable.from([(0,config/* registryHostsToml */.Be)(registry.container)]));
        if (write.exitCode !== 0)
            throw new Error(`could not write ${file} on node ${node}: ${write.stderr.trim()}`);
    }));
    const body = {
        metadata: { name: 'local-registry-hosting', namespace: 'kube-public' },
        data: (0,config/* localRegistryHostingData */.dV)(registry.host),
    };
    try {
        await clients.core.createNamespacedConfigMap({ namespace: 'kube-public', body });
    }
    catch (error) {
        if (error.code !== 409)
            throw error;
        await clients.core.replaceNamespacedConfigMap({
            name: 'local-registry-hosting',
            namespace: 'kube-public',
            body,
        });
    }
}
/** Removes the cluster's registry container (and its anonymous storage volume); absent is fine. */
async function removeLocalRegistry(docker, cluster, logger) {
    const containers = await docker.listContainers({
        all: true,
        filters: { label: [`${REGISTRY_LABEL}=${cluster}`] },
    });
    for (const container of containers) {
        try {
            await docker.getContainer(container.Id).remove({ force: true, v: true });
            logger.info(`removed registry container ${container.Names[0]?.replace(/^\//, '') ?? container.Id}`);
        }
        catch (error) {
            logger.warn(`could not remove registry container ${container.Id}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return containers.length > 0;
}
function freePort() {
    return new Promise((resolve, reject) => {
        const server = external_node_net_default().createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')));
        });
    });
}
async function waitForRegistry(port, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
        try {
            const response = await fetch(`http://127.0.0.1:${port}/v2/`);
            if (response.ok)
                return;
            last = `HTTP ${response.status}`;
        }
        catch (error) {
            last = (0,errors/* errorMessage */.gJ)(error);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the registry on 127.0.0.1:${port} did not answer /v2/ within ${timeoutMs / 1000}s (${last})`);
}

// EXTERNAL MODULE: ./src/shared/process/run-command.ts
var run_command = __webpack_require__(46518);
;// CONCATENATED MODULE: ./src/kube/kind/cluster.ts












/**
 * Creates a kind cluster and waits through the API until every node is Ready and CoreDNS is available.
 * A cluster that fails half-way is left (kind --retain) so its diagnostics can be collected; call
 * deleteKindCluster afterwards either way.
 */
async function createKindCluster(options) {
    const { logger, docker, name } = options;
    const phases = [];
    const phase = async (title, fn) => logger.group(title, async () => {
        const started = Date.now();
        const result = await fn();
        const ms = Date.now() - started;
        phases.push({ name: title, ms });
        logger.info(`${title}: done in ${(0,format_duration/* formatDuration */.a)(ms)}`);
        return result;
    });
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), `kind-${name}-`));
    try {
        const configFile = await writeConfig(options, work);
        const registry = options.registry
            ? await phase(`Start local registry for ${name}`, () => startLocalRegistry({
                docker,
                cluster: name,
                image: options.registry.image,
                port: options.registry.port,
                logger,
            }))
            : undefined;
        await (0,promises_.mkdir)(external_node_path_default().dirname(options.kubeconfig), { recursive: true });
        await phase(`Create kind cluster ${name}`, async () => {
            logger.info(await (0,promises_.readFile)(configFile, 'utf8'));
            const args = [
                'create',
                'cluster',
                '--name',
                name,
                '--config',
                configFile,
                '--kubeconfig',
                options.kubeconfig,
            ];
            if (options.nodeImage)
                args.push('--image', options.nodeImage);
            await (0,run_command/* runProgramChecked */.fs)(options.kind, [...args, '--wait', '0s', '--retain'], {
                onOutput: (chunk) => logger.output(chunk),
                signal: options.signal,
            });
            options.signal?.throwIfAborted();
        });
        const context = (0,cluster_name/* kindContext */._3)(name);
        const clients = (0,client.loadKubeClients)({ kubeconfig: options.kubeconfig, context });
        if (registry) {
            await phase(`Connect registry ${registry.host} to ${name}`, async () => {
                const nodes = (await (0,kind_nodes/* listKindNodes */.a6)(docker, name)).map((node) => node.name);
                await connectLocalRegistry(docker, registry, nodes, clients);
            });
        }
        const ready = await phase(`Wait for nodes and CoreDNS of ${name}`, () => waitForClusterReady(clients, { timeoutMs: options.waitMs, logger }));
        return {
            name,
            kubeconfig: options.kubeconfig,
            context,
            kubernetesVersion: await serverVersion(clients),
            nodes: ready.nodes,
            registry,
            phases,
        };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function writeConfig(options, work) {
    const { config } = options;
    if ('file' in config && !options.registry)
        return config.file;
    const text = 'file' in config
        ? (0,kind_config/* addRegistryPatch */.B$)(await (0,promises_.readFile)(config.file, 'utf8'), `kind config ${config.file}`)
        : (0,kind_config/* generateKindConfig */.c_)(config.generate, !!options.registry);
    const file = external_node_path_default().join(work, 'kind-config.yaml');
    await (0,promises_.writeFile)(file, text);
    return file;
}
/**
 * Deletes the cluster's nodes (kind delete) and its local registry; a cluster already gone is fine. Node
 * containers kind could not remove (or a kind binary that is gone) are removed through the engine.
 */
async function deleteKindCluster(options) {
    const { docker, name, logger } = options;
    const args = ['delete', 'cluster', '--name', name];
    if (options.kubeconfig)
        args.push('--kubeconfig', options.kubeconfig);
    const result = await (0,run_command/* runProgram */.mB)(options.kind, args).catch((error) => ({
        exitCode: -1,
        stdout: '',
        stderr: `could not run ${options.kind}: ${(0,errors/* errorMessage */.gJ)(error)}\n`,
    }));
    logger.output(result.stdout + result.stderr);
    await removeLocalRegistry(docker, name, logger);
    for (const node of await (0,kind_nodes/* listKindNodes */.a6)(docker, name)) {
        await docker.getContainer(node.name).remove({ force: true, v: true });
        logger.info(`removed node container ${node.name} through the engine`);
    }
    if (result.exitCode !== 0)
        logger.warn(`kind delete cluster ${name} exited with ${result.exitCode}`);
}


/***/ }),

/***/ 46518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fs: () => (/* binding */ runProgramChecked),
/* harmony export */   mB: () => (/* binding */ runProgram),
/* harmony export */   oo: () => (/* binding */ ProgramNotFoundError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** The program is not installed (or not on PATH): callers say "skipped" rather than "failed". */
class ProgramNotFoundError extends Error {
    name = 'ProgramNotFoundError';
}
/** Lines of output kept in an error message. */
const TAIL_LINES = 40;
/** Runs a program without a shell; resolves with its exit code and output (never rejects on exit codes). */
function runProgram(file, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
        const stop = () => child.kill('SIGTERM');
        if (options.signal?.aborted)
            stop();
        else
            options.signal?.addEventListener('abort', stop, { once: true });
        child.stdout.on('data', (chunk) => {
            stdout += chunk.toString('utf8');
            options.onOutput?.(chunk.toString('utf8'));
        });
        child.stderr.on('data', (chunk) => {
            stderr += chunk.toString('utf8');
            options.onOutput?.(chunk.toString('utf8'));
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', stop);
            reject(error.code === 'ENOENT' ? new ProgramNotFoundError(`"${file}" not found`) : error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', stop);
            resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr });
        });
    });
}
/** Runs a program and rejects, with the tail of its output, when it exits non-zero. */
async function runProgramChecked(file, args, options = {}) {
    const result = await runProgram(file, args, options);
    if (result.exitCode !== 0) {
        const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-TAIL_LINES).join('\n');
        throw new Error(`\`${[file, ...args].join(' ')}\` exited with ${result.exitCode}:\n${tail}`);
    }
    return result;
}


/***/ })

};
