export const id = 832;
export const ids = [832];
export const modules = {

/***/ 72722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r3: () => (/* reexport */ applyObjects),
  U$: () => (/* reexport */ helmBinary),
  VI: () => (/* reexport */ installHelmRelease),
  i5: () => (/* reexport */ listWorkloadImages),
  PX: () => (/* reexport */ readManifests),
  Gi: () => (/* reexport */ requireHelm),
  lo: () => (/* reexport */ restartWorkload),
  kz: () => (/* reexport */ setWorkloadImages),
  pr: () => (/* reexport */ substitutePlaceholders),
  _P: () => (/* reexport */ uninstallHelmRelease),
  Ts: () => (/* reexport */ waitForWorkloads)
});

// UNUSED EXPORTS: helmUninstallArgs, helmUpgradeArgs

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 828 modules
var dist = __webpack_require__(57048);
// EXTERNAL MODULE: ./src/kube/api-errors.ts
var api_errors = __webpack_require__(84005);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/process/run-command.ts
var run_command = __webpack_require__(46518);
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

;// CONCATENATED MODULE: ./src/kube/deploy/helm.ts






/** The helm executable: $HELM, else helm on PATH. */
const helmBinary = () => process.env.HELM || 'helm';
function targetArgs(target) {
    return [
        '--namespace',
        target.namespace,
        ...(target.kubeconfig ? ['--kubeconfig', target.kubeconfig] : []),
        ...(target.context ? ['--kube-context', target.context] : []),
    ];
}
/** helm splits `--set` on commas; a value's own commas (a list of hosts) stay in the value. */
function setArg(key, value) {
    return `${key}=${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`;
}
/** `helm upgrade --install --wait`: installs the release or upgrades it to this chart and these values. */
function helmUpgradeArgs(release, target, valuesFiles, set, timeoutMs) {
    return [
        'upgrade',
        '--install',
        release.release,
        release.chart,
        ...targetArgs(target),
        ...(release.version ? ['--version', release.version] : []),
        ...valuesFiles.flatMap((file) => ['--values', file]),
        ...Object.entries(set).flatMap(([key, value]) => ['--set', setArg(key, value)]),
        '--wait',
        '--timeout',
        `${Math.ceil(timeoutMs / 1000)}s`,
    ];
}
function helmUninstallArgs(release, target) {
    return ['uninstall', release, ...targetArgs(target), '--wait', '--ignore-not-found'];
}
async function helmCanRun(helm) {
    const found = await (0,run_command/* runProgram */.mB)(helm, ['version', '--short']).catch((error) => {
        if (error instanceof run_command/* ProgramNotFoundError */.oo)
            return undefined;
        throw error;
    });
    return found?.exitCode === 0;
}
/** Per helm executable: the early check of `up` and every release's install or uninstall run it once. */
const helmChecks = new Map();
function cachedHelmCanRun(helm) {
    const cached = helmChecks.get(helm);
    if (cached)
        return cached;
    const check = helmCanRun(helm);
    helmChecks.set(helm, check);
    // Only a working helm is remembered: one installed after a failed check is found by the next step.
    const forget = () => helmChecks.delete(helm);
    check.then((canRun) => canRun || forget(), forget);
    return check;
}
/** Says which step needs helm and how to get it, instead of ENOENT. */
async function requireHelm(helm, step) {
    if (!(await cachedHelmCanRun(helm))) {
        throw new errors/* ConfigurationError */.j1(`${step} installs a Helm chart, but helm ("${helm}") cannot be run: install helm 3 ` +
            '(https://helm.sh/docs/intro/install/, or `go install helm.sh/helm/v3/cmd/helm@latest`) and put it ' +
            'on PATH, set HELM to its path, or deploy manifests instead.');
    }
}
/** Installs or upgrades the release and waits (helm's --wait) until its workloads are ready. */
async function installHelmRelease(options) {
    const { release, target, placeholders, step, logger } = options;
    await requireHelm(target.helm, step);
    if (external_node_path_default().isAbsolute(release.chart) && !(0,external_node_fs_.existsSync)(release.chart)) {
        throw new errors/* ConfigurationError */.j1(`${step}: chart ${release.chart} not found: check helm.chart.`);
    }
    await (0,promises_.mkdir)(options.workDir, { recursive: true });
    const valuesFiles = await Promise.all(release.values.map(async (file, index) => {
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* ConfigurationError */.j1(`${step}: values file ${file} not found.`);
        const written = external_node_path_default().join(options.workDir, `${release.release}-values-${index}.yaml`);
        const text = substitutePlaceholders(await (0,promises_.readFile)(file, 'utf8'), placeholders, file);
        await (0,promises_.writeFile)(written, text);
        return written;
    }));
    const set = Object.fromEntries(Object.entries(release.set).map(([key, value]) => [
        key,
        substitutePlaceholders(value, placeholders, `${step}.helm.set.${key}`),
    ]));
    await (0,run_command/* runProgramChecked */.fs)(target.helm, helmUpgradeArgs(release, target, valuesFiles, set, options.timeoutMs), { onOutput: (chunk) => logger.output(chunk), signal: options.signal });
    logger.info(`helm release ${release.release} (${release.chart}) ready in ${target.namespace}`);
}
/** `helm uninstall`; a release already gone is fine. */
async function uninstallHelmRelease(release, target, logger) {
    await requireHelm(target.helm, `helm release ${release}`);
    await (0,run_command/* runProgramChecked */.fs)(target.helm, helmUninstallArgs(release, target), {
        onOutput: (chunk) => logger.output(chunk),
    });
}

