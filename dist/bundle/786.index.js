export const id = 786;
export const ids = [786];
export const modules = {

/***/ 78786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  clusterMarkdown: () => (/* binding */ clusterMarkdown),
  setupKindMain: () => (/* binding */ setupKindMain)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
// EXTERNAL MODULE: ./src/kube/kind/index.ts + 6 modules
var kube_kind = __webpack_require__(75327);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/shared/cache/actions-cache.ts
var actions_cache = __webpack_require__(64668);
;// CONCATENATED MODULE: ./src/kube/tools/checksum.ts
const SHA256 = /^[0-9a-f]{64}$/i;
/**
 * The digest in a published checksum file: kubectl's `.sha256` holds the bare hex, kind's `.sha256sum`
 * holds `<hex>  <file name>` (sha256sum's format, `*` before the name in binary mode). When the file lists
 * several names, `fileName` picks the line.
 */
function parseSha256File(text, fileName) {
    const entries = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => {
        const [digest = '', ...rest] = line.split(/\s+/);
        return { digest: digest.toLowerCase(), name: rest.join(' ').replace(/^\*/, '') };
    });
    const valid = entries.filter((entry) => SHA256.test(entry.digest));
    const named = fileName
        ? valid.filter((entry) => entry.name === '' || entry.name.endsWith(fileName))
        : valid;
    const [chosen] = named;
    if (!chosen || named.length > 1) {
        const want = fileName ? ` for ${fileName}` : '';
        throw new Error(`no single sha256 digest${want} in the checksum file: ${JSON.stringify(text.slice(0, 200))}`);
    }
    return chosen.digest;
}
/** A download whose bytes are not what the project published; it is never cached. */
class ChecksumMismatchError extends Error {
    url;
    expected;
    actual;
    name = 'ChecksumMismatchError';
    constructor(url, expected, actual) {
        super(`sha256 of ${url} is ${actual}, but its published checksum is ${expected}; the download was ` +
            'discarded and not cached. Retry the job; if it happens again, the file or the checksum URL is wrong.');
        this.url = url;
        this.expected = expected;
        this.actual = actual;
    }
}

// EXTERNAL MODULE: ./src/shared/files/sha256-file.ts
var sha256_file = __webpack_require__(16561);
;// CONCATENATED MODULE: ./src/kube/tools/actions-cache.ts








/** Raised when what an entry holds changes (file names, the digest beside the binary), so old entries miss. */
const ACTIONS_CACHE_LAYOUT = 1;
/** The Actions cache key of one tool release for one platform, e.g. `inception-kind-v0.29.0-linux-x64-layout1`. */
function actionsCacheKey(tool) {
    const platform = tool.platform ?? process.platform;
    const arch = tool.arch ?? process.arch;
    return `inception-${tool.tool}-${tool.version}-${platform}-${arch}-layout${ACTIONS_CACHE_LAYOUT}`;
}
/**
 * The folder an entry is saved from and restored into. @actions/cache hashes the paths it is given into the
 * entry's version, so the folder must be the same in every run: not under RUNNER_TEMP or the tool cache,
 * which a runner may place anywhere (act: a new folder per run).
 */
function actionsCacheDir(tool, tmpdir = external_node_os_default().tmpdir()) {
    return external_node_path_default().join(tmpdir, 'inception-actions-cache', actionsCacheKey(tool));
}
/**
 * The tool from the Actions cache, its sha256 checked against the digest saved beside it (the one its
 * download was verified with); undefined on a miss. Never throws: a cache that fails is a warning.
 */
async function restoreFromActionsCache(tool, logger) {
    const key = actionsCacheKey(tool);
    const dir = actionsCacheDir(tool);
    const discard = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        const cache = await (0,actions_cache/* loadActionsCache */.g)(logger);
        if (!cache)
            return undefined;
        await discard();
        // The service also matches keys by prefix, but an entry's version hashes its folder, which holds the
        // whole key: only this key's entry can match.
        const matched = await cache.restoreCache([dir], key);
        if (!matched) {
            logger.info(`${tool.tool} ${tool.version} is not in the Actions cache (key ${key})`);
            await discard();
            return undefined;
        }
        const file = external_node_path_default().join(dir, tool.fileName);
        const expected = parseSha256File(await (0,promises_.readFile)(digestFile(file), 'utf8'), tool.fileName);
        const actual = await (0,sha256_file/* sha256OfFile */.V)(file);
        if (actual !== expected) {
            throw new Error(`its sha256 is ${actual}, but it was saved with ${expected}`);
        }
        logger.info(`restored ${tool.tool} ${tool.version} from the Actions cache (key ${key}), sha256 ${actual}`);
        return { file, discard };
    }
    catch (error) {
        logger.warn(`could not restore ${tool.tool} ${tool.version} from the Actions cache (key ${key}): ` +
            `${(0,errors/* errorMessage */.gJ)(error)}; downloading it instead.`);
        await discard().catch(() => undefined);
        return undefined;
    }
}
/**
 * Saves a verified tool under its key. Never throws: a failed save is a warning, and a key another job saved
 * first (the service answers 409) is normal, as the entry is already there.
 */
