export const id = 489;
export const ids = [489];
export const modules = {

/***/ 33489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* reexport */ uploaded_artifacts/* UPLOADED_ARTIFACTS_ENV */.Z),
  V: () => (/* binding */ collectAndUpload)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/diagnostics/bundle/index.ts + 7 modules
var diagnostics_bundle = __webpack_require__(83253);
// EXTERNAL MODULE: ./src/diagnostics/docker/index.ts + 6 modules
var diagnostics_docker = __webpack_require__(38701);
// EXTERNAL MODULE: ./src/diagnostics/kube/failures/failures.ts
var failures = __webpack_require__(63859);
// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
;// CONCATENATED MODULE: ./src/diagnostics/kube/markdown/summary.ts



/** The Kubernetes part of the job summary: failures in time order, each failed pod's last lines folded. */
function renderKubeSummary(kube) {
    const scope = kube.namespaces.map((namespace) => `\`${namespace}\``).join(', ') || 'no namespace';
    const lines = [`#### Kubernetes (context \`${kube.context}\`, ${scope})`, ''];
    if (kube.failures.length === 0) {
        lines.push(`No pod or Job failed (${kube.pods.length} pod(s), ${kube.jobs.length} Job(s)).`, '');
    }
    else {
        if (kube.firstFailure)
            lines.push(`First failure: ${(0,failures/* kubeFailureSentence */.hv)(kube.firstFailure)}`, '');
        lines.push((0,markdown/* table */.tp)(['Object', 'Failure', 'At'], kube.failures.map((failed) => [
            `${failed.kind} ${failed.namespace}/${failed.name}`,
            failed.failure.description,
            failed.failure.at,
        ])), '');
        for (const pod of kube.pods) {
            const details = podDetails(pod);
            if (details)
                lines.push(...details, '');
        }
    }
    if (kube.errors.length > 0) {
        lines.push(`${kube.errors.length} Kubernetes item(s) could not be collected; kubernetes/index.md lists them.`, '');
    }
    return lines;
}
/** The failing container's last lines; of its previous run when it failed before a restart. */
function podDetails(pod) {
    const failure = pod.failure;
    if (!failure)
        return undefined;
    const container = pod.containers.find((candidate) => candidate.name === failure.container) ??
        pod.containers.find((candidate) => candidate.lastLines.length > 0);
    if (!container || container.noLog)
        return undefined;
    const lastLines = failure.previous ? container.previousLastLines : container.lastLines;
    const run = failure.previous ? ' (previous run)' : '';
    return (0,diagnostics_bundle/* lastLinesDetails */.kK)(`${pod.namespace}/${pod.name} ${container.name}${run}`, lastLines);
}

;// CONCATENATED MODULE: ./src/diagnostics/kube/index.ts

/** Loads the Kubernetes client only when a cluster is collected: Docker-only jobs never pay for it. */
async function collectKubernetes(...args) {
    return (await Promise.all(/* import() */[__webpack_require__.e(48), __webpack_require__.e(669), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 23155))).collectKubernetes(...args);
}


;// CONCATENATED MODULE: ./src/diagnostics/tests/collect.ts

const TESTS_DIR = 'tests';
/** A record still saying `running` once diagnostics are taken was left by a step that was stopped. */
function settled(record) {
    if (record.result !== 'running') {
        return { ...record, interrupted: record.result === 'cancelled', files: [] };
    }
    return {
        ...record,
        result: 'cancelled',
        message: 'the test step was stopped while the tests ran (cancelled, or killed) and never finished',
        interrupted: true,
        files: [],
    };
}
/** Each test run's record, full log and JUnit reports under `tests/<name>/` of the bundle. */
async function collectTestRuns(records, bundle) {
    const runs = [];
    for (const record of records) {
        const run = settled(record);
        const dir = `${TESTS_DIR}/${record.name}`;
        const copy = async (source, relative) => {
            try {
                await bundle.copy(source, relative);
                bundle.files.push(relative);
                run.files.push(relative);
            }
            catch (error) {
                bundle.fail(`${relative} of test run ${record.name}`, error);
            }
        };
        if (record.logFile)
            await copy(record.logFile, `${dir}/log.txt`);
        for (const [index, report] of record.reports.entries()) {
            await copy(report, `${dir}/reports/${String(index + 1).padStart(2, '0')}-${external_node_path_default().basename(report)}`);
        }
        if (await bundle.write(`${dir}/record.json`, JSON.stringify(run, null, 2) + '\n')) {
            run.files.push(`${dir}/record.json`);
        }
        runs.push(run);
    }
    return runs;
}

