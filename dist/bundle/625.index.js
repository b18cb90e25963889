export const id = 625;
export const ids = [625];
export const modules = {

/***/ 66828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineMain: () => (/* binding */ pipelineMain)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/config/inception/index.ts + 4 modules
var inception = __webpack_require__(69873);
// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
// EXTERNAL MODULE: ./src/docker/environment/index.ts + 36 modules
var docker_environment = __webpack_require__(95923);
// EXTERNAL MODULE: ./src/pipeline/index.ts + 4 modules
var pipeline = __webpack_require__(47130);
// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var report = __webpack_require__(8517);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 12 modules
var runner = __webpack_require__(2136);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/actions/pipeline/inputs.ts





const { inputs } = constants/* Pipeline */.$U;
/** Reads every input of the root action once; paths are taken from the workspace. */
function readPipelineInputs(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const config = (0,runner/* workspacePath */.X5)((0,runner/* stringInput */.Uj)(inputs.config) ?? 'inception.yml', workspace, inputs.config, 'ci/inception.yml');
    if (!(0,external_node_fs_.existsSync)(config)) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputs.config}": ${config} does not exist; check out your repository first ` +
            '(actions/checkout) and name your inception.yml relative to it.');
    }
    const environmentName = (0,runner/* environmentNameInput */.pr)(inputs.environmentName);
    const matrix = (0,runner/* stringInput */.Uj)(inputs.matrix);
    return {
        config,
        ...(environmentName === undefined ? {} : { environmentName }),
        env: (0,runner/* keyValueInput */.Bb)(inputs.env),
        build: (0,runner/* booleanInput */.tE)(inputs.build, true),
        noCache: (0,runner/* booleanInput */.tE)(inputs.noCache, false),
        reportsDir: (0,runner/* outputFolder */.qi)((0,runner/* stringInput */.Uj)(inputs.reportsDir) ?? 'inception-reports', workspace, inputs.reportsDir, 'test-reports'),
        keep: (0,runner/* booleanInput */.tE)(inputs.keep, false),
        collectLogs: (0,runner/* collectPolicyInput */.Z0)(inputs.collectOnFailure),
        ...(matrix === undefined ? {} : { matrix }),
    };
}
/** On a runner the config may only point into the checkout: its compose file and image contexts. */
function checkConfigPaths(config, env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const paths = [
        ['compose', config.compose],
        ...config.composeOverrides.map((file, index) => [`compose[${index + 1}]`, file]),
        ...config.images.map((image, index) => [`images[${index}].context`, image.context]),
    ];
    for (const [key, target] of paths) {
        if (!(0,runner/* isInside */.FK)(workspace, target)) {
            throw new errors/* ConfigurationError */.j1(`${config.file}: ${key}: ${target} is outside the workspace ${workspace}; give a path inside your ` +
                `repository, relative to ${external_node_path_default().basename(config.file)}'s folder.`);
        }
    }
}

// EXTERNAL MODULE: ./src/actions/pipeline/state.ts
var state = __webpack_require__(78995);
;// CONCATENATED MODULE: ./src/actions/pipeline/main.ts











/** The root action: inception.yml's environment, images and tests in one step; its post step collects
 * diagnostics when the job failed and removes the environment. */