async function saveToActionsCache(tool, file, sha256, logger) {
    const key = actionsCacheKey(tool);
    const dir = actionsCacheDir(tool);
    try {
        const cache = await (0,actions_cache/* loadActionsCache */.g)(logger);
        if (!cache)
            return;
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)(dir, { recursive: true });
        const staged = external_node_path_default().join(dir, tool.fileName);
        await (0,promises_.copyFile)(file, staged);
        await (0,promises_.writeFile)(digestFile(staged), `${sha256}  ${tool.fileName}\n`);
        // @actions/cache logs a refused reservation (the key exists) and upload failures itself, and returns -1.
        const id = await cache.saveCache([dir], key);
        if (id === -1)
            logger.info(`${tool.tool} ${tool.version} was not saved to the Actions cache (key ${key})`);
        else
            logger.info(`saved ${tool.tool} ${tool.version} to the Actions cache (key ${key})`);
    }
    catch (error) {
        logger.warn(`could not save ${tool.tool} ${tool.version} to the Actions cache (key ${key}): ${(0,errors/* errorMessage */.gJ)(error)}; ` +
            'the next run downloads it again.');
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}
function digestFile(file) {
    return `${file}.sha256`;
}

;// CONCATENATED MODULE: ./src/kube/tools/download.ts





/** Where each tool is published; the environment variables point tests (or a mirror) elsewhere. */
const DOWNLOAD_BASES = {
    kind: {
        env: 'INCEPTION_KIND_DOWNLOAD_BASE',
        base: 'https://github.com/kubernetes-sigs/kind/releases/download',
    },
    kubectl: { env: 'INCEPTION_KUBECTL_DOWNLOAD_BASE', base: 'https://dl.k8s.io/release' },
};
const GO_ARCH = { x64: 'amd64', arm64: 'arm64' };
/** The download and checksum URLs of a tool release for this platform. */
function toolDownload(tool, version, env = process.env, platform = process.platform, arch = process.arch) {
    const os = platform === 'win32' ? 'windows' : platform;
    const goArch = GO_ARCH[arch] ?? arch;
    const exe = os === 'windows' ? '.exe' : '';
    const base = (env[DOWNLOAD_BASES[tool].env] || DOWNLOAD_BASES[tool].base).replace(/\/+$/, '');
    if (tool === 'kind') {
        const url = `${base}/${version}/kind-${os}-${goArch}${exe}`;
        return { tool, version, url, checksumUrl: `${url}.sha256sum`, fileName: `kind${exe}` };
    }
    const url = `${base}/${version}/bin/${os}/${goArch}/kubectl${exe}`;
    return { tool, version, url, checksumUrl: `${url}.sha256`, fileName: `kubectl${exe}` };
}
/**
 * Downloads a release and its published sha256, and returns the file only when they agree; on a mismatch
 * the file is deleted and ChecksumMismatchError names both digests and the URL.
 */
async function downloadVerified(download, logger) {
    logger.info(`downloading ${download.url}`);
    const checksumFile = await downloadOrExplain(download.checksumUrl, download);
    let expected;
    try {
        expected = parseSha256File(await (0,promises_.readFile)(checksumFile, 'utf8'), download.url.split('/').at(-1));
    }
    finally {
        await (0,promises_.rm)(checksumFile, { force: true });
    }
    const file = await downloadOrExplain(download.url, download);
    const actual = await (0,sha256_file/* sha256OfFile */.V)(file);
    if (actual !== expected) {
        await (0,promises_.rm)(file, { force: true });
        throw new ChecksumMismatchError(download.url, expected, actual);
    }
    logger.info(`sha256 ${actual} matches ${download.checksumUrl}`);
    return { file, sha256: actual };
}
async function downloadOrExplain(url, download) {
    try {
        return await tool_cache/* downloadTool */.bq(url);
    }
    catch (error) {
        throw new Error(`could not download ${download.tool} ${download.version} from ${url}: ${(0,errors/* errorMessage */.gJ)(error)}. ` +
            `Check the version, or set ${DOWNLOAD_BASES[download.tool].env} to a mirror.`);
    }
}

