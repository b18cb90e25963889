export const id = 150;
export const ids = [150];
export const modules = {

/***/ 96534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recordTimingsAction: () => (/* binding */ recordTimingsAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/shard/index.ts + 18 modules
var shard = __webpack_require__(27396);
// EXTERNAL MODULE: ./src/shared/cache/actions-cache.ts
var actions_cache = __webpack_require__(64668);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 12 modules
var runner = __webpack_require__(2136);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/actions/record-timings/inputs.ts





const { inputs } = constants/* RecordTimings */.PM;
/** Reads every input of record-timings once; the working directory is resolved against GITHUB_WORKSPACE. */
function readRecordTimingsInputs(env = process.env) {
    const reports = (0,runner/* listInput */.dt)(inputs.reports);
    if (reports.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputs.reports}" is empty: give globs of every leg's JUnit reports, downloaded first, e.g. reports/**/*.xml.`);
    }
    const tests = (0,runner/* listInput */.dt)(inputs.tests);
    const planText = (0,runner/* stringInput */.Uj)(inputs.plan);
    const plan = planText === undefined ? undefined : (0,shard/* parsePlan */.vS)(planText, `Input "${inputs.plan}"`);
    if (tests.length === 0 && !plan) {
        throw new errors/* ConfigurationError */.j1(`Give "${inputs.tests}" (globs of the test files, as plan-shards took them) or "${inputs.plan}" (plan-shards' plan output): the reports' test cases are matched to those files.`);
    }
    const defaultBranch = (0,runner/* nameInput */.K3)(inputs.defaultBranch, 255, 'main');
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    return {
        reports,
        tests,
        ...(plan ? { plan } : {}),
        timingsKey: (0,runner/* timingsKeyInput */.$z)(inputs.timingsKey) ?? constants/* DEFAULT_TIMINGS_KEY */.aJ,
        save: (0,runner/* booleanInput */.tE)(inputs.save, true),
        ...(defaultBranch !== undefined ? { defaultBranch } : {}),
        workingDirectory: external_node_path_default().resolve(workspace, (0,runner/* stringInput */.Uj)(inputs.workingDirectory) ?? '.'),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/actions/record-timings/save-decision.ts

/**
 * Timings are saved only from the default branch: every branch and pull request reads the default
 * branch's caches, so they all plan from its timings, and none of them can put a slow or broken run's
 * timings in front of the others. `defaultBranch` (the input) wins over the event's
 * `repository.default_branch`; without either the run cannot tell, and does not save.
 */
function saveDecision(env, defaultBranch) {
    const ref = env.GITHUB_REF ?? '';
    if (ref === '')
        return { save: false, reason: 'GITHUB_REF is not set, so this run names no branch' };
    const branch = defaultBranch ?? eventDefaultBranch(env.GITHUB_EVENT_PATH);
    if (!branch) {
        return {
            save: false,
            reason: 'the default branch is not known: the event names no repository.default_branch; set "default-branch" (e.g. main)',
        };
    }
    const expected = branch.startsWith('refs/') ? branch : `refs/heads/${branch}`;
    if (ref !== expected) {
        return {
            save: false,
            reason: `${ref} is not the default branch (${expected}): pull requests and other branches read the default branch's timings but never write any`,
        };
    }
    return { save: true, ref };
}
function eventDefaultBranch(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const branch = event.repository?.default_branch;
        return typeof branch === 'string' && branch !== '' ? branch : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/actions/record-timings/summary.ts



/** The job summary: with a plan, the combined report over every shard; then what was recorded and kept. */
async function runSummaryMarkdown(options) {
    const { run, plan, saved } = options;
    const parts = [];
    if (plan) {
        const shards = (0,shard/* reportsByShard */.VR)(run.reports, plan).map(({ shard, paths }) => ({
            shard,
            paths: paths.map((report) => external_node_path_default().join(options.root, report)),
        }));
        const reports = await (0,shard/* readShardReports */.oK)(shards, runner/* actionsLogger */.MV);
        parts.push((0,shard/* combinedReportMarkdown */.ZO)((0,shard/* combineShardReports */.Ni)({ shards: reports, plan, files: run.files })));
    }
    const total = [...run.measured.values()].reduce((sum, seconds) => sum + seconds, 0);
    const where = 'key' in saved ? `saved to the Actions cache as \`${saved.key}\`` : `not saved: ${saved.reason}`;
    parts.push(`### Timings: ${run.measured.size} of ${run.files.length} test file(s) timed, ${(0,shard/* formatSeconds */.Xo)(total)}`, '', `${run.kept.size} timing(s) from ${run.reports.length} report(s), ${where}.`, '');
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/actions/record-timings/main.ts











const { inputs: names, outputs } = constants/* RecordTimings */.PM;
/**
 * After the matrix, in one job: every leg's reports merged into one timings file, saved under a key of
 * its own for this run and attempt, so no leg and no run overwrites another's.
 */
async function recordTimingsMain(env = process.env) {
    const inputs = readRecordTimingsInputs(env);
    const previous = await (0,shard/* restoreTimings */.i0)(inputs.timingsKey, runner/* actionsLogger */.MV);
    const now = new Date();
    const run = await (0,shard/* recordRun */.vj)({
        root: inputs.workingDirectory,
        tests: inputs.tests,
        planFiles: inputs.plan ? (0,shard/* plannedFiles */.G)(inputs.plan) : [],
        reports: inputs.reports,
        ...(previous ? { previous } : {}),
        now,
        logger: runner/* actionsLogger */.MV,
    });
    const runId = env.GITHUB_RUN_ID || 'local';
    const attempt = Number(env.GITHUB_RUN_ATTEMPT) || 1;
    const key = (0,shard/* timingsCacheKey */.h4)(inputs.timingsKey, runId, attempt);
    const file = (0,shard/* timingsFile */.Mu)(run.kept, now, { id: runId, attempt, ref: env.GITHUB_REF ?? '' });
    const written = external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), `${inputs.timingsKey}-${runId}-${attempt}.json`);
    await (0,promises_.writeFile)(written, `${JSON.stringify(file, null, 1)}\n`);
    const decision = whetherToSave(run.kept.size, inputs.save, env, inputs.defaultBranch);
    const saved = decision.save && (await (0,shard/* saveTimings */.vM)(inputs.timingsKey, key, file, runner/* actionsLogger */.MV));
    if (!decision.save)
        runner/* actionsLogger */.MV.info(`The timings were not saved (key ${key}): ${decision.reason}.`);
    core/* setOutput */.uH(outputs.key, saved ? key : '');
    core/* setOutput */.uH(outputs.saved, String(saved));
    core/* setOutput */.uH(outputs.timingsFile, written);
    core/* setOutput */.uH(outputs.files, String(run.kept.size));
    await (0,runner/* writeJobSummary */.j7)(await runSummaryMarkdown({
        run,
        ...(inputs.plan ? { plan: inputs.plan } : {}),
        root: inputs.workingDirectory,
        saved: saved
            ? { key }
            : { reason: decision.save ? 'the save failed; the log says why' : decision.reason },
    }));
}
/** Why not, in the order a person fixes it: nothing to save, saving off, not the default branch, no cache. */
function whetherToSave(timings, save, env, defaultBranch) {
    if (timings === 0)
        return { save: false, reason: 'no report timed a test file' };
    if (!save)
        return { save: false, reason: `"${names.save}" is false` };
    const branch = saveDecision(env, defaultBranch);
    if (branch.save && !(0,actions_cache/* actionsCacheOffered */.l)(env)) {
        return { save: false, reason: 'this runner offers no Actions cache service' };
    }
    return branch;
}

;// CONCATENATED MODULE: ./src/actions/record-timings/index.ts

const recordTimingsAction = { main: () => recordTimingsMain() };


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


/***/ })

};