// EXTERNAL MODULE: ./src/report/index.ts + 6 modules
var report = __webpack_require__(25844);
;// CONCATENATED MODULE: ./src/diagnostics/tests/failed-first.ts

/** Failing tests named one by one; the run's record and reports hold the rest. */
const LISTED_FAILURES = 20;
function oneLine(text) {
    return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}
function runSentence(run) {
    const where = run.mode === 'cluster' && run.namespace ? ` (Job ${run.namespace}/${run.jobName ?? '?'})` : '';
    const code = run.exitCode === null ? '' : `, exit code ${run.exitCode}`;
    return `test step **${run.name}**${where} ${run.result}${code}: ${oneLine(run.message)}`;
}
/**
 * The top of index.md and of the job summary, in the order a person asks: did the run get cancelled,
 * which test step failed and with which tests, then which service or pod failed (the collectors' lines).
 */
function failedFirstLines(runs, serviceFailures) {
    const failed = runs.filter((run) => run.result !== 'passed');
    if (failed.length === 0 && serviceFailures.length === 0)
        return [];
    const lines = ['## What failed first', ''];
    if (runs.some((run) => run.interrupted))
        lines.push('**The run was cancelled** while tests ran.', '');
    for (const run of failed) {
        lines.push(`- ${runSentence(run)}`);
        for (const failure of run.failures.slice(0, LISTED_FAILURES)) {
            lines.push(`  - \`${oneLine((0,report/* failureName */.W9)(failure))}\`: ${oneLine(failure.message)}`);
        }
        if (run.failureCount > LISTED_FAILURES)
            lines.push(`  - … and ${run.failureCount - LISTED_FAILURES} more`);
        const log = run.files.find((file) => file.endsWith('/log.txt'));
        const reports = run.files.filter((file) => file.includes('/reports/'));
        const links = [
            ...(log ? [`[full log](${log})`] : []),
            ...reports.map((file) => `[${file.slice(file.lastIndexOf('/') + 1)}](${file})`),
        ];
        if (links.length > 0)
            lines.push(`  - ${links.join(', ')}`);
    }
    for (const sentence of serviceFailures)
        lines.push(`- ${sentence}`);
    lines.push('');
    return lines;
}

;// CONCATENATED MODULE: ./src/diagnostics/tests/index.ts



;// CONCATENATED MODULE: ./src/diagnostics/summary.ts




/** Job-summary markdown: the failed containers and pods with their last lines folded, and where the bundle went. */
function renderDiagnosticsSummary(input) {
    const docker = input.docker;
    const scope = docker?.environment ? ` of environment \`${docker.environment}\`` : '';
    const lines = [`### Diagnostics${scope}`, '', ...(input.failedFirst ?? []).map(demoteHeading)];
    if (docker) {
        const failed = docker.containers.filter((container) => container.state.failure);
        if (docker.containers.length === 0) {
            lines.push('No containers found.', '');
        }
        else if (failed.length === 0) {
            lines.push(`All ${docker.containers.length} container(s) are running or exited cleanly.`, '');
        }
        else {
            if (docker.firstFailure)
                lines.push(`First failure: ${(0,diagnostics_docker/* failureSentence */.Q)(docker.firstFailure)}`, '');
            lines.push((0,markdown/* table */.tp)(['Container', 'Service', 'State', 'Exit code'], failed.map((container) => [
                container.name,
                container.service,
                container.state.health === 'unhealthy'
                    ? `${container.state.status}, unhealthy`
                    : container.state.status,
                container.state.exitCode,
            ])), '');
            for (const container of failed)
                lines.push(...containerDetails(container), '');
        }
        if (docker.errors.length > 0) {
            lines.push(`${docker.errors.length} item(s) could not be collected; index.md in the bundle lists them.`, '');
        }
    }
    if (input.kubernetes)
        lines.push(...renderKubeSummary(input.kubernetes));
    lines.push(input.artifactId !== undefined
        ? `Full diagnostics: artifact \`${input.artifactName}\` (id ${input.artifactId}).`
        : `Full diagnostics were not uploaded (artifact name \`${input.artifactName}\`); they are in \`${input.path}\`.`, '');
    return lines.join('\n');
}
/** The index's `## ` headings sit under the summary's `### ` title. */
function demoteHeading(line) {
    return line.startsWith('## ') ? `#### ${line.slice(3)}` : line;
}
function containerDetails(container) {
    const check = container.state.lastHealthCheck;
    const healthCheck = container.state.health === 'unhealthy' && check
        ? [
            `Last health check exited with ${check.exitCode}:`,
            '',
            (0,markdown/* codeBlock */.DV)(check.output.trimEnd().split('\n')),
            '',
        ]
        : [];
    return (0,diagnostics_bundle/* lastLinesDetails */.kK)(container.name, container.lastLines, healthCheck);
}