// EXTERNAL MODULE: ./src/shared/process/run-command.ts
var run_command = __webpack_require__(46518);
;// CONCATENATED MODULE: ./src/kube/tools/version.ts

const VERSION = /v?(\d+)\.(\d+)\.(\d+)/;
/** `v1.33.1`, `1.33.1`, `v1.32.4-dispatcher` → its numbers; undefined when there are none. */
function parseVersion(text) {
    const match = VERSION.exec(text);
    if (!match)
        return undefined;
    return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}
function formatVersion(version) {
    return `v${version.major}.${version.minor}.${version.patch}`;
}
/** A version a user wrote (`v0.29.0` or `0.29.0`) as `v0.29.0`; anything else is refused. */
function requireVersion(text, where) {
    const trimmed = text.trim();
    if (!/^v?\d+\.\d+\.\d+$/.test(trimmed)) {
        throw new errors/* ConfigurationError */.j1(`${where}: "${text}" is not a version; write it as v<major>.<minor>.<patch>, e.g. v0.29.0.`);
    }
    return trimmed.startsWith('v') ? trimmed : `v${trimmed}`;
}
/** The tool cache keys versions by plain semver. */
function toolCacheVersion(version) {
    return version.replace(/^v/, '');
}
/** `kind version` prints `kind v0.29.0 go1.24.2 linux/amd64`. */
function parseKindVersionOutput(output) {
    const match = /^kind (v\d+\.\d+\.\d+\S*)/m.exec(output.trim());
    return match?.[1];
}
/** `kubectl version --client -o json` → clientVersion.gitVersion. */
function parseKubectlVersionOutput(output) {
    try {
        const parsed = JSON.parse(output);
        const version = parsed.clientVersion?.gitVersion;
        return typeof version === 'string' ? version : undefined;
    }
    catch {
        return undefined;
    }
}
/** kubectl is supported within one minor version of the API server (Kubernetes' version skew policy). */
function kubectlSupportsServer(kubectl, server) {
    const client = parseVersion(kubectl);
    const api = parseVersion(server);
    if (!client || !api || client.major !== api.major)
        return false;
    return Math.abs(client.minor - api.minor) <= 1;
}
/** Same major.minor.patch, whatever build suffix either carries. */
function sameRelease(a, b) {
    const left = parseVersion(a);
    const right = parseVersion(b);
    return !!left && !!right && formatVersion(left) === formatVersion(right);
}

;// CONCATENATED MODULE: ./src/kube/tools/install.ts









/**
 * kind `version`: the one on PATH when it reports that version, else the tool cache, else the Actions cache
 * (when asked), else a verified download.
 */
