export const id = 46;
export const ids = [46];
export const modules = {

/***/ 98046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployToCluster: () => (/* binding */ deployToCluster),
  ensureKindCluster: () => (/* binding */ ensureKindCluster),
  imagePlaceholders: () => (/* binding */ imagePlaceholders),
  kindClusterOf: () => (/* binding */ kindClusterOf),
  runClusterTests: () => (/* binding */ runClusterTests)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/docker/build/index.ts + 8 modules
var build = __webpack_require__(22576);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/kube/api-errors.ts
var api_errors = __webpack_require__(84005);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 828 modules
var dist = __webpack_require__(57048);
;// CONCATENATED MODULE: ./src/kube/deploy/apply.ts


const FIELD_MANAGER = 'inception';
/** Server-side apply, as `kubectl apply --server-side`: objects without a namespace go into `namespace`
 * (the API ignores it for cluster-scoped kinds). */
async function applyObjects(clients, objects, namespace) {
    const api = dist/* KubernetesObjectApi */.e1Y.makeApiClient(clients.config);
    for (const object of objects) {
        const placed = {
            ...object,
            metadata: { ...object.metadata, namespace: object.metadata?.namespace ?? namespace },
        };
        try {
            await api.patch(placed, undefined, undefined, FIELD_MANAGER, true, dist/* PatchStrategy */.Qve.ServerSideApply);
        }
        catch (error) {
            throw new Error(`applying ${object.kind} ${object.metadata?.name ?? '(no name)'} in ${namespace} failed: ${(0,api_errors/* apiErrorMessage */.Q)(error)}`);
        }
    }
}

// EXTERNAL MODULE: ./src/shared/run-command.ts
var run_command = __webpack_require__(21280);
;// CONCATENATED MODULE: ./src/kube/deploy/manifests.ts






const KUSTOMIZATION = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** `${NAME}` replaced by its value; any other `${...}` is a mistake the message names. */
function substitutePlaceholders(text, values, where) {
    return text.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_, name) => {
        const value = values[name];
        if (value === undefined) {
            const known = Object.keys(values);
            throw new errors/* ConfigurationError */.j1(`${where}: no value for \${${name}}; the placeholders are the images' (${known.join(', ') || 'none'}): ` +
                'name the image with placeholder: in cluster.images, or remove it.');
        }
        return value;
    });
}
/** The YAML of one manifest path: a file, a kustomization (built by `kubectl kustomize`), or a folder's
 * *.yaml/*.yml files in name order. */