async function pipelineMain(signal) {
    const inputs = readPipelineInputs();
    (0,runner/* learnVariables */.IM)(inputs.env);
    const config = await (0,inception/* loadInceptionConfig */.id)(inputs.config);
    checkConfigPaths(config);
    (0,runner/* learnVariables */.IM)(config.tests?.env ?? {});
    const tests = (0,pipeline/* requireTests */.fH)(config);
    const docker = await (0,client/* connectDocker */.Z)();
    const environment = await (0,pipeline/* bringUpEnvironment */.rO)({
        docker,
        config,
        logger: runner/* actionsLogger */.MV,
        name: inputs.environmentName,
        build: inputs.build,
        noCache: inputs.noCache,
        onProject: runner/* learnComposeSecrets */.ym,
        signal,
        onName: (name) => {
            // Saved before anything is created, so the post step removes a half-made environment too.
            state/* pipelineState */.Q.save({
                environment: name,
                keep: inputs.keep,
                collect: inputs.collectLogs,
                matrix: inputs.matrix,
            });
            core/* setOutput */.uH(constants/* Pipeline */.$U.outputs.environment, name);
        },
    });
    core/* setOutput */.uH(constants/* Pipeline */.$U.outputs.services, JSON.stringify(environment.services));
    // Later steps (a user's own, collect-logs) reach the services and find the environment as after setup-docker.
    for (const [name, value] of Object.entries((0,docker_environment/* hostVariables */.Cg)(environment)))
        core/* exportVariable */.dN(name, value);
    const images = await (0,pipeline/* buildConfigImages */.Ty)(docker, config, {
        environment: environment.name,
        noCache: inputs.noCache,
        logger: runner/* actionsLogger */.MV,
        signal,
    });
    const name = (0,pipeline/* configTestName */.M7)(environment);
    const record = (0,report/* startedTestRun */.j_)({
        name,
        mode: 'container',
        image: (0,pipeline/* configTestImage */.YH)(tests, images),
        logFile: external_node_path_default().join((0,report/* testRunDir */.ff)(name), 'log.txt'),
    });
    // Written before the container exists: a step killed mid-run still tells the diagnostics what ran.
    await (0,report/* writeTestRunRecord */.Mb)(record);
    const result = await (0,pipeline/* runConfigTests */.F6)(docker, {
        tests,
        environment,
        images,
        env: inputs.env,
        reportsDir: inputs.reportsDir,
        logFile: record.logFile,
        redactor: runner/* stepSecrets */.aw,
        signal,
        logger: runner/* actionsLogger */.MV,
    });
    await (0,report/* writeTestRunRecord */.Mb)((0,report/* finishedTestRun */.m_)(record, result));
    core/* setOutput */.uH(constants/* Pipeline */.$U.outputs.result, result.result);
    core/* setOutput */.uH(constants/* Pipeline */.$U.outputs.exitCode, result.exitCode === null ? '' : String(result.exitCode));
    core/* setOutput */.uH(constants/* Pipeline */.$U.outputs.reports, JSON.stringify(result.reports));
    await (0,runner/* writeJobSummary */.j7)((0,report/* testSummaryMarkdown */.i7)({
        title: `${name} (${external_node_path_default().relative(process.env.GITHUB_WORKSPACE || process.cwd(), config.file)})`,
        result: result.result,
        exitCode: result.exitCode,
        durationMs: result.durationMs,
        timeoutMs: tests.timeoutMs,
        summary: result.summary,
        reportsPattern: tests.reports,
    }));
    if (result.result !== 'passed')
        core/* setFailed */.C1(result.message);
}


/***/ }),

/***/ 78995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ pipelineState)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2136);

const pipelineState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('pipeline');


/***/ }),

/***/ 76611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ kubeEventTime),
/* harmony export */   P9: () => (/* binding */ sortKubeEvents),
/* harmony export */   Xh: () => (/* binding */ eventsAbout),
/* harmony export */   jP: () => (/* binding */ formatKubeEvent)
/* harmony export */ });
/* harmony import */ var _shared_format_timestamp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46125);
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
    return [...events].sort((a, b) => (0,_shared_format_timestamp_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTimestamps */ .B_)(kubeEventTime(a), kubeEventTime(b)));
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

/***/ 36461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cR: () => (/* reexport */ dockerLanes),
  k2: () => (/* reexport */ ganttName),
  gA: () => (/* reexport */ podLane),
  eC: () => (/* reexport */ testLanes),
  RG: () => (/* reexport */ timelineSection)
});

// UNUSED EXPORTS: renderGantt