;// CONCATENATED MODULE: ./src/kube/deploy/rollout.ts


function containersOf(template) {
    const spec = template?.spec;
    return [
        ...(spec?.initContainers ?? []).map((c) => ({ name: c.name, image: c.image ?? '', init: true })),
        ...(spec?.containers ?? []).map((c) => ({ name: c.name, image: c.image ?? '', init: false })),
    ];
}
/** Every Deployment and StatefulSet of the namespace with the images its containers run. */
async function listWorkloadImages(clients, namespace) {
    const [deployments, statefulSets] = await Promise.all([
        clients.apps.listNamespacedDeployment({ namespace }),
        clients.apps.listNamespacedStatefulSet({ namespace }),
    ]);
    const of = (kind, items) => items.map((item) => ({
        workload: { kind, name: item.metadata?.name ?? '', namespace },
        containers: containersOf(item.spec?.template),
    }));
    return [...of('Deployment', deployments.items), ...of('StatefulSet', statefulSets.items)];
}
async function patchTemplate(clients, workload, template) {
    const api = dist/* KubernetesObjectApi */.e1Y.makeApiClient(clients.config);
    try {
        await api.patch({
            apiVersion: 'apps/v1',
            kind: workload.kind,
            metadata: { name: workload.name, namespace: workload.namespace },
            spec: { template },
        }, undefined, undefined, 'inception', undefined, dist/* PatchStrategy */.Qve.StrategicMergePatch);
    }
    catch (error) {
        const why = (0,api_errors/* isNotFound */.c)(error) ? 'it does not exist (any more)' : (0,api_errors/* apiErrorMessage */.Q)(error);
        throw new Error(`rolling ${workload.kind} ${workload.name} in ${workload.namespace} failed: ${why}`);
    }
}
/** Points the named containers at new images: a new pod template, so the pods are replaced. */
async function setWorkloadImages(clients, workload, images) {
    const list = (init) => images.filter((c) => c.init === init).map((c) => ({ name: c.name, image: c.image }));
    await patchTemplate(clients, workload, {
        spec: {
            ...(list(true).length > 0 ? { initContainers: list(true) } : {}),
            ...(list(false).length > 0 ? { containers: list(false) } : {}),
        },
    });
}
/** `kubectl rollout restart`: the same images, new pods. */
async function restartWorkload(clients, workload) {
    await patchTemplate(clients, workload, {
        metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': new Date().toISOString() } },
    });
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/shared/format/format-duration.ts
var format_duration = __webpack_require__(3619);
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
    // During a rollout the old pods still count as ready: done only once none of them is left.
    const rolledOut = workload.kind === 'Deployment'
        ? (status.replicas ?? 0) <= (status.updatedReplicas ?? 0)
        : workload.kind === 'StatefulSet'
            ? !status.updateRevision || status.currentRevision === status.updateRevision
            : true;
    if (current &&
        rolledOut &&
        ready >= wanted &&
        (workload.kind === 'DaemonSet' || (status.updatedReplicas ?? 0) >= wanted))
        return undefined;
    const old = rolledOut ? '' : ', old pods still running';
    return `${workload.kind} ${name}: ${ready}/${wanted} ready${old}`;
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
// server-side, or a Helm chart installed; waited for; rolled to new images or restarted.







/***/ }),