async function installKind(version, options) {
    const env = options.env ?? process.env;
    const onPath = await findOnPath('kind', env);
    if (onPath) {
        const reported = parseKindVersionOutput((await (0,run_command/* runProgram */.mB)(onPath, ['version'], { env })).stdout);
        if (reported && sameRelease(reported, version))
            return preinstalled('kind', onPath, reported);
        options.logger.info(`kind on PATH (${onPath}) reports ${reported ?? 'no version'}, not ${version}`);
    }
    return cachedOrDownloaded('kind', version, options);
}
async function installKubectl(request, options) {
    const env = options.env ?? process.env;
    const wanted = request.version ?? releaseOf(request.serverVersion);
    const onPath = await findOnPath('kubectl', env);
    if (onPath) {
        const output = await (0,run_command/* runProgram */.mB)(onPath, ['version', '--client', '-o', 'json'], { env });
        const reported = parseKubectlVersionOutput(output.stdout);
        const fits = reported
            ? request.version
                ? sameRelease(reported, request.version)
                : kubectlSupportsServer(reported, request.serverVersion)
            : false;
        if (reported && fits)
            return preinstalled('kubectl', onPath, reported);
        const why = request.version
            ? `not ${request.version}`
            : `outside one minor version of the server ${request.serverVersion}`;
        options.logger.info(`kubectl on PATH (${onPath}) reports ${reported ?? 'no version'}, ${why}`);
    }
    return cachedOrDownloaded('kubectl', wanted, options);
}
/** `v1.33.1-gke.200` → `v1.33.1`: releases are published without build suffixes. */
function releaseOf(gitVersion) {
    return /^v?\d+\.\d+\.\d+/.exec(gitVersion)?.[0].replace(/^v?/, 'v') ?? gitVersion;
}
function preinstalled(tool, file, version) {
    return { tool, path: file, dir: external_node_path_default().dirname(file), version, source: 'preinstalled' };
}
async function cachedOrDownloaded(tool, version, options) {
    const env = options.env ?? process.env;
    const download = toolDownload(tool, version, env);
    const cacheVersion = toolCacheVersion(version);
    const cached = tool_cache/* find */.I6(tool, cacheVersion);
    if (cached) {
        const file = external_node_path_default().join(cached, download.fileName);
        if (await isExecutable(file))
            return { tool, path: file, dir: cached, version, source: 'tool-cache' };
    }
    const actionsCache = options.actionsCache === true && (0,actions_cache/* actionsCacheOffered */.l)(env);
    if (actionsCache) {
        const restored = await restoreFromActionsCache(download, options.logger);
        if (restored) {
            try {
                const dir = await intoToolCache(restored.file, tool, version, download.fileName);
                return { tool, path: external_node_path_default().join(dir, download.fileName), dir, version, source: 'actions-cache' };
            }
            finally {
                await restored.discard();
            }
        }
    }
    const { file, sha256 } = await downloadVerified(download, options.logger);
    const dir = await intoToolCache(file, tool, version, download.fileName);
    const installed = external_node_path_default().join(dir, download.fileName);
    if (actionsCache)
        await saveToActionsCache(download, installed, sha256, options.logger);
    return { tool, path: installed, dir, version, source: 'download' };
}
async function intoToolCache(file, tool, version, fileName) {
    await (0,promises_.chmod)(file, 0o755);
    try {
        return await tool_cache/* cacheFile */.NJ(file, fileName, tool, toolCacheVersion(version));
    }
    catch (error) {
        throw new Error(`could not put ${tool} ${version} into the tool cache: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** The first executable `name` in PATH, as a shell would find it. */
async function findOnPath(name, env = process.env) {
    for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const file = external_node_path_default().join(dir, name);
        if (await isExecutable(file))
            return file;
    }
    return undefined;
}
async function isExecutable(file) {
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/kube/tools/index.ts



// EXTERNAL MODULE: ./src/shared/format/format-duration.ts
var format_duration = __webpack_require__(3619);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 12 modules
var runner = __webpack_require__(2136);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
// EXTERNAL MODULE: ./src/shared/format/markdown.ts
var markdown = __webpack_require__(85116);
// EXTERNAL MODULE: ./src/actions/setup-kind/state.ts
var state = __webpack_require__(65647);
;// CONCATENATED MODULE: ./src/actions/setup-kind/inputs.ts









const DEFAULT_KIND_VERSION = 'v0.29.0';
const DEFAULT_REGISTRY_IMAGE = 'registry:2';
const DEFAULT_WAIT_MS = 5 * 60_000;
/** Each node is a container running a kubelet: more than this does not fit on one runner. */
const MAX_WORKERS = 20;
const { inputs } = constants/* SetupKind */.mI;
const GENERATOR_INPUTS = [inputs.workers, inputs.nodeLabels, inputs.extraPortMappings];
function readSetupKindInputs(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const clusterName = (0,kube_kind/* validateClusterName */.yO)((0,runner/* nameInput */.K3)(inputs.clusterName, 50, 'integration') ?? (0,kube_kind/* defaultClusterName */.D_)(env), `Input "${inputs.clusterName}"`);
    const kubectlVersion = (0,runner/* nameInput */.K3)(inputs.kubectlVersion, 32, 'v1.33.1');
    const kubeconfig = (0,runner/* stringInput */.Uj)(inputs.kubeconfig);
    return {
        version: requireVersion((0,runner/* nameInput */.K3)(inputs.version, 32, DEFAULT_KIND_VERSION) ?? DEFAULT_KIND_VERSION, `Input "${inputs.version}"`),
        nodeImage: (0,runner/* nameInput */.K3)(inputs.nodeImage, 255, 'kindest/node:v1.33.1'),
        kubectlVersion: kubectlVersion === undefined
            ? undefined
            : requireVersion(kubectlVersion, `Input "${inputs.kubectlVersion}"`),
        clusterName,
        config: readConfig(workspace),
        registry: readRegistry(),
        waitMs: (0,runner/* durationInput */.Ts)(inputs.wait, DEFAULT_WAIT_MS),
        kubeconfig: kubeconfig
            ? external_node_path_default().resolve(workspace, kubeconfig)
            : external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), `kind-${clusterName}.kubeconfig`),
        keep: (0,runner/* booleanInput */.tE)(inputs.keep, false),
        collectLogs: (0,runner/* collectPolicyInput */.Z0)(inputs.collectOnFailure),
        matrix: (0,runner/* stringInput */.Uj)(inputs.matrix),
        installOnly: (0,runner/* booleanInput */.tE)(inputs.installOnly, false),
        cache: (0,runner/* booleanInput */.tE)(inputs.cache, true),
    };
}
function readConfig(workspace) {
    const file = (0,runner/* stringInput */.Uj)(inputs.config);
    if (file) {
        const given = GENERATOR_INPUTS.filter((name) => (0,runner/* stringInput */.Uj)(name) !== undefined);
        if (given.length > 0) {
            throw new errors/* ConfigurationError */.j1(`Give either "${inputs.config}" (your kind config file) or ${given.map((name) => `"${name}"`).join(', ')}, ` +
                'not both: put the nodes, labels and port mappings into your config file.');
        }
        const resolved = (0,runner/* workspacePath */.X5)(file, workspace, inputs.config, 'ci/kind.yaml');
        if (!(0,external_node_fs_.existsSync)(resolved))
            throw new errors/* ConfigurationError */.j1(`Input "${inputs.config}": ${resolved} does not exist.`);
        return { file: resolved };
    }
    return {
        generate: {
            workers: (0,runner/* integerInput */.$A)(inputs.workers, 0, 0, MAX_WORKERS),
            nodeLabels: (0,kube_kind/* parseNodeLabels */.t$)((0,runner/* yamlInput */.eR)(inputs.nodeLabels), `Input "${inputs.nodeLabels}"`),
            extraPortMappings: (0,runner/* listInput */.dt)(inputs.extraPortMappings).map((item) => (0,kube_kind/* parsePortMapping */.Fd)(item, `Input "${inputs.extraPortMappings}"`)),
        },
    };
}
function readRegistry() {
    const value = (0,runner/* stringInput */.Uj)(inputs.registry)?.toLowerCase() ?? 'false';
    const image = (0,runner/* nameInput */.K3)(inputs.registryImage, 255, DEFAULT_REGISTRY_IMAGE) ?? DEFAULT_REGISTRY_IMAGE;
    if (['false', 'no', 'off', '0'].includes(value))
        return undefined;
    if (['true', 'yes', 'on'].includes(value))
        return { image };
    const port = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputs.registry}" is ${(0,runner/* quoted */.TL)(value)}; write true (a free port), false, or the host port to publish it on (e.g. 5001).`);
    }
    return { image, port };
}