;// CONCATENATED MODULE: ./src/diagnostics/timeline/model.ts
/** Milliseconds since the epoch of an RFC 3339 time; undefined for none or an unreadable one. */
function epochMs(time) {
    if (time === undefined || time === null)
        return undefined;
    const ms = time instanceof Date ? time.getTime() : Date.parse(time);
    return Number.isNaN(ms) ? undefined : ms;
}
/**
 * Bars from phase changes: each phase lasts until the next change, the last one until `until`.
 * Changes without a time are left out.
 */
function barsFromChanges(changes, until) {
    const known = changes
        .filter((change) => change.at !== undefined)
        .sort((a, b) => a.at - b.at);
    return known.map((change, index) => ({
        label: change.label,
        start: change.at,
        end: Math.max(change.at, known[index + 1]?.at ?? until),
        failed: change.failed ?? false,
    }));
}

;// CONCATENATED MODULE: ./src/diagnostics/timeline/docker-lanes.ts

const STARTS = new Set(['created', 'starting', 'running']);
/**
 * A lane per container from the engine's own events: create → created, start → starting (or running
 * without a health check), health_status → ready / unhealthy, die → exited (failed unless exit 0). When
 * the events could not be read, the container's start and finish times stand in.
 */
function dockerLanes(containers, events, until) {
    return containers.map((container) => {
        const own = events.filter((event) => event.Type === 'container' && event.Actor.ID === container.id);
        const changes = own.length > 0 ? changesFromEvents(own) : changesFromState(container);
        // The engine keeps its last 256 events only: health checks' exec events can push a service's
        // create and start out of them. Its state still says when it last started.
        if (own.length > 0 && !changes.some((change) => STARTS.has(change.label))) {
            changes.unshift({
                at: epochMs(container.state.startedAt),
                label: container.state.health ? 'starting' : 'running',
            });
        }
        const log = container.files.find((file) => file.endsWith('/log.txt'));
        return {
            kind: 'service',
            name: container.service ?? container.name,
            failed: container.state.failure !== undefined,
            bars: barsFromChanges(changes, until),
            ...(log ? { log } : {}),
        };
    });
}
function changesFromEvents(events) {
    const checked = events.some((event) => event.Action.startsWith('health_status'));
    const changes = [];
    let oomKilled = false;
    for (const event of events) {
        const at = Number(BigInt(event.timeNano) / 1000000n);
        const action = event.Action;
        if (action === 'create')
            changes.push({ at, label: 'created' });
        else if (action === 'start')
            changes.push({ at, label: checked ? 'starting' : 'running' });
        else if (action === 'health_status: healthy')
            changes.push({ at, label: 'ready' });
        else if (action === 'health_status: unhealthy')
            changes.push({ at, label: 'unhealthy', failed: true });
        else if (action === 'oom')
            oomKilled = true;
        else if (action === 'die') {
            const code = event.Actor.Attributes?.exitCode ?? '?';
            changes.push({ at, label: oomKilled ? 'oom-killed' : `exited ${code}`, failed: code !== '0' });
            oomKilled = false;
        }
        else if (action === 'destroy')
            changes.push({ at, label: 'removed' });
    }
    // Nothing is left to show once it is removed.
    if (changes.at(-1)?.label === 'removed')
        changes.pop();
    return changes;
}
function changesFromState(container) {
    const { state } = container;
    const changes = [{ at: epochMs(state.startedAt), label: 'running' }];
    if (state.finishedAt && state.exitCode !== undefined) {
        changes.push({
            at: epochMs(state.finishedAt),
            label: `exited ${state.exitCode}`,
            failed: state.exitCode !== 0,
        });
    }
    if (state.failure?.kind === 'unhealthy') {
        changes.push({ at: epochMs(state.failure.at), label: 'unhealthy', failed: true });
    }
    return changes;
}

// EXTERNAL MODULE: ./src/diagnostics/kube/events.ts
var kube_events = __webpack_require__(76611);
;// CONCATENATED MODULE: ./src/diagnostics/timeline/kube-lanes.ts


