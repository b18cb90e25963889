export const id = 384;
export const ids = [384,934];
export const modules = {

/***/ 71730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ ownerChain),
/* harmony export */   Oo: () => (/* binding */ controllerOf),
/* harmony export */   _$: () => (/* binding */ OwnerLookup),
/* harmony export */   aV: () => (/* binding */ formatOwnerChain)
/* harmony export */ });
const MAX_CHAIN = 8;
/** Objects by kind, namespace and name, so owner references can be followed without more API calls. */
class OwnerLookup {
    objects = new Map();
    add(kind, metadata) {
        if (metadata?.name)
            this.objects.set(key(kind, metadata.namespace, metadata.name), metadata);
    }
    get(kind, namespace, name) {
        return this.objects.get(key(kind, namespace, name));
    }
}
/**
 * The object and its controllers up the chain, e.g. Pod -> ReplicaSet -> Deployment or Pod -> Job ->
 * CronJob. Owners live in the object's namespace (Kubernetes forbids cross-namespace owners); an owner
 * that was not listed still ends the chain with its name.
 */
function ownerChain(kind, metadata, lookup) {
    const chain = [{ kind, name: metadata.name ?? '?' }];
    let current = metadata;
    while (current && chain.length < MAX_CHAIN) {
        const owner = controllerOf(current.ownerReferences);
        if (!owner)
            break;
        chain.push({ kind: owner.kind, name: owner.name });
        current = lookup.get(owner.kind, metadata.namespace, owner.name);
    }
    return chain;
}
/** "Pod api-7d9-x -> ReplicaSet api-7d9 -> Deployment api" */
function formatOwnerChain(chain) {
    return chain.map((link) => `${link.kind} ${link.name}`).join(' -> ');
}
/** The reference marked as the controller, else the first: what owns the object. */
function controllerOf(references) {
    return references?.find((reference) => reference.controller) ?? references?.[0];
}
function key(kind, namespace, name) {
    return `${kind}\u0000${namespace ?? ''}\u0000${name}`;
}


/***/ }),

/***/ 74384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectKubernetes: () => (/* binding */ collectKubernetes)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/diagnostics/bundle/index.ts + 7 modules
var diagnostics_bundle = __webpack_require__(83253);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 828 modules
var dist = __webpack_require__(57048);
;// CONCATENATED MODULE: ./src/kube/call-limits.ts