/***/ 22832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildAndLoad: () => (/* binding */ buildAndLoad),
/* harmony export */   deployToCluster: () => (/* binding */ deployToCluster),
/* harmony export */   ensureKindCluster: () => (/* binding */ ensureKindCluster),
/* harmony export */   imagePlaceholders: () => (/* binding */ imagePlaceholders),
/* harmony export */   kindClusterOf: () => (/* binding */ kindClusterOf),
/* harmony export */   runClusterTests: () => (/* binding */ runClusterTests)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _docker_build_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23719);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _kube_api_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84005);
/* harmony import */ var _kube_deploy_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72722);
/* harmony import */ var _kube_kind_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75327);
/* harmony import */ var _kube_namespace_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69246);
/* harmony import */ var _kube_test_job_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(57736);
/* harmony import */ var _shared_identity_labels_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(25757);
/* harmony import */ var _shared_process_run_command_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(46518);












/** Reuses the kind cluster of that name when it runs, else creates it from the config's kind settings. */
async function ensureKindCluster(request) {
    const { kindBinary, name, logger } = request;
    const listed = await (0,_shared_process_run_command_js__WEBPACK_IMPORTED_MODULE_11__/* .runProgram */ .mB)(kindBinary, ['get', 'clusters']).catch(() => undefined);
    if (!listed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`kind ("${kindBinary}") cannot be run: install kind (https://kind.sigs.k8s.io), set KIND to its path, ` +
            'or pass --kubeconfig to use another cluster.');
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(request.kubeconfig), { recursive: true });
    if (listed.stdout.split('\n').includes(name)) {
        const got = await (0,_shared_process_run_command_js__WEBPACK_IMPORTED_MODULE_11__/* .runProgram */ .mB)(kindBinary, ['get', 'kubeconfig', '--name', name]);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(request.kubeconfig, got.stdout, { mode: 0o600 });
        logger.info(`reusing kind cluster ${name}`);
        return {
            kubeconfig: request.kubeconfig,
            context: `kind-${name}`,
            kindCluster: name,
            createdCluster: false,
        };
    }
    const created = await (0,_kube_kind_index_js__WEBPACK_IMPORTED_MODULE_7__/* .createKindCluster */ .HS)({
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
    return (await (0,_kube_kind_index_js__WEBPACK_IMPORTED_MODULE_7__/* .listKindNodes */ .a6)(docker, name)).length > 0 ? name : undefined;
}
/** The images' placeholders and refs, for manifests and the test Job. */
function imagePlaceholders(cluster, built) {
    return Object.fromEntries(cluster.images.map((image) => [
        image.placeholder,
        built.find((b) => b.name === image.name)?.ref ?? image.name,
    ]));
}
/** Builds these images of cluster.images under `tag` and loads them into the kind nodes, if any. */
async function buildAndLoad(images, options) {
    const { docker, logger } = options;
    if (images.length === 0)
        return [];
    const built = await (0,_docker_build_index_js__WEBPACK_IMPORTED_MODULE_3__/* .buildImages */ .rd)(docker, images.map((image) => ({
        name: image.name,
        context: image.context,
        dockerfile: image.dockerfile,
        target: image.target,
        buildArgs: image.args,
    })), { runTag: options.tag, noCache: options.noCache ?? false, labels: {}, logger, signal: options.signal });
    if (options.kindCluster) {
        await logger.group(`Load ${built.length} image(s) into kind cluster ${options.kindCluster}`, () => (0,_kube_kind_index_js__WEBPACK_IMPORTED_MODULE_7__/* .loadImages */ .z6)({ docker, cluster: options.kindCluster, images: built.map((image) => image.ref), logger }));
    }
    return built;
}
/** Builds the images, loads them into the kind nodes, makes the namespace and applies each deploy step,
 * waiting until it is ready before the next. */
async function deployToCluster(options) {
    const { clients, cluster, namespace, logger } = options;
    // Before the builds: a missing helm should not cost them.
    const helmStep = cluster.deploy.findIndex((step) => 'helm' in step);
    if (helmStep !== -1)
        await (0,_kube_deploy_index_js__WEBPACK_IMPORTED_MODULE_6__/* .requireHelm */ .Gi)((0,_kube_deploy_index_js__WEBPACK_IMPORTED_MODULE_6__/* .helmBinary */ .U$)(), `cluster.deploy[${helmStep}]`);
    const built = await buildAndLoad(cluster.images, options);
    await ensureNamespace(clients, namespace, logger);
    const placeholders = imagePlaceholders(cluster, built);
    for (const [index, step] of cluster.deploy.entries()) {
        options.signal?.throwIfAborted();
        const title = `Deploy ${index + 1}/${cluster.deploy.length}`;
        if ('helm' in step) {
            await logger.group(`${title}: helm release ${step.helm.release} (${step.helm.chart})`, () => (0,_kube_deploy_index_js__WEBPACK_IMPORTED_MODULE_6__/* .installHelmRelease */ .VI)({
                release: step.helm,
                target: { helm: (0,_kube_deploy_index_js__WEBPACK_IMPORTED_MODULE_6__/* .helmBinary */ .U$)(), namespace, kubeconfig: options.kubeconfig, context: clients.context },
                placeholders,
                workDir: options.workDir,
                timeoutMs: cluster.waitMs,
                step: `cluster.deploy[${index}]`,
                logger,
                signal: options.signal,
            }));
            continue;
        }
        const names = step.manifests.map((file) => node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(process.cwd(), file) || file).join(', ');
        await logger.group(`${title}: ${names}`, async () => {
            const objects = await (0,_kube_deploy_index_js__WEBPACK_IMPORTED_MODULE_6__/* .readManifests */ .PX)(step.manifests, placeholders, options.kubectl);
            await (0,_kube_deploy_index_js__WEBPACK_IMPORTED_MODULE_6__/* .applyObjects */ .r3)(clients, objects, namespace);
            logger.info(`applied ${objects.map((object) => `${object.kind}/${object.metadata?.name}`).join(', ')}`);
            await (0,_kube_deploy_index_js__WEBPACK_IMPORTED_MODULE_6__/* .waitForWorkloads */ .Ts)(clients, objects, namespace, cluster.waitMs, logger);
        });
    }
    return built;
}
async function ensureNamespace(clients, namespace, logger) {
    try {
        await clients.core.readNamespace({ name: namespace });
    }
    catch (error) {
        if (!(0,_kube_api_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isNotFound */ .c)(error))
            throw error;
        await (0,_kube_namespace_js__WEBPACK_IMPORTED_MODULE_8__/* .createNamespace */ .YX)(clients.core, namespace, { [_shared_identity_labels_js__WEBPACK_IMPORTED_MODULE_10__/* .LABEL_MANAGED */ .TA]: 'true' });
        logger.info(`created namespace ${namespace} (context ${clients.context})`);
    }
}
/** The tests as a Job in the deployed namespace, its log streamed, its reports copied to `reportsDir`. */
async function runClusterTests(options) {
    const { tests, cluster } = options;
    const placeholders = imagePlaceholders(cluster, options.built);
    let manifestFile;
    if (tests.jobManifest) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(tests.jobManifest))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`cluster.tests.job-manifest ${tests.jobManifest} not found.`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(options.workDir, { recursive: true });
        manifestFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.workDir, 'test-job.yaml');
        const text = (0,_kube_deploy_index_js__WEBPACK_IMPORTED_MODULE_6__/* .substitutePlaceholders */ .pr)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(tests.jobManifest, 'utf8'), placeholders, tests.jobManifest);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(manifestFile, text);
    }
    const image = tests.image && (options.built.find((built) => built.name === tests.image)?.ref ?? tests.image);
    if (!image && !manifestFile) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('cluster.tests needs an image (or a job-manifest): say what runs the tests.');
    }
    return (0,_kube_test_job_index_js__WEBPACK_IMPORTED_MODULE_9__/* .runTestJob */ .fJ)(options.clients, {
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