// EXTERNAL MODULE: ./src/diagnostics/uploaded-artifacts.ts
var uploaded_artifacts = __webpack_require__(320);
// EXTERNAL MODULE: ./src/shared/redactor.ts
var shared_redactor = __webpack_require__(17821);
;// CONCATENATED MODULE: ./src/diagnostics/collect-and-upload.ts














/**
 * collect-logs in one call, for the action and for post steps that collect on failure: gather into one
 * folder, upload it as one artifact, hand back the summary. Never throws; diagnostics never fail a job.
 */
async function collectAndUpload(options) {
    const { logger } = options;
    const env = options.env ?? process.env;
    const artifactName = options.artifactName ?? (0,diagnostics_bundle/* defaultArtifactName */.Vb)(env, options.matrix, options.artifactPrefix);
    const dir = external_node_path_default().resolve(options.path ?? defaultDiagnosticsPath(env, artifactName));
    const result = { path: dir, artifactName, tests: [], summary: '' };
    const uploaded = (env[uploaded_artifacts/* UPLOADED_ARTIFACTS_ENV */.Z] ?? '').split('\n');
    const covering = [artifactName, (0,diagnostics_bundle/* defaultArtifactName */.Vb)(env, options.matrix)].find((name) => uploaded.includes(name));
    if (covering) {
        logger.info(`Diagnostics were already uploaded as artifact "${covering}" in this job; not collecting again ` +
            '(give artifact-name to collect a second bundle).');
        return { ...result, skipped: true };
    }
    try {
        // The folder exists (and `path` can be read) even when nothing is collected.
        await (0,promises_.mkdir)(dir, { recursive: true });
    }
    catch (error) {
        logger.warn(`Could not create ${dir}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const redactor = options.redactor ?? new shared_redactor/* Redactor */.pO();
    const bundle = new diagnostics_bundle/* BundleWriter */.UG(dir, logger, redactor);
    const records = await (0,report.readTestRunRecords)(env);
    result.tests = await collectTestRuns(records, bundle);
    if (options.collectDocker ?? true) {
        try {
            result.docker = await logger.group('Collect Docker diagnostics', async () => {
                const docker = options.docker ?? (await (0,client/* connectDocker */.Z)());
                return (0,diagnostics_docker/* collectDockerDiagnostics */.r)({
                    docker,
                    environment: options.environment,
                    outDir: dir,
                    logger,
                    redactor,
                });
            });
        }
        catch (error) {
            logger.warn(`Could not collect diagnostics: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const kubernetes = options.kubernetes;
    if (kubernetes) {
        try {
            const testRunNamespaces = records.flatMap((record) => (record.namespace ? [record.namespace] : []));
            result.kubernetes = await logger.group('Collect Kubernetes diagnostics', () => collectKubernetes({ ...kubernetes, testRunNamespaces }, dir, logger, redactor));
        }
        catch (error) {
            logger.warn(`Could not collect Kubernetes diagnostics: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const failedFirst = failedFirstLines(result.tests, [
        ...(result.docker?.firstFailure ? [`service ${(0,diagnostics_docker/* failureSentence */.Q)(result.docker.firstFailure)}`] : []),
        ...(result.kubernetes?.firstFailure ? [(0,failures/* kubeFailureSentence */.hv)(result.kubernetes.firstFailure)] : []),
    ]);
    if (failedFirst.length > 0) {
        await (0,diagnostics_bundle/* insertUnderTitle */.gZ)(bundle, failedFirst).catch((error) => logger.warn(`diagnostics: index.md: ${(0,errors/* errorMessage */.gJ)(error)}`));
    }
    // Files written before a later collector learned a secret (a test log printing a Kubernetes Secret).
    await bundle.redactTree();
    if (options.upload ?? true) {
        const uploaded = await logger.group(`Upload diagnostics artifact ${artifactName}`, () => (0,diagnostics_bundle/* uploadDiagnostics */.oB)({ name: artifactName, dir, retentionDays: options.retentionDays, logger, env }));
        result.artifactId = uploaded?.id;
        result.artifactSize = uploaded?.size;
    }
    else {
        logger.info(`upload: false; diagnostics are in ${dir}`);
    }
    result.summary = redactor.redact(renderDiagnosticsSummary({
        failedFirst,
        docker: result.docker,
        kubernetes: result.kubernetes,
        artifactName,
        artifactId: result.artifactId,
        path: dir,
    }));
    if (options.writeSummary) {
        try {
            await options.writeSummary(result.summary);
        }
        catch (error) {
            logger.warn(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return result;
}
function defaultDiagnosticsPath(env, artifactName) {
    return external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'inception-diagnostics', artifactName);
}


/***/ }),

/***/ 76611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ kubeEventTime),
/* harmony export */   P9: () => (/* binding */ sortKubeEvents),
/* harmony export */   Xh: () => (/* binding */ eventsAbout),
/* harmony export */   jP: () => (/* binding */ formatKubeEvent)
/* harmony export */ });
/* harmony import */ var _shared_timestamp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92441);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97079);


/** When the event last happened: lastTimestamp, else eventTime (events.k8s.io writers), else firstTimestamp. */
function kubeEventTime(event) {
    return ((0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.lastTimestamp) ??
        (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.eventTime) ??
        (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.firstTimestamp) ??
        (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.metadata?.creationTimestamp));
}
/** Oldest first; events without any time last. The sort is stable, so ties keep the API's order. */
function sortKubeEvents(events) {
    return [...events].sort((a, b) => (0,_shared_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)(kubeEventTime(a), kubeEventTime(b)));
}
/** `<time> <type> <reason> <kind>/<name> [<field>] (x<count> since <first>): <message>`, one line. */
function formatKubeEvent(event) {
    const object = event.involvedObject;
    const first = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.firstTimestamp);
    const last = kubeEventTime(event);
    const count = event.count ?? event.series?.count ?? 1;
    const parts = [
        last ?? '-',
        event.type ?? '-',
        event.reason ?? '-',
        `${object.kind ?? '?'}/${object.name ?? '?'}`,
    ];
    if (object.fieldPath)
        parts.push(`[${object.fieldPath}]`);
    if (count > 1)
        parts.push(first && first !== last ? `(x${count} since ${first})` : `(x${count})`);
    return `${parts.join(' ')}: ${(event.message ?? '').trim().replace(/\r?\n/g, ' ')}`;
}
/** The events about one object: by uid, or by kind and name when the writer left the uid out. */
function eventsAbout(events, object) {
    return events.filter((event) => {
        const about = event.involvedObject;
        if (object.uid && about.uid)
            return about.uid === object.uid;
        return about.kind === object.kind && about.name === object.name && about.namespace === object.namespace;
    });
}


/***/ }),

/***/ 63859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ compareFailedObjects),
/* harmony export */   MQ: () => (/* binding */ podFailure),
/* harmony export */   eL: () => (/* binding */ jobFailure),
/* harmony export */   hv: () => (/* binding */ kubeFailureSentence)
/* harmony export */ });
/* unused harmony export containerFailure */
/* harmony import */ var _shared_timestamp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92441);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76611);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97079);



const IMAGE_PULL = new Set([
    'ImagePullBackOff',
    'ErrImagePull',
    'ErrImageNeverPull',
    'InvalidImageName',
    'RegistryUnavailable',
]);
const CONTAINER_ERROR = new Set([
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
    'PreCreateHookError',
    'PostStartHookError',
]);
/** Kubelet's warnings that mark a container failing (pull failed, create failed, restart back-off). */
const FAILURE_EVENT_REASONS = new Set(['Failed', 'BackOff', 'ErrImageNeverPull', 'InspectFailed']);
/**
 * Why one container counts as failed, and when: an image it cannot pull, a container it cannot create,
 * a non-zero exit now, or a non-zero exit before a restart (CrashLoopBackOff). Times come from the
 * status; the pod's events move them earlier when kubelet warned first (a pull that keeps failing has
 * no status time at all).
 */
function containerFailure(status, init, podEvents) {
    const who = `${init ? 'init container' : 'container'} ${status.name}`;
    const container = status.name;
    const waiting = status.state?.waiting;
    const terminated = status.state?.terminated;
    const last = status.lastState?.terminated;
    const warned = firstWarning(podEvents, init, status.name);
    const reason = waiting?.reason ?? '';
    const cannotStart = IMAGE_PULL.has(reason)
        ? 'image-pull'
        : CONTAINER_ERROR.has(reason)
            ? 'container-error'
            : undefined;
    if (cannotStart) {
        const why = waiting?.message ? `${reason}: ${waiting.message}` : reason;
        return { kind: cannotStart, at: warned, description: `${who}: ${why}`, container };
    }
    if (terminated && terminated.exitCode !== 0) {
        return {
            kind: terminated.reason === 'OOMKilled' ? 'oom-killed' : 'exited',
            at: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(terminated.finishedAt),
            description: `${who} ${exitText(terminated.exitCode, terminated.reason)}${restarts(status.restartCount)}`,
            container,
        };
    }
    if (last && last.exitCode !== 0) {
        const crashLoop = waiting?.reason === 'CrashLoopBackOff';
        return {
            kind: last.reason === 'OOMKilled' ? 'oom-killed' : crashLoop ? 'crash-loop' : 'exited',
            at: earliest((0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(last.finishedAt), warned),
            description: `${who}${crashLoop ? ' is in CrashLoopBackOff:' : ''} restarted ${status.restartCount} time(s), ` +
                `last run ${exitText(last.exitCode, last.reason)}`,
            container,
            previous: true,
        };
    }
    return undefined;
}
/** The pod's earliest failure: of its containers (init ones included), its phase, or its scheduling. */
function podFailure(pod, podEvents) {
    const status = pod.status;
    const candidates = [];
    for (const [statuses, init] of [
        [status?.initContainerStatuses ?? [], true],
        [status?.containerStatuses ?? [], false],
    ]) {
        for (const container of statuses) {
            const failure = containerFailure(container, init, podEvents);
            if (failure)
                candidates.push(failure);
        }
    }
    if (status?.phase === 'Failed' && (candidates.length === 0 || status.reason)) {
        const finished = [...(status.containerStatuses ?? []), ...(status.initContainerStatuses ?? [])]
            .map((container) => (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(container.state?.terminated?.finishedAt))
            .sort(_shared_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)
            .at(-1);
        const why = [status.reason, status.message].filter(Boolean).join(': ');
        candidates.push({ kind: 'failed', at: finished, description: `pod failed${why ? `: ${why}` : ''}` });
    }
    const scheduled = status?.conditions?.find((condition) => condition.type === 'PodScheduled');
    if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
        candidates.push({
            kind: 'unschedulable',
            at: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(scheduled.lastTransitionTime),
            description: `unschedulable: ${scheduled.message ?? 'no node fits'}`,
        });
    }
    return candidates.sort((a, b) => (0,_shared_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)(a.at, b.at))[0];
}
function jobFailure(job) {
    const failed = job.status?.conditions?.find((condition) => condition.type === 'Failed' && condition.status === 'True');
    if (!failed)
        return undefined;
    const why = [failed.reason, failed.message].filter(Boolean).join(': ');
    return {
        kind: 'job-failed',
        at: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(failed.lastTransitionTime),
        description: `Job failed${why ? `: ${why}` : ''}`,
    };
}
/** Earliest failure first; a pod before its Job at the same second (the pod's failure fails the Job). */
function compareFailedObjects(a, b) {
    return ((0,_shared_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)(a.failure.at, b.failure.at) ||
        (a.kind === b.kind ? 0 : a.kind === 'Pod' ? -1 : 1) ||
        a.namespace.localeCompare(b.namespace) ||
        a.name.localeCompare(b.name));
}
/** "Pod diag-x/api-1 — container app exited with 3 at 2024-…" */
function kubeFailureSentence(object) {
    const at = object.failure.at ? ` at ${object.failure.at}` : '';
    return `${object.kind} ${object.namespace}/${object.name} — ${object.failure.description}${at}`;
}
function exitText(exitCode, reason) {
    const why = reason && reason !== 'Error' ? ` (${reason})` : '';
    return `exited with ${exitCode}${why}`;
}
function restarts(count) {
    return count > 0 ? ` after ${count} restart(s)` : '';
}
function firstWarning(events, init, container) {
    const field = `${init ? 'spec.initContainers' : 'spec.containers'}{${container}}`;
    return events
        .filter((event) => event.type === 'Warning' &&
        FAILURE_EVENT_REASONS.has(event.reason ?? '') &&
        event.involvedObject.fieldPath === field)
        .map((event) => (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .kubeTime */ .V)(event.firstTimestamp) ?? (0,_events_js__WEBPACK_IMPORTED_MODULE_2__/* .kubeEventTime */ .LX)(event))
        .sort(_shared_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)[0];
}
function earliest(a, b) {
    return (0,_shared_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)(a, b) <= 0 ? a : b;
}


/***/ }),

/***/ 97079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ kubeTime)
/* harmony export */ });
/**
 * RFC 3339 text of a time the client deserialized (a Date, or a string for micro-times it leaves alone).
 * Kubernetes keeps most times to the second, so whole seconds print without a fraction, as kubectl does.
 */
function kubeTime(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value === '' ? undefined : value;
    if (Number.isNaN(value.getTime()))
        return undefined;
    const iso = value.toISOString();
    return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
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


/***/ })

};