async function manifestText(file, kubectl) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* ConfigurationError */.j1(`manifest ${file} not found: check cluster.deploy.`);
    if (!(0,external_node_fs_.statSync)(file).isDirectory())
        return [{ text: await (0,promises_.readFile)(file, 'utf8'), where: file }];
    if (KUSTOMIZATION.some((name) => (0,external_node_fs_.existsSync)(external_node_path_default().join(file, name)))) {
        const built = await (0,run_command/* runProgramChecked */.fs)(kubectl, ['kustomize', file]);
        return [{ text: built.stdout, where: `kustomization ${file}` }];
    }
    const names = (await (0,promises_.readdir)(file)).filter((name) => /\.ya?ml$/.test(name)).sort();
    return Promise.all(names.map(async (name) => ({
        text: await (0,promises_.readFile)(external_node_path_default().join(file, name), 'utf8'),
        where: external_node_path_default().join(file, name),
    })));
}
/** The objects of one deploy step, placeholders replaced. */
async function readManifests(files, placeholders, kubectl = 'kubectl') {
    const objects = [];
    for (const file of files) {
        for (const { text, where } of await manifestText(file, kubectl)) {
            const parsed = dist/* loadAllYaml */.bQm(substitutePlaceholders(text, placeholders, where));
            objects.push(...parsed.filter((object) => object !== null && !!object.kind));
        }
    }
    return objects;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/shared/format-duration.ts
var format_duration = __webpack_require__(91463);
;// CONCATENATED MODULE: ./src/kube/deploy/wait.ts



const POLL_MS = 1000;
/** Why a workload is not ready yet; undefined once it is. Throws when it can never be (a failed Job). */
async function notReady(clients, workload) {
    const { name, namespace } = workload;
    if (workload.kind === 'Job') {
        const job = await clients.batch.readNamespacedJob({ name, namespace });
        const conditions = (job.status?.conditions ?? []).filter((condition) => condition.status === 'True');
        if (conditions.some((condition) => condition.type === 'Complete'))
            return undefined;
        const failed = conditions.find((condition) => condition.type === 'Failed');
        if (failed)
            throw new Error(`Job ${name} failed (${failed.reason}: ${failed.message})`);
        return `Job ${name}: ${job.status?.active ?? 0} active, not complete`;
    }
    const object = workload.kind === 'Deployment'
        ? await clients.apps.readNamespacedDeployment({ name, namespace })
        : workload.kind === 'StatefulSet'
            ? await clients.apps.readNamespacedStatefulSet({ name, namespace })
            : await clients.apps.readNamespacedDaemonSet({ name, namespace });
    const status = (object.status ?? {});
    const wanted = workload.kind === 'DaemonSet'
        ? (status.desiredNumberScheduled ?? 0)
        : (object.spec?.replicas ?? 1);
    const ready = workload.kind === 'DaemonSet' ? (status.numberReady ?? 0) : (status.readyReplicas ?? 0);
    const current = status.observedGeneration === object.metadata?.generation;
    if (current &&
        ready >= wanted &&
        (workload.kind === 'DaemonSet' || (status.updatedReplicas ?? 0) >= wanted))
        return undefined;
    return `${workload.kind} ${name}: ${ready}/${wanted} ready`;
}
/** Pod states and last log lines in the namespace: what a timeout message shows. */
async function podReport(clients, namespace) {
    try {
        const pods = (await clients.core.listNamespacedPod({ namespace })).items;
        const lines = await Promise.all(pods.map(async (pod) => {
            const name = pod.metadata?.name ?? '?';
            const states = (pod.status?.containerStatuses ?? []).map((c) => {
                const state = c.state?.waiting?.reason ??
                    (c.state?.terminated ? `exit ${c.state.terminated.exitCode}` : 'running');
                return `${c.name} ${state}, ${c.restartCount} restarts`;
            });
            const log = await clients.core
                .readNamespacedPodLog({ name, namespace, tailLines: 5 })
                .catch(() => '');
            const tail = log.trimEnd() ? `\n    ${log.trimEnd().split('\n').join('\n    ')}` : '';
            return `  pod ${name} (${pod.status?.phase}): ${states.join('; ') || 'no containers yet'}${tail}`;
        }));
        return lines.join('\n');
    }
    catch (error) {
        return `  (cannot list the pods: ${(0,errors/* errorMessage */.gJ)(error)})`;
    }
}
/** Waits until the Deployments, StatefulSets and DaemonSets among `objects` are ready and their Jobs
 * complete; a failed Job or the deadline throws with the pods' states and last log lines. */
async function waitForWorkloads(clients, objects, namespace, timeoutMs, logger) {
    const workloads = objects
        .filter((object) => ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'].includes(object.kind ?? ''))
        .map((object) => ({
        kind: object.kind,
        name: object.metadata?.name ?? '',
        namespace: object.metadata?.namespace ?? namespace,
    }));
    const started = Date.now();
    let last = '';
    for (;;) {
        let waiting;
        try {
            waiting = (await Promise.all(workloads.map((workload) => notReady(clients, workload)))).filter((reason) => reason !== undefined);
        }
        catch (error) {
            throw new Error(`${(0,errors/* errorMessage */.gJ)(error)}\n${await podReport(clients, namespace)}`);
        }
        if (waiting.length === 0)
            return;
        const now = waiting.join(', ');
        if (now !== last)
            logger.info(`waiting for ${now} (${(0,format_duration/* formatDuration */.a)(timeoutMs - (Date.now() - started))} left)`);
        last = now;
        if (Date.now() - started > timeoutMs) {
            throw new Error(`not ready within ${(0,format_duration/* formatDuration */.a)(timeoutMs)}: ${now}. Their pods:\n${await podReport(clients, namespace)}`);
        }
        await (0,external_node_timers_promises_.setTimeout)(POLL_MS);
    }
}

;// CONCATENATED MODULE: ./src/kube/deploy/index.ts
// Manifests onto a cluster: read (files, folders, kustomizations) with image placeholders, applied
// server-side, waited for.




// EXTERNAL MODULE: ./src/kube/kind/index.ts + 6 modules
var kind = __webpack_require__(75327);
// EXTERNAL MODULE: ./src/kube/namespace.ts
var kube_namespace = __webpack_require__(69246);
// EXTERNAL MODULE: ./src/kube/test-job/index.ts + 21 modules
var test_job = __webpack_require__(57736);
// EXTERNAL MODULE: ./src/shared/labels.ts
var labels = __webpack_require__(44758);
;// CONCATENATED MODULE: ./src/pipeline/cluster.ts












/** Reuses the kind cluster of that name when it runs, else creates it from the config's kind settings. */
async function ensureKindCluster(request) {
    const { kindBinary, name, logger } = request;
    const listed = await (0,run_command/* runProgram */.mB)(kindBinary, ['get', 'clusters']).catch(() => undefined);
    if (!listed) {
        throw new errors/* ConfigurationError */.j1(`kind ("${kindBinary}") cannot be run: install kind (https://kind.sigs.k8s.io), set KIND to its path, ` +
            'or pass --kubeconfig to use another cluster.');
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(request.kubeconfig), { recursive: true });
    if (listed.stdout.split('\n').includes(name)) {
        const got = await (0,run_command/* runProgram */.mB)(kindBinary, ['get', 'kubeconfig', '--name', name]);
        await (0,promises_.writeFile)(request.kubeconfig, got.stdout, { mode: 0o600 });
        logger.info(`reusing kind cluster ${name}`);
        return {
            kubeconfig: request.kubeconfig,
            context: `kind-${name}`,
            kindCluster: name,
            createdCluster: false,
        };
    }
    const created = await (0,kind/* createKindCluster */.HS)({
        docker: request.docker,
        kind: kindBinary,
        name,
        nodeImage: request.kind.nodeImage,
        config: request.kind.config
            ? { file: request.kind.config }
            : {
                generate: {
                    workers: request.kind.workers,
                    nodeLabels: request.kind.nodeLabels,
                    extraPortMappings: [],
                },
            },
        kubeconfig: request.kubeconfig,
        waitMs: 5 * 60_000,
        logger,
        signal: request.signal,
    });
    return {
        kubeconfig: created.kubeconfig,
        context: created.context,
        kindCluster: name,
        createdCluster: true,
    };
}
/** A kubeconfig's cluster is a kind cluster on this engine when its context is `kind-<name>` and nodes of
 * that name run here: then images are loaded into them, since such a cluster cannot pull local images. */
async function kindClusterOf(docker, clients) {
    const name = clients.context.startsWith('kind-') ? clients.context.slice('kind-'.length) : undefined;
    if (!name)
        return undefined;
    return (await (0,kind/* listKindNodes */.a6)(docker, name)).length > 0 ? name : undefined;
}
/** The images' placeholders and refs, for manifests and the test Job. */
function imagePlaceholders(cluster, built) {
    return Object.fromEntries(cluster.images.map((image) => [
        image.placeholder,
        built.find((b) => b.name === image.name)?.ref ?? image.name,
    ]));
}
/** Builds the images, loads them into the kind nodes, makes the namespace and applies each deploy step,
 * waiting until it is ready before the next. */
async function deployToCluster(options) {
    const { docker, clients, cluster, namespace, logger } = options;
    const built = cluster.images.length === 0
        ? []
        : await (0,build/* buildImages */.rd)(docker, cluster.images.map((image) => ({
            name: image.name,
            context: image.context,
            dockerfile: image.dockerfile,
            target: image.target,
            buildArgs: image.args,
        })), {
            runTag: options.tag,
            noCache: options.noCache ?? false,
            labels: {},
            logger,
            signal: options.signal,
        });
    if (options.kindCluster && built.length > 0) {
        await logger.group(`Load ${built.length} image(s) into kind cluster ${options.kindCluster}`, () => (0,kind/* loadImages */.z6)({ docker, cluster: options.kindCluster, images: built.map((image) => image.ref), logger }));
    }
    await ensureNamespace(clients, namespace, logger);
    const placeholders = imagePlaceholders(cluster, built);
    for (const [index, step] of cluster.deploy.entries()) {
        options.signal?.throwIfAborted();
        const names = step.map((file) => external_node_path_default().relative(process.cwd(), file) || file).join(', ');
        await logger.group(`Deploy ${index + 1}/${cluster.deploy.length}: ${names}`, async () => {
            const objects = await readManifests(step, placeholders, options.kubectl);
            await applyObjects(clients, objects, namespace);
            logger.info(`applied ${objects.map((object) => `${object.kind}/${object.metadata?.name}`).join(', ')}`);
            await waitForWorkloads(clients, objects, namespace, cluster.waitMs, logger);
        });
    }
    return built;
}
async function ensureNamespace(clients, namespace, logger) {
    try {
        await clients.core.readNamespace({ name: namespace });
    }
    catch (error) {
        if (!(0,api_errors/* isNotFound */.c)(error))
            throw error;
        await (0,kube_namespace/* createNamespace */.YX)(clients.core, namespace, { [labels/* LABEL_MANAGED */.TA]: 'true' });
        logger.info(`created namespace ${namespace} (context ${clients.context})`);
    }
}
/** The tests as a Job in the deployed namespace, its log streamed, its reports copied to `reportsDir`. */
async function runClusterTests(options) {
    const { tests, cluster } = options;
    const placeholders = imagePlaceholders(cluster, options.built);
    let manifestFile;
    if (tests.jobManifest) {
        if (!(0,external_node_fs_.existsSync)(tests.jobManifest))
            throw new errors/* ConfigurationError */.j1(`cluster.tests.job-manifest ${tests.jobManifest} not found.`);
        await (0,promises_.mkdir)(options.workDir, { recursive: true });
        manifestFile = external_node_path_default().join(options.workDir, 'test-job.yaml');
        const text = substitutePlaceholders(await (0,promises_.readFile)(tests.jobManifest, 'utf8'), placeholders, tests.jobManifest);
        await (0,promises_.writeFile)(manifestFile, text);
    }
    const image = tests.image && (options.built.find((built) => built.name === tests.image)?.ref ?? tests.image);
    if (!image && !manifestFile) {
        throw new errors/* ConfigurationError */.j1('cluster.tests needs an image (or a job-manifest): say what runs the tests.');
    }
    return (0,test_job/* runTestJob */.fJ)(options.clients, {
        ...(image ? { image } : {}),
        ...(tests.command ? { command: tests.command } : {}),
        ...(tests.args ? { args: tests.args } : {}),
        env: tests.env,
        serviceAccount: tests.serviceAccount,
        nodeSelector: tests.nodeSelector,
        ...(manifestFile ? { manifestFile, name: `tests-${Date.now().toString(36)}` } : {}),
        testContainer: tests.testContainer,
        namespace: options.namespace,
        timeoutMs: tests.timeoutMs,
        reports: tests.reports,
        reportsDir: options.reportsDir,
        logger: options.logger,
    });
}


/***/ }),

/***/ 21280:
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