/** Failures that show as a phase of their own: the pod never got (back) to running. */
const WAITING_FAILURES = new Set(['crash-loop', 'image-pull', 'unschedulable', 'container-error']);
/**
 * A lane per pod from what the API server recorded: created, scheduled (its condition, else the
 * Scheduled event), containers started, Ready, each container run's end (failed unless exit 0), and a
 * failure the pod is stuck in (back-off, image pull, unschedulable) from when it began.
 */
function podLane(pod, events, diagnostics, until) {
    const status = pod.status;
    const condition = (type) => status?.conditions?.find((candidate) => candidate.type === type && candidate.status === 'True');
    const scheduledEvent = events.find((event) => event.reason === 'Scheduled');
    const containers = [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])];
    const starts = containers
        .flatMap((container) => [
        container.lastState?.terminated?.startedAt,
        container.state?.running?.startedAt ?? container.state?.terminated?.startedAt,
    ])
        .map(epochMs)
        .filter((at) => at !== undefined);
    const changes = [
        { at: epochMs(pod.metadata?.creationTimestamp), label: 'pending' },
        {
            at: epochMs(condition('PodScheduled')?.lastTransitionTime) ??
                (scheduledEvent ? epochMs((0,kube_events/* kubeEventTime */.LX)(scheduledEvent)) : undefined),
            label: 'scheduled',
        },
    ];
    const firstStart = starts.length > 0 ? Math.min(...starts) : undefined;
    const ready = epochMs(condition('Ready')?.lastTransitionTime);
    if (firstStart !== undefined && (ready === undefined || firstStart < ready)) {
        changes.push({ at: firstStart, label: 'starting' });
    }
    if (ready !== undefined)
        changes.push({ at: ready, label: 'ready' });
    for (const container of containers) {
        for (const ended of [container.lastState?.terminated, container.state?.terminated]) {
            if (ended)
                changes.push(endOf(container.name, ended, containers.length > 1));
        }
        const rerun = container.state?.running ?? container.state?.terminated;
        if (container.lastState?.terminated && rerun) {
            changes.push({ at: epochMs(rerun.startedAt), label: 'restarted' });
        }
    }
    const failure = diagnostics.failure;
    if (failure && WAITING_FAILURES.has(failure.kind)) {
        changes.push({ at: epochMs(failure.at), label: failure.kind, failed: true });
    }
    const logContainer = diagnostics.containers.find((container) => container.name === failure?.container) ??
        diagnostics.containers.find((container) => !container.init && container.files.length > 0);
    const log = logContainer?.files.find((file) => !file.endsWith('.previous.log')) ?? logContainer?.files[0];
    const previous = logContainer?.files.find((file) => file.endsWith('.previous.log'));
    const current = containers.find((candidate) => candidate.name === logContainer?.name);
    // The current log is the running run's, or while it waits to restart the run that ended last.
    const restartedAt = epochMs(current?.state?.running?.startedAt ??
        current?.state?.terminated?.startedAt ??
        current?.lastState?.terminated?.startedAt);
    return {
        kind: 'pod',
        name: `${diagnostics.namespace}/${diagnostics.name}`,
        failed: failure !== undefined,
        bars: barsFromChanges(changes, until),
        ...(log ? { log } : {}),
        ...(previous && restartedAt !== undefined ? { previousLog: { file: previous, until: restartedAt } } : {}),
    };
}
function endOf(container, ended, named) {
    const what = ended.reason === 'OOMKilled'
        ? 'oom-killed'
        : ended.exitCode === 0
            ? 'completed'
            : `exited ${ended.exitCode}`;
    return {
        at: epochMs(ended.finishedAt),
        label: named ? `${container} ${what}` : what,
        failed: ended.exitCode !== 0,
    };
}

;// CONCATENATED MODULE: ./src/diagnostics/timeline/test-lanes.ts