/** The signal one call runs under: its own timeout, and the shared one if any. */
function callSignal(limits) {
    const own = AbortSignal.timeout(limits.requestTimeoutMs);
    return limits.signal ? AbortSignal.any([own, limits.signal]) : own;
}
/** The same clients, every call made through them bounded by `limits`. */
function limitKubeCalls(clients, limits) {
    const cluster = clients.config.getCurrentCluster();
    if (!cluster)
        return { ...clients, limits };
    const configuration = dist/* createConfiguration */.$v4({
        baseServer: new dist/* ServerConfiguration */.i04(cluster.server, {}),
        authMethods: { default: clients.config },
        promiseMiddleware: [
            {
                pre: (context) => {
                    context.setSignal(callSignal(limits));
                    return Promise.resolve(context);
                },
                post: (response) => Promise.resolve(response),
            },
        ],
    });
    return {
        ...clients,
        core: new dist/* CoreV1Api */.f5Y(configuration),
        batch: new dist/* BatchV1Api */.Q8C(configuration),
        apps: new dist/* AppsV1Api */.eY6(configuration),
        limits,
    };
}
/** A call cut off by its limits says which one, not "The user aborted a request". */
class KubeCallTimeoutError extends Error {
    name = 'KubeCallTimeoutError';
}
function isAbort(error) {
    const { name, type } = (error ?? {});
    return name === 'AbortError' || name === 'TimeoutError' || type === 'aborted';
}
/** `error` as it should be reported: a cut-off call becomes a KubeCallTimeoutError saying why. */
function describeCallFailure(error, limits) {
    if (!limits || error instanceof KubeCallTimeoutError || !isAbort(error))
        return error;
    if (limits.signal?.aborted) {
        return new KubeCallTimeoutError(`not read: ${limits.signalReason ?? 'stopped'}`);
    }
    return new KubeCallTimeoutError(`timed out: the API server did not answer within ${Math.round(limits.requestTimeoutMs / 1000)}s`);
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/limits.ts

/** One API call, or a log read's silence: a healthy API server answers in well under a second. */
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
/** The whole collection: the post step must get to deleting the cluster even if the API server hangs. */
const DEFAULT_COLLECTION_TIMEOUT_MS = 180_000;
/** The clients as a collection uses them: bounded per call and all together; already bounded ones stay. */
function collectionClients(clients, timeouts = {}) {
    if (clients.limits)
        return clients;
    const timeoutMs = timeouts.timeoutMs ?? DEFAULT_COLLECTION_TIMEOUT_MS;
    return limitKubeCalls(clients, {
        requestTimeoutMs: timeouts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        signal: AbortSignal.timeout(timeoutMs),
        signalReason: `the collection's ${Math.round(timeoutMs / 1000)}s were up`,
    });
}

// EXTERNAL MODULE: ./src/shared/async/concurrency.ts
var async_concurrency = __webpack_require__(59949);
// EXTERNAL MODULE: ./src/diagnostics/kube/events.ts
var kube_events = __webpack_require__(76611);
// EXTERNAL MODULE: ./src/diagnostics/kube/failures/failures.ts
var failures = __webpack_require__(63859);
;// CONCATENATED MODULE: ./src/diagnostics/kube/failures/failure-order.ts

/** Every failed pod and Job, earliest failure first. */
function failedObjectsInOrder(pods, jobs) {
    const failed = (kind, objects) => objects.flatMap(({ namespace, name, owners, failure }) => failure ? [{ kind, namespace, name, owners, failure }] : []);
    return [...failed('Pod', pods), ...failed('Job', jobs)].sort(failures/* compareFailedObjects */.Hc);
}
/** Sorts `pods` in place: failed ones in the order they failed, then the rest by namespace and name. */
function sortPodsByFailure(pods, failures) {
    const rank = new Map(failures.flatMap((failed, index) => failed.kind === 'Pod' ? [[`${failed.namespace}/${failed.name}`, index]] : []));
    const rankOf = (pod) => rank.get(`${pod.namespace}/${pod.name}`) ?? failures.length;
    pods.sort((a, b) => rankOf(a) - rankOf(b) || a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
}

// EXTERNAL MODULE: ./src/diagnostics/kube/owners.ts
var kube_owners = __webpack_require__(71730);
// EXTERNAL MODULE: ./src/shared/format/markdown.ts
var markdown = __webpack_require__(85116);
;// CONCATENATED MODULE: ./src/diagnostics/kube/markdown/index-markdown.ts




const KUBE_DIR = 'kubernetes';
/** kubernetes/index.md: what failed first, every failure in time order, then every pod and Job with its files. */
function renderKubeIndex(diagnostics) {
    const link = (file) => `[${file.split('/').pop()}](${relative(file)})`;
    const scope = [
        diagnostics.namespaces.length > 0
            ? `namespace(s) ${diagnostics.namespaces.map((namespace) => `\`${namespace}\``).join(', ')}`
            : 'no namespace',
        ...(diagnostics.selectors.length > 0
            ? [`pods matching ${diagnostics.selectors.map((selector) => `\`${selector}\``).join(', ')}`]
            : []),
    ].join(' and ');
    const lines = [
        '# Kubernetes diagnostics',
        '',
        `Collected at ${diagnostics.collectedAt} from context \`${diagnostics.context}\` for ${scope}.`,
        '',
        diagnostics.firstFailure
            ? `First failure: ${(0,failures/* kubeFailureSentence */.hv)(diagnostics.firstFailure)}`
            : 'No pod or Job failed.',
        '',
    ];
    if (diagnostics.failures.length > 0) {
        lines.push('## Failures, earliest first', '', (0,markdown/* table */.tp)(['At', 'Object', 'Failure', 'Owner chain'], diagnostics.failures.map((failed) => [
            failed.failure.at ?? 'unknown',
            `${failed.kind} ${failed.namespace}/${failed.name}`,
            failed.failure.description,
            (0,kube_owners/* formatOwnerChain */.aV)(failed.owners),
        ])), '');
    }
    lines.push('## Pods', '');
    if (diagnostics.pods.length === 0)
        lines.push('No pods found.', '');
    else {
        lines.push((0,markdown/* table */.tp)(['Pod', 'Phase', 'Node', 'Containers', 'Owner chain', 'Files'], diagnostics.pods.map((pod) => [
            `${pod.namespace}/${pod.name}`,
            pod.failure ? `${pod.phase ?? '?'} (${pod.failure.kind})` : pod.phase,
            pod.node,
            pod.containers.map(containerCell).join('; '),
            (0,kube_owners/* formatOwnerChain */.aV)(pod.owners),
            pod.files.map(link).join(' '),
        ])), '');
    }
    if (diagnostics.jobs.length > 0) {
        lines.push('## Jobs', '', (0,markdown/* table */.tp)(['Job', 'Pods', 'Failure', 'Owner chain', 'Describe'], diagnostics.jobs.map((job) => [
            `${job.namespace}/${job.name}`,
            job.status,
            job.failure?.description,
            (0,kube_owners/* formatOwnerChain */.aV)(job.owners),
            job.file && link(job.file),
        ])), '');
    }
    const shared = diagnostics.files.filter((file) => !/\/(pods|jobs)\//.test(file) && !/\/index\.(md|json)$/.test(file));
    if (shared.length > 0 || diagnostics.kindLogs) {
        const items = shared.map((file) => `[${relative(file)}](${relative(file)})`);
        if (diagnostics.kindLogs)
            items.push(`node logs from kind: [${relative(diagnostics.kindLogs)}/](${relative(diagnostics.kindLogs)})`);
        lines.push(`Also: ${items.join(', ')}.`, '');
    }
    lines.push(...(0,diagnostics_bundle/* notCollectedSection */.of)(diagnostics.errors));
    return lines.join('\n');
}
function containerCell(container) {
    const restarts = container.restartCount > 0 ? `, ${container.restartCount} restart(s)` : '';
    const gone = container.noPreviousLog ? ' (log of the run before is gone)' : '';
    return `${container.init ? 'init ' : ''}${container.name}: ${container.state}${restarts}${gone}`;
}
function relative(file) {
    return file.startsWith(`${KUBE_DIR}/`) ? file.slice(KUBE_DIR.length + 1) : file;
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/inventory.ts

/**
 * Lists pods, Jobs, ReplicaSets, Deployments and events of every namespace concerned, and the nodes.
 * Selectors reach pods in any namespace (a service may spawn pods elsewhere); their namespaces are read
 * too, for owners and events. A list that fails is reported and the rest goes on.
 */
async function readKubeInventory(clients, namespaces, selectors, concurrency, fail) {
    const { core, apps, batch } = clients;
    const list = async (what, fn) => {
        try {
            return (await fn()).items;
        }
        catch (error) {
            fail(what, error);
            return [];
        }
    };
    const [selected, nodes] = await Promise.all([
        Promise.all(selectors.map((labelSelector) => list(`pods matching ${labelSelector}`, () => core.listPodForAllNamespaces({ labelSelector })))),
        list('nodes', () => core.listNode()),
    ]);
    const chosen = new Set(namespaces);
    const selectorNamespaces = [...new Set(selected.flat().map((pod) => pod.metadata?.namespace ?? ''))].filter((namespace) => namespace !== '' && !chosen.has(namespace));
    const perNamespace = await (0,async_concurrency/* mapWithConcurrency */.W)([...namespaces, ...selectorNamespaces], concurrency, async (namespace) => {
        const [pods, jobs, replicaSets, deployments, events] = await Promise.all([
            chosen.has(namespace)
                ? list(`pods of ${namespace}`, () => core.listNamespacedPod({ namespace }))
                : Promise.resolve([]),
            list(`Jobs of ${namespace}`, () => batch.listNamespacedJob({ namespace })),
            list(`ReplicaSets of ${namespace}`, () => apps.listNamespacedReplicaSet({ namespace })),
            list(`Deployments of ${namespace}`, () => apps.listNamespacedDeployment({ namespace })),
            list(`events of ${namespace}`, () => core.listNamespacedEvent({ namespace })),
        ]);
        return { namespace, pods, jobs, replicaSets, deployments, events };
    });
    const seen = new Set();
    const pods = [...perNamespace.flatMap((read) => read.pods), ...selected.flat()].filter((pod) => {
        const key = pod.metadata?.uid ?? `${pod.metadata?.namespace}/${pod.metadata?.name}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return {
        pods,
        jobs: perNamespace.flatMap((read) => read.jobs),
        replicaSets: perNamespace.flatMap((read) => read.replicaSets),
        deployments: perNamespace.flatMap((read) => read.deployments),
        events: new Map(perNamespace.map((read) => [read.namespace, read.events])),
        nodes,
        selectorNamespaces,
    };
}

// EXTERNAL MODULE: ./src/shared/process/run-command.ts
var run_command = __webpack_require__(46518);
;// CONCATENATED MODULE: ./src/diagnostics/kube/logs/kind-logs.ts

const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;
/** `kind export logs <dir> --name <cluster>`: every node's journal, kubelet, containerd and pod logs.
 * Rejects with ProgramNotFoundError when there is no kind binary. */
async function exportKindLogs(options) {
    await (0,run_command/* runProgramChecked */.fs)(options.binary ?? 'kind', ['export', 'logs', options.dir, '--name', options.cluster], {
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/diagnostics/kube/logs/pod-log.ts





const ERROR_BODY_LIMIT = 4096;
/** What kubelet sends, with status 200, when the container's log is gone (e.g. it restarted meanwhile). */
const KUBELET_NO_LOG = /^unable to retrieve container logs for \S+$/;
/** The API answered with kubelet's error text in place of the log. */
class KubeletLogError extends Error {
    name = 'KubeletLogError';
}
/**
 * Streams one container's whole log to `relative` of the bundle (redacted) as the API server sends it: `<time> <message>` lines, no
 * tail, no byte limit. The client's `readNamespacedPodLog` buffers the whole log in a string, and its `Log`
 * helper hides the API's error message; a plain request does neither.
 */
async function writePodLog(config, target, bundle, relative, limits) {
    const tail = new diagnostics_bundle/* LogTail */.J3();
    let firstLine;
    const splitter = new diagnostics_bundle/* LogLineSplitter */.mq((line) => {
        firstLine ??= line;
        tail.add(line);
    });
    const watch = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            splitter.push(undefined, chunk);
            callback(null, chunk);
        },
        flush(callback) {
            splitter.end();
            callback();
        },
    });
    await bundle.writeStream(relative, () => requestLog(config, target, limits), watch);
    // The summary shows these lines: redacted like the file.
    tail.lastLines.splice(0, tail.lastLines.length, ...tail.lastLines.map((line) => bundle.redactor.redact(line)));
    // Lines read with timestamps always start with one; kubelet's own message does not.
    if (tail.lineCount === 1 && firstLine && !firstLine.timestamp && KUBELET_NO_LOG.test(firstLine.message)) {
        throw new KubeletLogError(`kubelet: ${firstLine.message}`);
    }
    return tail;
}
/** A log may be long: the per-call limit bounds the API server's silence, not the whole read. */
async function requestLog(config, target, limits) {
    const cluster = config.getCurrentCluster();
    if (!cluster)
        throw new Error('no current cluster in the kubeconfig');
    const url = new URL(`${cluster.server.replace(/\/+$/, '')}/api/v1/namespaces/${encodeURIComponent(target.namespace)}` +
        `/pods/${encodeURIComponent(target.pod)}/log`);
    url.searchParams.set('container', target.container);
    url.searchParams.set('timestamps', 'true');
    if (target.previous)
        url.searchParams.set('previous', 'true');
    const options = {
        method: 'GET',
        signal: limits?.signal,
        timeout: limits?.requestTimeoutMs,
    };
    await config.applyToHTTPSOptions(options);
    const transport = url.protocol === 'http:' ? (external_node_http_default()) : (external_node_https_default());
    const response = await new Promise((resolve, reject) => {
        let answer;
        const request = transport.request(url, options, (response) => {
            answer = response;
            resolve(response);
        });
        request.on('timeout', () => {
            const seconds = Math.round((limits?.requestTimeoutMs ?? 0) / 1000);
            const error = new KubeCallTimeoutError(`timed out: the API server sent nothing for ${seconds}s`);
            answer?.destroy(error);
            request.destroy(error);
        });
        request.on('error', reject).end();
    });
    if (response.statusCode === 200)
        return response;
    throw new Error(`HTTP ${response.statusCode}: ${await errorText(response)}`);
}
/** The API's Status message ("previous terminated container … not found"), else the start of the body. */
async function errorText(response) {
    let body = '';
    for await (const chunk of response) {
        if (body.length < ERROR_BODY_LIMIT)
            body += String(chunk);
    }
    try {
        const status = JSON.parse(body);
        if (status.message)
            return status.message;
    }
    catch {
        // not JSON: fall through to the raw text
    }
    return body.slice(0, ERROR_BODY_LIMIT).trim() || response.statusMessage || 'no message';
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/logs/log-writer.ts




/** Writes the log of one container run and keeps its last lines; a failure is reported, never thrown. */
async function writePodLogTask(clients, bundle, task) {
    const { pod, container, previous, file } = task;
    try {
        const { lastLines } = await writePodLog(clients.config, { namespace: pod.namespace, pod: pod.name, container: container.name, previous }, bundle, file, clients.limits);
        if (previous)
            container.previousLastLines = lastLines;
        else
            container.lastLines = lastLines;
        container.files.push(file);
    }
    catch (thrown) {
        const error = describeCallFailure(thrown, clients.limits);
        // Kubelet keeps one ended container per container: while the latest crash is still the current
        // state, the run before it is gone, and the crash's output is in the current log.
        if (previous && error instanceof KubeletLogError) {
            container.noPreviousLog = error.message;
            await (0,promises_.rm)(`${bundle.outDir}/${file}`, { force: true });
            return;
        }
        const what = `${pod.namespace}/${pod.name} container ${container.name}${previous ? ' (previous run)' : ''} log`;
        pod.errors.push(bundle.redactor.redact(`${what}: ${(0,errors/* errorMessage */.gJ)(error)}`));
        bundle.fail(what, error);
    }
}

// EXTERNAL MODULE: ./src/diagnostics/kube/time.ts
var time = __webpack_require__(97079);
;// CONCATENATED MODULE: ./src/diagnostics/kube/describe/text.ts



const VALUE_COLUMN = 20;
/** kubectl writes it on every `apply`: the whole object again, only noise here. */
const NOISY_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
/** `kubectl describe`-like text: `Label:` then the value at a fixed column, nested sections indented. */
class DescribeText {
    lines = [];
    /** Skips undefined values; a list continues under the first value's column. */
    field(label, value, indent = 0) {
        if (value === undefined || value === null)
            return this;
        const values = Array.isArray(value) ? (value.length > 0 ? value : ['<none>']) : [String(value)];
        const head = `${' '.repeat(indent)}${label}:`;
        const column = Math.max(VALUE_COLUMN, head.length + 1);
        values.forEach((text, index) => {
            this.lines.push(`${index === 0 ? head.padEnd(column) : ' '.repeat(column)}${text}`.trimEnd());
        });
        return this;
    }
    line(text, indent = 0) {
        this.lines.push(`${' '.repeat(indent)}${text}`);
        return this;
    }
    /** Columns padded to their widest cell. */
    table(header, rows, indent = 2) {
        const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
        const render = (cells) => `${' '.repeat(indent)}${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
        this.lines.push(render(header), render(widths.map((width) => '-'.repeat(width))));
        for (const row of rows)
            this.lines.push(render(row));
        return this;
    }
    toString() {
        return this.lines.join('\n') + '\n';
    }
}
function keyValues(map, skip) {
    return Object.entries(map ?? {})
        .filter(([key]) => !skip?.has(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => `${key}=${value.replace(/\r?\n/g, ' ')}`);
}
function describeMetadata(text, metadata) {
    text
        .field('Name', metadata?.name)
        .field('Namespace', metadata?.namespace)
        .field('Created', (0,time/* kubeTime */.V)(metadata?.creationTimestamp))
        .field('Labels', keyValues(metadata?.labels))
        .field('Annotations', keyValues(metadata?.annotations, NOISY_ANNOTATIONS));
    if (metadata?.deletionTimestamp)
        text.field('Deleting since', (0,time/* kubeTime */.V)(metadata.deletionTimestamp));
    const owner = metadata?.ownerReferences?.find((reference) => reference.controller);
    if (owner)
        text.field('Controlled By', `${owner.kind}/${owner.name}`);
}
/** Image, command, environment (secret-looking values hidden) and resources of a container spec. */
function describeContainerSpec(text, container, indent) {
    text
        .field('Image', container.image, indent)
        .field('Command', container.command?.length ? container.command : undefined, indent)
        .field('Args', container.args?.length ? container.args : undefined, indent)
        .field('Limits', container.resources?.limits ? keyValues(container.resources.limits) : undefined, indent)
        .field('Requests', container.resources?.requests ? keyValues(container.resources.requests) : undefined, indent);
    const env = (container.env ?? []).map((variable) => {
        const from = variable.valueFrom;
        if (from?.secretKeyRef)
            return `${variable.name}=<secret ${from.secretKeyRef.name}/${from.secretKeyRef.key}>`;
        if (from?.configMapKeyRef)
            return `${variable.name}=<config map ${from.configMapKeyRef.name}/${from.configMapKeyRef.key}>`;
        if (from?.fieldRef)
            return `${variable.name}=<field ${from.fieldRef.fieldPath}>`;
        if (from)
            return `${variable.name}=<from resource>`;
        return (0,diagnostics_bundle/* redactEnvEntry */.$9)(`${variable.name}=${variable.value ?? ''}`);
    });
    if (env.length > 0)
        text.field('Environment', env, indent);
}
function describeConditions(text, conditions) {
    if (!conditions?.length)
        return;
    text.line('Conditions:');
    text.table(['Type', 'Status', 'Reason', 'Last Transition', 'Message'], conditions.map((condition) => [
        condition.type,
        condition.status,
        condition.reason ?? '',
        (0,time/* kubeTime */.V)(condition.lastTransitionTime) ?? '',
        (condition.message ?? '').replace(/\r?\n/g, ' '),
    ]));
}
/** The object's events, oldest first, one line each. */
function describeEvents(text, events) {
    if (events.length === 0) {
        text.field('Events', '<none>');
        return;
    }
    text.line('Events:');
    for (const event of (0,kube_events/* sortKubeEvents */.P9)(events))
        text.line((0,kube_events/* formatKubeEvent */.jP)(event), 2);
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/nodes.ts


const ROLE_PREFIX = 'node-role.kubernetes.io/';
/** nodes.txt: per node its roles, conditions (Ready, pressure), taints, allocatable and capacity. */
function renderNodes(nodes) {
    if (nodes.length === 0)
        return 'No nodes found.\n';
    return nodes.map(renderNode).join('\n');
}
function renderNode(node) {
    const text = new DescribeText();
    const labels = node.metadata?.labels ?? {};
    const roles = Object.keys(labels)
        .filter((label) => label.startsWith(ROLE_PREFIX))
        .map((label) => label.slice(ROLE_PREFIX.length));
    const info = node.status?.nodeInfo;
    const ready = node.status?.conditions?.find((condition) => condition.type === 'Ready');
    text
        .field('Name', node.metadata?.name)
        .field('Roles', roles.join(',') || '<none>')
        .field('Ready', ready ? `${ready.status}${ready.reason ? ` (${ready.reason})` : ''}` : '<unknown>')
        .field('Unschedulable', node.spec?.unschedulable || undefined)
        .field('Created', (0,time/* kubeTime */.V)(node.metadata?.creationTimestamp))
        .field('Labels', keyValues(labels))
        .field('Taints', (node.spec?.taints ?? []).map((taint) => `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`))
        .field('Addresses', (node.status?.addresses ?? []).map((address) => `${address.type}=${address.address}`))
        .field('Allocatable', keyValues(node.status?.allocatable))
        .field('Capacity', keyValues(node.status?.capacity));
    if (info) {
        text
            .field('Kubelet', info.kubeletVersion)
            .field('Runtime', info.containerRuntimeVersion)
            .field('OS Image', info.osImage)
            .field('Kernel', info.kernelVersion);
    }
    describeConditions(text, node.status?.conditions);
    return text.toString();
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/describe/pod.ts



/** `kubectl describe pod`, from the objects already read: containers with state, last state and exit codes. */
function describePod(pod, events, owners) {
    const text = new DescribeText();
    const status = pod.status;
    describeMetadata(text, pod.metadata);
    if (owners.length > 1)
        text.field('Owner Chain', (0,kube_owners/* formatOwnerChain */.aV)(owners));
    text
        .field('Service Account', pod.spec?.serviceAccountName)
        .field('Node', pod.spec?.nodeName ? `${pod.spec.nodeName}${status?.hostIP ? `/${status.hostIP}` : ''}` : '<none>')
        .field('Start Time', (0,time/* kubeTime */.V)(status?.startTime))
        .field('Status', status?.phase)
        .field('Reason', status?.reason)
        .field('Message', status?.message)
        .field('IP', status?.podIP)
        .field('QoS Class', status?.qosClass)
        .field('Node-Selectors', keyValues(pod.spec?.nodeSelector));
    const tolerations = (pod.spec?.tolerations ?? []).map((toleration) => `${toleration.key ?? '<all>'}${toleration.operator !== 'Exists' && toleration.value ? `=${toleration.value}` : ''}` +
        `${toleration.effect ? `:${toleration.effect}` : ''}` +
        `${toleration.tolerationSeconds !== undefined ? ` for ${toleration.tolerationSeconds}s` : ''}`);
    text.field('Tolerations', tolerations);
    describeContainers(text, 'Init Containers', pod.spec?.initContainers, status?.initContainerStatuses);
    describeContainers(text, 'Containers', pod.spec?.containers, status?.containerStatuses);
    describeConditions(text, status?.conditions);
    describeEvents(text, events);
    return text.toString();
}
function describeContainers(text, title, specs, statuses) {
    if (!specs?.length)
        return;
    text.line(`${title}:`);
    for (const spec of specs) {
        const status = statuses?.find((candidate) => candidate.name === spec.name);
        text.line(`${spec.name}:`, 2);
        text.field('Container ID', status?.containerID, 4);
        describeContainerSpec(text, spec, 4);
        text.field('Image ID', status?.imageID || undefined, 4);
        describeState(text, 'State', status?.state);
        describeState(text, 'Last State', status?.lastState);
        text.field('Ready', status?.ready ?? false, 4).field('Restart Count', status?.restartCount ?? 0, 4);
    }
}
function describeState(text, label, state) {
    if (state?.running) {
        text.field(label, 'Running', 4).field('Started', (0,time/* kubeTime */.V)(state.running.startedAt), 6);
    }
    else if (state?.waiting) {
        text
            .field(label, 'Waiting', 4)
            .field('Reason', state.waiting.reason, 6)
            .field('Message', state.waiting.message, 6);
    }
    else if (state?.terminated) {
        const terminated = state.terminated;
        text
            .field(label, 'Terminated', 4)
            .field('Reason', terminated.reason, 6)
            .field('Message', terminated.message?.trimEnd(), 6)
            .field('Exit Code', terminated.exitCode, 6)
            .field('Signal', terminated.signal, 6)
            .field('Started', (0,time/* kubeTime */.V)(terminated.startedAt), 6)
            .field('Finished', (0,time/* kubeTime */.V)(terminated.finishedAt), 6);
    }
    else if (label === 'State') {
        text.field(label, '<unknown>', 4);
    }
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/logs/pod-plan.ts



/**
 * What to write for one pod: its describe text, and one log read per container run that has a log
 * (init containers included; the previous run too when the container restarted).
 */
function planPod(pod, podEvents, lookup, root) {
    const namespace = pod.metadata?.namespace ?? '';
    const name = pod.metadata?.name ?? '';
    const owners = (0,kube_owners/* ownerChain */.Ll)('Pod', pod.metadata ?? {}, lookup);
    const dir = `${root}/namespaces/${namespace}/pods/${name}`;
    const diagnostics = {
        namespace,
        name,
        phase: pod.status?.phase,
        node: pod.spec?.nodeName,
        owners,
        containers: [],
        failure: (0,failures/* podFailure */.MQ)(pod, podEvents),
        dir,
        files: [],
        errors: [],
    };
    const logs = [];
    const add = (spec, status, init) => {
        const container = {
            name: spec.name,
            init,
            image: spec.image,
            state: stateText(status),
            exitCode: status?.state?.terminated?.exitCode,
            restartCount: status?.restartCount ?? 0,
            files: [],
            lastLines: [],
            previousLastLines: [],
            noLog: neverRan(status),
        };
        diagnostics.containers.push(container);
        if (container.noLog)
            return;
        logs.push({ pod: diagnostics, container, previous: false, file: `${dir}/${spec.name}.log` });
        if (container.restartCount > 0) {
            logs.push({ pod: diagnostics, container, previous: true, file: `${dir}/${spec.name}.previous.log` });
        }
    };
    const statusOf = (statuses, spec) => statuses?.find((status) => status.name === spec.name);
    for (const spec of pod.spec?.initContainers ?? [])
        add(spec, statusOf(pod.status?.initContainerStatuses, spec), true);
    for (const spec of pod.spec?.containers ?? [])
        add(spec, statusOf(pod.status?.containerStatuses, spec), false);
    return { pod: diagnostics, events: podEvents, describe: describePod(pod, podEvents, owners), logs };
}
/** "running", "waiting (ImagePullBackOff)", "terminated (Error, exit 3)" */
function stateText(status) {
    const state = status?.state;
    if (state?.running)
        return 'running';
    if (state?.waiting)
        return `waiting (${state.waiting.reason ?? 'no reason'})`;
    if (state?.terminated) {
        const reason = state.terminated.reason ? `${state.terminated.reason}, ` : '';
        return `terminated (${reason}exit ${state.terminated.exitCode})`;
    }
    return 'unknown';
}
/** A container that never ran has no log; asking for one only earns a 400. */
function neverRan(status) {
    if (!status)
        return 'not started';
    if (status.state?.running || status.state?.terminated || status.lastState?.terminated)
        return undefined;
    if (status.restartCount > 0)
        return undefined;
    return `never started (${status.state?.waiting?.reason ?? 'waiting'})`;
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/describe/workloads.ts



/** `kubectl describe job`: counts of pods by outcome, limits, the pod template, conditions and events. */
function describeJob(job, events, owners) {
    const text = new DescribeText();
    const spec = job.spec;
    const status = job.status;
    describeMetadata(text, job.metadata);
    if (owners.length > 1)
        text.field('Owner Chain', (0,kube_owners/* formatOwnerChain */.aV)(owners));
    text
        .field('Parallelism', spec?.parallelism)
        .field('Completions', spec?.completions ?? '<unset>')
        .field('Backoff Limit', spec?.backoffLimit)
        .field('Active Deadline', spec?.activeDeadlineSeconds && `${spec.activeDeadlineSeconds}s`)
        .field('Start Time', (0,time/* kubeTime */.V)(status?.startTime))
        .field('Completed At', (0,time/* kubeTime */.V)(status?.completionTime))
        .field('Pods Statuses', jobPodCounts(job));
    describeTemplate(text, spec?.template);
    describeConditions(text, status?.conditions);
    describeEvents(text, events);
    return text.toString();
}
/** `kubectl describe deployment`: replica counts, strategy, its ReplicaSets, template, conditions, events. */
function describeDeployment(deployment, events, replicaSets) {
    const text = new DescribeText();
    const spec = deployment.spec;
    const status = deployment.status;
    describeMetadata(text, deployment.metadata);
    text
        .field('Selector', keyValues(spec?.selector?.matchLabels).join(',') || undefined)
        .field('Replicas', `${spec?.replicas ?? 1} desired | ${status?.updatedReplicas ?? 0} updated | ${status?.replicas ?? 0} total | ` +
        `${status?.availableReplicas ?? 0} available | ${status?.unavailableReplicas ?? 0} unavailable`)
        .field('Strategy', spec?.strategy?.type)
        .field('ReplicaSets', replicaSets.length > 0 ? [...replicaSets] : undefined);
    describeTemplate(text, spec?.template);
    describeConditions(text, status?.conditions);
    describeEvents(text, events);
    return text.toString();
}
/** "1 Active / 0 Succeeded / 2 Failed", also used by the index. */
function jobPodCounts(job) {
    const status = job.status;
    return `${status?.active ?? 0} Active / ${status?.succeeded ?? 0} Succeeded / ${status?.failed ?? 0} Failed`;
}
function describeTemplate(text, template) {
    if (!template)
        return;
    text.line('Pod Template:').field('Labels', keyValues(template.metadata?.labels), 2);
    for (const [title, containers] of [
        ['Init Containers', template.spec?.initContainers],
        ['Containers', template.spec?.containers],
    ]) {
        if (!containers?.length)
            continue;
        text.line(`${title}:`, 2);
        for (const container of containers) {
            text.line(`${container.name}:`, 4);
            describeContainerSpec(text, container, 6);
        }
    }
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/markdown/workload-files.ts





/** jobs/<name>.txt, and what the index says about the Job. */
async function writeJobFile(job, namespaceEvents, lookup, write) {
    const namespace = job.metadata?.namespace ?? '';
    const name = job.metadata?.name ?? '';
    const owners = (0,kube_owners/* ownerChain */.Ll)('Job', job.metadata ?? {}, lookup);
    const events = (0,kube_events/* eventsAbout */.Xh)(namespaceEvents, { kind: 'Job', namespace, name, uid: job.metadata?.uid });
    const file = `${KUBE_DIR}/namespaces/${namespace}/jobs/${name}.txt`;
    const written = await write(file, describeJob(job, events, owners));
    return {
        namespace,
        name,
        owners,
        status: jobPodCounts(job),
        failure: (0,failures/* jobFailure */.eL)(job),
        file: written ? file : undefined,
    };
}
/** deployments/<name>.txt, with the Deployment's ReplicaSets and how many of their pods are ready. */
async function writeDeploymentFile(deployment, replicaSets, namespaceEvents, write) {
    const { namespace = '', name = '', uid } = deployment.metadata ?? {};
    const owned = replicaSets
        .filter((set) => set.metadata?.namespace === namespace &&
        set.metadata.ownerReferences?.some((reference) => reference.uid === uid))
        .map((set) => `${set.metadata?.name} (${set.status?.readyReplicas ?? 0}/${set.status?.replicas ?? 0} ready)`);
    const events = (0,kube_events/* eventsAbout */.Xh)(namespaceEvents, { kind: 'Deployment', namespace, name, uid });
    await write(`${KUBE_DIR}/namespaces/${namespace}/deployments/${name}.txt`, describeDeployment(deployment, events, owned));
}
/** events.txt: oldest first, one line each. */
function renderEventsText(events) {
    if (events.length === 0)
        return 'No events (the API server keeps them for an hour by default).\n';
    return (0,kube_events/* sortKubeEvents */.P9)(events)
        .map((event) => (0,kube_events/* formatKubeEvent */.jP)(event) + '\n')
        .join('');
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/secrets.ts
/**
 * Teaches `redactor` the secrets of what is about to be written: env values whose names look secret,
 * and the values of the Secrets that pods and Jobs take variables from (read from the cluster, as a
 * test prints them, describe shows them and events quote them). A Secret that cannot be read is
 * reported; its values then stay unknown, so the rest still goes through name and URL redaction.
 */
async function learnKubeSecrets(clients, inventory, redactor, fail) {
    const specs = [
        ...inventory.pods.map((pod) => ({ namespace: pod.metadata?.namespace, spec: pod.spec })),
        ...inventory.jobs.map((job) => ({ namespace: job.metadata?.namespace, spec: job.spec?.template.spec })),
        ...inventory.deployments.map((deployment) => ({
            namespace: deployment.metadata?.namespace,
            spec: deployment.spec?.template.spec,
        })),
    ];
    // Whole Secrets (envFrom) and single keys (secretKeyRef), each Secret read once.
    const wanted = new Map();
    const want = (namespace, name, key) => {
        const id = `${namespace}/${name}`;
        const entry = wanted.get(id) ?? { namespace, name, keys: new Set() };
        if (key === undefined)
            entry.keys = 'all';
        else if (entry.keys !== 'all')
            entry.keys.add(key);
        wanted.set(id, entry);
    };
    for (const { namespace = 'default', spec } of specs) {
        for (const container of containersOf(spec)) {
            for (const variable of container.env ?? []) {
                redactor.addVariable(variable.name, variable.value);
                const ref = variable.valueFrom?.secretKeyRef;
                if (ref?.name)
                    want(namespace, ref.name, ref.key);
            }
            for (const source of container.envFrom ?? []) {
                if (source.secretRef?.name)
                    want(namespace, source.secretRef.name);
            }
        }
    }
    await Promise.all([...wanted.values()].map(async ({ namespace, name, keys }) => {
        try {
            const secret = await clients.core.readNamespacedSecret({ namespace, name });
            for (const [key, encoded] of Object.entries(secret.data ?? {})) {
                if (keys === 'all' || keys.has(key))
                    redactor.add(Buffer.from(encoded, 'base64').toString('utf8'));
            }
            for (const [key, value] of Object.entries(secret.stringData ?? {})) {
                if (keys === 'all' || keys.has(key))
                    redactor.add(value);
            }
        }
        catch (error) {
            fail(`Secret ${namespace}/${name} (read to keep its values out of the diagnostics)`, error);
        }
    }));
}
function containersOf(spec) {
    return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])];
}

// EXTERNAL MODULE: ./src/diagnostics/timeline/index.ts + 5 modules
var timeline = __webpack_require__(36461);
;// CONCATENATED MODULE: ./src/diagnostics/kube/collector.ts


















/** Log reads and namespace listings in flight at once. */
const CONCURRENCY = 8;
/**
 * Writes what is needed to see why pods failed into `<outDir>/kubernetes/`: every container's whole log
 * (init containers and previous runs included), describe text of pods, Jobs and Deployments, events in
 * time order, nodes, kind's node logs, and an index naming what failed first. Call it before anything is
 * deleted. Never throws: whatever cannot be collected is a warning and is listed in the index. Every API
 * call has a timeout and the whole collection one more (see limits.ts): a stuck API server costs at most
 * that, and each call it did not answer is a line of the index.
 */
async function collectKubeDiagnostics(options) {
    const { logger } = options;
    const clients = collectionClients(options.clients, options);
    const limits = clients.limits;
    const stopped = () => limits?.signal?.aborted ?? false;
    const outDir = external_node_path_default().resolve(options.outDir);
    const namespaces = [...new Set(options.namespaces)];
    const selectors = [...new Set(options.selectors ?? [])];
    const collectedAt = new Date().toISOString();
    const bundle = new diagnostics_bundle/* BundleWriter */.UG(outDir, logger, options.redactor);
    const fail = (what, error) => bundle.fail(what, describeCallFailure(error, limits));
    const write = (relative, content) => bundle.write(relative, content);
    for (const [what, error] of options.failures ?? [])
        fail(what, error);
    logger.info(`Collecting Kubernetes diagnostics from context ${clients.context}: namespace(s) ${namespaces.join(', ') || 'none'}` +
        `${selectors.length > 0 ? `, pods matching ${selectors.join(' or ')}` : ''}, into ${external_node_path_default().join(outDir, KUBE_DIR)}`);
    // Slowest part and independent of the API reads: start it first.
    const kindLogs = options.kindCluster ? startKindLogs(options, bundle) : undefined;
    const inventory = await readKubeInventory(clients, namespaces, selectors, CONCURRENCY, fail);
    await learnKubeSecrets(clients, inventory, bundle.redactor, fail);
    const lookup = ownerLookup(inventory);
    const eventsOf = (namespace) => inventory.events.get(namespace) ?? [];
    const plans = inventory.pods.map((pod) => planPod(pod, (0,kube_events/* eventsAbout */.Xh)(eventsOf(pod.metadata?.namespace ?? ''), podRef(pod)), lookup, KUBE_DIR));
    const pods = plans.map((plan) => plan.pod);
    // Pod files join the bundle's list after the pods are sorted, failed ones first.
    await (0,async_concurrency/* mapWithConcurrency */.W)(plans, CONCURRENCY, async ({ pod, describe }) => {
        const file = `${pod.dir}/describe.txt`;
        if (await bundle.write(file, describe, false))
            pod.files.push(file);
    });
    const logTasks = plans.flatMap((plan) => plan.logs);
    let skippedLogs = 0;
    await (0,async_concurrency/* mapWithConcurrency */.W)(logTasks, CONCURRENCY, async (task) => {
        if (stopped())
            skippedLogs++;
        else
            await writePodLogTask(clients, bundle, task);
    });
    if (skippedLogs > 0) {
        fail(`${skippedLogs} of ${logTasks.length} container logs`, new Error(`not read: ${limits?.signalReason}`));
    }
    for (const { pod, logs } of plans) {
        pod.files.push(...logs.filter((task) => task.container.files.includes(task.file)).map((task) => task.file));
    }
    const chains = new Set(pods.flatMap((pod) => pod.owners.map((link) => `${link.kind}/${pod.namespace}/${link.name}`)));
    const wanted = (kind, namespace = '', name = '') => namespaces.includes(namespace) || chains.has(`${kind}/${namespace}/${name}`);
    const jobs = [];
    for (const job of inventory.jobs) {
        const { namespace, name } = job.metadata ?? {};
        if (!wanted('Job', namespace, name))
            continue;
        jobs.push(await writeJobFile(job, eventsOf(namespace ?? ''), lookup, write));
    }
    for (const deployment of inventory.deployments) {
        const { namespace = '', name = '' } = deployment.metadata ?? {};
        if (!wanted('Deployment', namespace, name))
            continue;
        await writeDeploymentFile(deployment, inventory.replicaSets, eventsOf(namespace), write);
    }
    for (const namespace of [...namespaces, ...inventory.selectorNamespaces]) {
        // Outside the chosen namespaces only the events about the pods collected there belong here.
        const events = namespaces.includes(namespace)
            ? eventsOf(namespace)
            : plans.filter((plan) => plan.pod.namespace === namespace).flatMap((plan) => plan.events);
        await write(`${KUBE_DIR}/namespaces/${namespace}/events.txt`, renderEventsText(events));
    }
    await write(`${KUBE_DIR}/nodes.txt`, renderNodes(inventory.nodes));
    const failures = failedObjectsInOrder(pods, jobs);
    sortPodsByFailure(pods, failures);
    for (const pod of pods)
        bundle.files.push(...pod.files);
    const diagnostics = {
        context: clients.context,
        namespaces,
        selectors,
        outDir,
        collectedAt,
        pods,
        jobs,
        failures,
        firstFailure: failures[0],
        timeline: inventory.pods.map((pod, index) => {
            const plan = plans[index];
            return (0,timeline/* podLane */.gA)(pod, plan.events, plan.pod, Date.parse(collectedAt));
        }),
        kindLogs: kindLogs ? await redactedKindLogs(kindLogs, bundle) : undefined,
        files: bundle.files,
        errors: bundle.errors,
    };
    await bundle.writeIndexes(KUBE_DIR, renderKubeIndex(diagnostics), diagnostics);
    return diagnostics;
}
/** kind writes the node logs itself: they are redacted once it is done (and the pods' secrets known). */
function startKindLogs(options, bundle) {
    const relative = `${KUBE_DIR}/kind-logs`;
    // It reads the node containers, not the API, but counts against the collection's time all the same.
    return exportKindLogs({
        cluster: options.kindCluster,
        binary: options.kindBinary,
        dir: external_node_path_default().join(bundle.outDir, relative),
        timeoutMs: options.timeoutMs ?? DEFAULT_COLLECTION_TIMEOUT_MS,
    }).then(() => relative, (error) => {
        if (error instanceof run_command/* ProgramNotFoundError */.oo) {
            options.logger.warn(`diagnostics: kind binary ${error.message}; node logs skipped`);
        }
        else
            bundle.fail(`kind node logs of ${options.kindCluster}`, error);
        return undefined;
    });
}
function ownerLookup(inventory) {
    const lookup = new kube_owners/* OwnerLookup */._$();
    for (const pod of inventory.pods)
        lookup.add('Pod', pod.metadata);
    for (const job of inventory.jobs)
        lookup.add('Job', job.metadata);
    for (const set of inventory.replicaSets)
        lookup.add('ReplicaSet', set.metadata);
    for (const deployment of inventory.deployments)
        lookup.add('Deployment', deployment.metadata);
    return lookup;
}
function podRef(pod) {
    return {
        kind: 'Pod',
        namespace: pod.metadata?.namespace,
        name: pod.metadata?.name,
        uid: pod.metadata?.uid,
    };
}
async function redactedKindLogs(exported, bundle) {
    const relative = await exported;
    if (relative)
        await bundle.redactTree(relative);
    return relative;
}

// EXTERNAL MODULE: ./src/kube/test-job/index.ts + 21 modules
var test_job = __webpack_require__(57736);
;// CONCATENATED MODULE: ./src/diagnostics/kube/namespaces.ts

/** The `namespaces` value that means every namespace but Kubernetes' own. */
const ALL_NAMESPACES = 'all';
const SYSTEM_NAMESPACES = ['kube-system', 'kube-public', 'kube-node-lease'];
/**
 * Which namespaces to collect: this run's (run-tests' namespace, those its records name, those labelled
 * with this run's name), plus the ones named. `all` lists every namespace except kube-system,
 * kube-public and kube-node-lease (name one of those as well to get it). A listing that fails is
 * reported; the names known without it are still used.
 */
async function resolveKubeNamespaces(core, choice, fail) {
    const requested = (choice.namespaces ?? []).map((name) => name.trim()).filter((name) => name !== '');
    const list = async (labelSelector, what) => {
        try {
            const found = await core.listNamespace(labelSelector ? { labelSelector } : {});
            return found.items.map((namespace) => namespace.metadata?.name ?? '').filter((name) => name !== '');
        }
        catch (error) {
            fail(`listing ${what}`, error);
            return [];
        }
    };
    const runs = [choice.runNamespace ?? '', ...(choice.testRunNamespaces ?? [])]
        .map((name) => name.trim())
        .filter((name) => name !== '');
    const run = choice.run?.trim();
    const selector = run ? (0,test_job/* testRunSelector */.lJ)(run) : undefined;
    const [labelled, all] = await Promise.all([
        selector ? list(selector, `namespaces labelled ${selector}`) : [],
        requested.includes(ALL_NAMESPACES) ? list(undefined, 'namespaces') : [],
    ]);
    const named = requested.filter((name) => name !== ALL_NAMESPACES);
    return unique([...all.filter((name) => !SYSTEM_NAMESPACES.includes(name)), ...named, ...runs, ...labelled]);
}
function unique(names) {
    return [...new Set(names)];
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/markdown/root-index.ts


const SECTION = '## Kubernetes';
/**
 * Points the bundle's index.md (the Docker one, or a new one when only Kubernetes was collected) at
 * kubernetes/index.md with the first Kubernetes failure, replacing the section a former run left.
 */
async function linkKubeIndexFromRoot(bundle, diagnostics) {
    // Without a Docker index this section is the whole index.
    await bundle.rewrite('index.md', (current = '# Diagnostics\n') => linked(current, diagnostics));
}
function linked(current, diagnostics) {
    const at = current.indexOf(`\n${SECTION}\n`);
    const head = (at >= 0 ? current.slice(0, at) : current).trimEnd();
    const section = [
        SECTION,
        '',
        diagnostics.firstFailure
            ? `First failure: ${(0,failures/* kubeFailureSentence */.hv)(diagnostics.firstFailure)}`
            : 'No pod or Job failed.',
        '',
        `${diagnostics.pods.length} pod(s), ${diagnostics.jobs.length} Job(s): see [${KUBE_DIR}/index.md](${KUBE_DIR}/index.md).`,
        '',
    ];
    return `${head}\n\n${section.join('\n')}`;
}

// EXTERNAL MODULE: ./src/shared/redaction/redactor.ts
var redaction_redactor = __webpack_require__(14499);
;// CONCATENATED MODULE: ./src/diagnostics/kube/request.ts








/** Loads clients, picks the namespaces, collects and links kubernetes/index.md from index.md. Never throws. */
async function collectKubernetes(request, outDir, logger, redactor = new redaction_redactor/* Redactor */.pO()) {
    let clients;
    try {
        // Bounded from here: listing the namespaces counts against the collection's time too.
        clients = collectionClients((0,client.loadKubeClients)({ kubeconfig: request.kubeconfig, context: request.context }), request);
    }
    catch (error) {
        logger.warn(`Could not collect Kubernetes diagnostics: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
    const failures = [];
    const namespaces = await resolveKubeNamespaces(clients.core, request, (what, error) => failures.push([what, error]));
    if (namespaces.length === 0 && !request.selectors?.length) {
        // Not a warning: with kubernetes: auto any job that has a kubeconfig comes here.
        logger.info('No namespace to collect: no INCEPTION_NAMESPACE, no test run recorded and no namespace labelled with ' +
            `this run (${request.run ?? 'no run name'}). ` +
            'Set the namespaces input (or `all`); only nodes are collected.');
    }
    const diagnostics = await collectKubeDiagnostics({
        clients,
        namespaces,
        selectors: request.selectors,
        outDir,
        logger,
        kindCluster: request.kindCluster,
        kindBinary: request.kindBinary,
        timeoutMs: request.timeoutMs,
        failures,
        redactor,
    });
    try {
        await linkKubeIndexFromRoot(new diagnostics_bundle/* BundleWriter */.UG(outDir, logger, redactor), diagnostics);
    }
    catch (error) {
        logger.warn(`diagnostics: index.md: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return diagnostics;
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