;// CONCATENATED MODULE: ./src/actions/setup-kind/main.ts











async function setupKindMain(signal) {
    const inputs = readSetupKindInputs();
    const install = { logger: runner/* actionsLogger */.MV, actionsCache: inputs.cache };
    if (inputs.installOnly)
        return installOnly(inputs, install);
    // Saved before anything exists, so the post step also deletes a half-made cluster.
    state/* setupKindState */.n.save({
        cluster: inputs.clusterName,
        kubeconfig: inputs.kubeconfig,
        keep: inputs.keep,
        collect: inputs.collectLogs,
        matrix: inputs.matrix,
    });
    const docker = await (0,client/* connectDocker */.Z)();
    const kind = await timedGroup(`Install kind ${inputs.version}`, () => installKind(inputs.version, install));
    usePath(kind);
    state/* setupKindState */.n.save({ kind: kind.path });
    const cluster = await (0,kube_kind/* createKindCluster */.HS)({
        docker,
        kind: kind.path,
        name: inputs.clusterName,
        nodeImage: inputs.nodeImage,
        config: inputs.config,
        registry: inputs.registry,
        kubeconfig: inputs.kubeconfig,
        waitMs: inputs.waitMs,
        logger: runner/* actionsLogger */.MV,
        signal,
    });
    const kubectl = await timedGroup('Install kubectl', () => installKubectl({ version: inputs.kubectlVersion, serverVersion: cluster.kubernetesVersion }, install));
    usePath(kubectl);
    const { outputs } = constants/* SetupKind */.mI;
    core/* setOutput */.uH(outputs.kubeconfig, cluster.kubeconfig);
    core/* setOutput */.uH(outputs.context, cluster.context);
    core/* setOutput */.uH(outputs.clusterName, cluster.name);
    core/* setOutput */.uH(outputs.kindVersion, kind.version);
    core/* setOutput */.uH(outputs.kubernetesVersion, cluster.kubernetesVersion);
    core/* setOutput */.uH(outputs.registry, cluster.registry?.host ?? '');
    core/* exportVariable */.dN('KUBECONFIG', cluster.kubeconfig);
    core/* exportVariable */.dN(constants/* ENV_KIND_CLUSTER */.OT, cluster.name);
    if (cluster.registry)
        core/* exportVariable */.dN(constants/* ENV_KIND_REGISTRY */.bM, cluster.registry.host);
    await (0,runner/* writeJobSummary */.j7)(clusterMarkdown(cluster, kind, kubectl));
}
/** The tools alone, for steps that make their own clusters; no state is saved, so the post step does nothing. */
async function installOnly(inputs, install) {
    const kind = await timedGroup(`Install kind ${inputs.version}`, () => installKind(inputs.version, install));
    usePath(kind);
    core/* setOutput */.uH(constants/* SetupKind */.mI.outputs.kindVersion, kind.version);
    const version = inputs.kubectlVersion;
    if (version) {
        const kubectl = await timedGroup(`Install kubectl ${version}`, () => installKubectl({ version, serverVersion: version }, install));
        usePath(kubectl);
    }
}
/** A tool that is not on PATH yet is put there for this step's children and for later steps. */
function usePath(tool) {
    if (tool.source !== 'preinstalled')
        core/* addPath */.fM(tool.dir);
    core/* info */.pq(`${tool.tool} ${tool.version}: ${tool.path} (${tool.source})`);
}
async function timedGroup(title, fn) {
    return core/* group */.Os(title, async () => {
        const started = Date.now();
        const result = await fn();
        core/* info */.pq(`${title}: done in ${(0,format_duration/* formatDuration */.a)(Date.now() - started)}`);
        return result;
    });
}
function clusterMarkdown(cluster, kind, kubectl) {
    const nodes = cluster.nodes.map((node) => [node.name, node.ready ? 'Ready' : node.detail]);
    const phases = cluster.phases.map((phase) => [phase.name, (0,format_duration/* formatDuration */.a)(phase.ms)]);
    return [
        `### ☸️ kind cluster ${cluster.name}`,
        '',
        `Kubernetes ${cluster.kubernetesVersion}, kind ${kind.version} (${kind.source}), kubectl ${kubectl.version} ` +
            `(${kubectl.source}), context \`${cluster.context}\`` +
            (cluster.registry ? `, local registry \`${cluster.registry.host}\`` : ''),
        '',
        (0,markdown/* table */.tp)(['Node', 'Status'], nodes),
        '',
        (0,markdown/* table */.tp)(['Phase', 'Time'], phases, ['left', 'right']),
        '',
    ].join('\n');
}


/***/ }),

/***/ 65647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setupKindState)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2136);

const setupKindState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('setup-kind');


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

/***/ 64668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadActionsCache),
/* harmony export */   l: () => (/* binding */ actionsCacheOffered)
/* harmony export */ });
/** Whether the runner offers a cache service at all; decided without loading @actions/cache. */
function actionsCacheOffered(env) {
    return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}
/** @actions/cache, loaded on first use: actions and runs without a cache service never pay for it. */
async function loadActionsCache(logger) {
    const cache = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(30), __webpack_require__.e(88), __webpack_require__.e(692)]).then(__webpack_require__.bind(__webpack_require__, 45692));
    if (cache.isFeatureAvailable())
        return cache;
    logger.debug('the runner offers no cache service that @actions/cache can use');
    return undefined;
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