/** A lane per test step: from its start to its end (or `until` when it never ended). */
function testLanes(runs, until) {
    return runs.flatMap((run) => {
        const start = epochMs(run.startedAt);
        if (start === undefined)
            return [];
        const failed = run.result !== 'passed';
        const log = run.files.find((file) => file.endsWith('/log.txt'));
        return [
            {
                kind: 'test',
                name: run.name,
                failed,
                bars: [
                    {
                        label: `tests ${run.result}`,
                        start,
                        end: Math.max(start, epochMs(run.finishedAt) ?? until),
                        failed,
                    },
                ],
                ...(log ? { log } : {}),
            },
        ];
    });
}

;// CONCATENATED MODULE: ./src/diagnostics/timeline/gantt.ts
const KEYWORD = /^(section|title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|click|call|accTitle|accDescr|inclusiveenddates|topaxis|displaymode)\b/i;
/**
 * A name as Mermaid's gantt grammar reads it: `:` ends a task's name, `#` and `;` start comments and
 * statements, `%` before a letter drops the task, a keyword at the start of a line is read as one, and a
 * newline ends the line.
 */
function ganttName(name) {
    const cleaned = name
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/:/g, '-')
        .replace(/[#;]/g, ' ')
        .replace(/%/g, '％')
        .replace(/\s+/g, ' ')
        .trim();
    if (cleaned === '')
        return '(unnamed)';
    return KEYWORD.test(cleaned) ? `_${cleaned}` : cleaned;
}
/**
 * A Mermaid `gantt` chart of the lanes: a section per service, pod or test step, a task per phase, failed
 * ones in the `crit` style; times in milliseconds relative to the earliest bar (`dateFormat x`), so the
 * axis reads minutes and seconds since the start.
 */
function renderGantt(lanes, options = {}) {
    const maxLanes = options.maxLanes ?? 20;
    const maxBars = Math.max(2, options.maxBarsPerLane ?? 8);
    const drawn = lanes.filter((lane) => lane.bars.length > 0);
    const cuts = [];
    const kept = keepLanes(drawn, maxLanes);
    const left = drawn.filter((lane) => !kept.includes(lane));
    if (left.length > 0) {
        const names = left.slice(0, 10).map((lane) => lane.name);
        const more = left.length > names.length ? ` and ${left.length - names.length} more` : '';
        cuts.push(`${left.length} of ${drawn.length} lanes not drawn (none of them failed): ${names.join(', ')}${more}.`);
    }
    const starts = kept.flatMap((lane) => lane.bars.map((bar) => bar.start));
    const ends = kept.flatMap((lane) => lane.bars.map((bar) => bar.end));
    const origin = starts.length > 0 ? Math.min(...starts) : 0;
    const span = ends.length > 0 ? Math.max(...ends) - origin : 0;
    // A phase too short to see (a die event, a step that failed at once) still gets a visible bar.
    const minimum = Math.max(1, Math.round(span / 100));
    const lines = ['gantt', '  dateFormat x', `  axisFormat ${span >= 60 * 60 * 1000 ? '%H:%M' : '%M:%S'}`];
    let folded = 0;
    for (const lane of kept) {
        const bars = lane.bars.length > maxBars
            ? [lane.bars[0], ...lane.bars.slice(-(maxBars - 1))]
            : lane.bars;
        folded += lane.bars.length - bars.length;
        lines.push(`  section ${ganttName(sectionName(lane))}`);
        for (const bar of bars) {
            const start = Math.round(bar.start - origin);
            const end = Math.max(Math.round(bar.end - origin), start + minimum);
            lines.push(`    ${ganttName(bar.label)} :${bar.failed ? 'crit, ' : ''}${start}, ${end}`);
        }
    }
    if (folded > 0)
        cuts.push(`${folded} phases of restarting lanes folded (each lane shows its first and latest ${maxBars - 1}).`);
    return { text: lines.join('\n'), cuts };
}
function sectionName(lane) {
    const prefix = lane.kind === 'test' ? 'test ' : lane.kind === 'pod' ? 'pod ' : '';
    return `${prefix}${lane.name}${lane.failed ? ' (failed)' : ''}`;
}
/** Test steps and failed lanes first, then the earliest others; drawn in the order of their first bar. */
function keepLanes(lanes, max) {
    const first = (lane) => lane.bars[0]?.start ?? 0;
    const ranked = [...lanes].sort((a, b) => rank(a) - rank(b) || first(a) - first(b));
    const kept = new Set(ranked.slice(0, Math.max(1, max)));
    return lanes
        .filter((lane) => kept.has(lane))
        .sort((a, b) => first(a) - first(b) || a.name.localeCompare(b.name));
}
function rank(lane) {
    return lane.kind === 'test' ? 0 : lane.failed ? 1 : 2;
}
/** The `## Timeline` section of index.md and the job summary; none when nothing has a time. */
function timelineSection(lanes, options) {
    const chart = renderGantt(lanes, options);
    if (!chart.text.includes('\n  section '))
        return [];
    return [
        '## Timeline',
        '',
        "Each service, pod and test step from the engine's and the API server's own times, since the first of them.",
        '',
        '```mermaid',
        chart.text,
        '```',
        '',
        ...chart.cuts.flatMap((cut) => [cut, '']),
    ];
}

;// CONCATENATED MODULE: ./src/diagnostics/timeline/index.ts






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

/***/ 46125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ compareTimestamps),
/* harmony export */   Fg: () => (/* binding */ splitTimestamp),
/* harmony export */   qH: () => (/* binding */ engineTime),
/* harmony export */   uL: () => (/* binding */ timestampNanos)
/* harmony export */ });
/** RFC 3339 times as the Docker engine and the Kubernetes API write them: up to nanoseconds, any offset. */
const RFC3339 = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/;
/** Nanoseconds since the epoch; undefined when the text is not RFC 3339. `Date` keeps only milliseconds. */
function timestampNanos(text) {
    const match = RFC3339.exec(text);
    if (!match)
        return undefined;
    const seconds = Date.parse(`${match[1]}${match[3]}`);
    if (Number.isNaN(seconds))
        return undefined;
    return BigInt(seconds) * 1000000n + BigInt((match[2] ?? '').padEnd(9, '0'));
}
/** The time a line starts with (`<RFC 3339> <text>`, as logs read with timestamps are), and the rest. */
function splitTimestamp(line) {
    const space = line.indexOf(' ');
    const head = space === -1 ? line : line.slice(0, space);
    if (timestampNanos(head) === undefined)
        return { rest: line };
    return { timestamp: head, rest: space === -1 ? '' : line.slice(space + 1) };
}
/** The engine writes year 1 for "never". */
function engineTime(value) {
    return !value || value.startsWith('0001-01-01') ? undefined : value;
}
function sortKey(value) {
    const nanos = timestampNanos(value);
    if (nanos !== undefined)
        return nanos;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : BigInt(ms) * 1000000n;
}
/** Earlier first, to the nanosecond; an unknown or unreadable time after every known one. */
function compareTimestamps(a, b) {
    if (a === b)
        return 0;
    const ka = a === undefined ? undefined : sortKey(a);
    const kb = b === undefined ? undefined : sortKey(b);
    if (ka === undefined)
        return kb === undefined ? 0 : 1;
    if (kb === undefined)
        return -1;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}


/***/ }),

/***/ 96592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RedactLines)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Redacts a stream a whole line at a time: a secret split across two chunks is still found (values are
 * single lines; a multi-line one is known line by line).
 */
class RedactLines extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    redactor;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    partial = '';
    constructor(redactor) {
        super();
        this.redactor = redactor;
    }
    _transform(chunk, _encoding, callback) {
        const text = this.partial + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
        const end = text.lastIndexOf('\n') + 1;
        this.partial = text.slice(end);
        callback(null, end > 0 ? this.redactor.redact(text.slice(0, end)) : undefined);
    }
    _flush(callback) {
        const rest = this.partial + this.decoder.end();
        callback(null, rest === '' ? undefined : this.redactor.redact(rest));
    }
}


/***/ })

};
