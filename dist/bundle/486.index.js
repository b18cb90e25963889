export const id = 486;
export const ids = [486,934];
export const modules = {

/***/ 31424:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var once = __webpack_require__(55560);

var noop = function() {};

var qnt = global.Bare ? queueMicrotask : process.nextTick.bind(process);

var isRequest = function(stream) {
	return stream.setHeader && typeof stream.abort === 'function';
};

var isChildProcess = function(stream) {
	return stream.stdio && Array.isArray(stream.stdio) && stream.stdio.length === 3
};

var eos = function(stream, opts, callback) {
	if (typeof opts === 'function') return eos(stream, null, opts);
	if (!opts) opts = {};

	callback = once(callback || noop);

	var ws = stream._writableState;
	var rs = stream._readableState;
	var readable = opts.readable || (opts.readable !== false && stream.readable);
	var writable = opts.writable || (opts.writable !== false && stream.writable);
	var cancelled = false;

	var onlegacyfinish = function() {
		if (!stream.writable) onfinish();
	};

	var onfinish = function() {
		writable = false;
		if (!readable) callback.call(stream);
	};

	var onend = function() {
		readable = false;
		if (!writable) callback.call(stream);
	};

	var onexit = function(exitCode) {
		callback.call(stream, exitCode ? new Error('exited with error code: ' + exitCode) : null);
	};

	var onerror = function(err) {
		callback.call(stream, err);
	};

	var onclose = function() {
		qnt(onclosenexttick);
	};

	var onclosenexttick = function() {
		if (cancelled) return;
		if (readable && !(rs && (rs.ended && !rs.destroyed))) return callback.call(stream, new Error('premature close'));
		if (writable && !(ws && (ws.ended && !ws.destroyed))) return callback.call(stream, new Error('premature close'));
	};

	var onrequest = function() {
		stream.req.on('finish', onfinish);
	};

	if (isRequest(stream)) {
		stream.on('complete', onfinish);
		stream.on('abort', onclose);
		if (stream.req) onrequest();
		else stream.on('request', onrequest);
	} else if (writable && !ws) { // legacy streams
		stream.on('end', onlegacyfinish);
		stream.on('close', onlegacyfinish);
	}

	if (isChildProcess(stream)) stream.on('exit', onexit);

	stream.on('end', onend);
	stream.on('finish', onfinish);
	if (opts.error !== false) stream.on('error', onerror);
	stream.on('close', onclose);

	return function() {
		cancelled = true;
		stream.removeListener('complete', onfinish);
		stream.removeListener('abort', onclose);
		stream.removeListener('request', onrequest);
		if (stream.req) stream.req.removeListener('finish', onfinish);
		stream.removeListener('end', onlegacyfinish);
		stream.removeListener('close', onlegacyfinish);
		stream.removeListener('finish', onfinish);
		stream.removeListener('exit', onexit);
		stream.removeListener('end', onend);
		stream.removeListener('error', onerror);
		stream.removeListener('close', onclose);
	};
};

module.exports = eos;


/***/ }),

/***/ 55560:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var wrappy = __webpack_require__(58264)
module.exports = wrappy(once)
module.exports.strict = wrappy(onceStrict)

once.proto = once(function () {
  Object.defineProperty(Function.prototype, 'once', {
    value: function () {
      return once(this)
    },
    configurable: true
  })

  Object.defineProperty(Function.prototype, 'onceStrict', {
    value: function () {
      return onceStrict(this)
    },
    configurable: true
  })
})

function once (fn) {
  var f = function () {
    if (f.called) return f.value
    f.called = true
    return f.value = fn.apply(this, arguments)
  }
  f.called = false
  return f
}

function onceStrict (fn) {
  var f = function () {
    if (f.called)
      throw new Error(f.onceError)
    f.called = true
    return f.value = fn.apply(this, arguments)
  }
  var name = fn.name || 'Function wrapped with `once`'
  f.onceError = name + " shouldn't be called more than once"
  f.called = false
  return f
}


/***/ }),

/***/ 87898:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var once = __webpack_require__(55560)
var eos = __webpack_require__(31424)
var fs

try {
  fs = __webpack_require__(79896) // we only need fs to get the ReadStream and WriteStream prototypes
} catch (e) {}

var noop = function () {}
var ancient = typeof process === 'undefined' ? false : /^v?\.0/.test(process.version)

var isFn = function (fn) {
  return typeof fn === 'function'
}

var isFS = function (stream) {
  if (!ancient) return false // newer node version do not need to care about fs is a special way
  if (!fs) return false // browser
  return (stream instanceof (fs.ReadStream || noop) || stream instanceof (fs.WriteStream || noop)) && isFn(stream.close)
}

var isRequest = function (stream) {
  return stream.setHeader && isFn(stream.abort)
}

var destroyer = function (stream, reading, writing, callback) {
  callback = once(callback)

  var closed = false
  stream.on('close', function () {
    closed = true
  })

  eos(stream, {readable: reading, writable: writing}, function (err) {
    if (err) return callback(err)
    closed = true
    callback()
  })

  var destroyed = false
  return function (err) {
    if (closed) return
    if (destroyed) return
    destroyed = true

    if (isFS(stream)) return stream.close(noop) // use close for fs streams to avoid fd leaks
    if (isRequest(stream)) return stream.abort() // request.destroy just do .end - .abort is what we want

    if (isFn(stream.destroy)) return stream.destroy()

    callback(err || new Error('stream was destroyed'))
  }
}

var call = function (fn) {
  fn()
}

var pipe = function (from, to) {
  return from.pipe(to)
}

var pump = function () {
  var streams = Array.prototype.slice.call(arguments)
  var callback = isFn(streams[streams.length - 1] || noop) && streams.pop() || noop

  if (Array.isArray(streams[0])) streams = streams[0]
  if (streams.length < 2) throw new Error('pump requires two streams per minimum')

  var error
  var destroys = streams.map(function (stream, i) {
    var reading = i < streams.length - 1
    var writing = i > 0
    return destroyer(stream, reading, writing, function (err) {
      if (!error) error = err
      if (err) destroys.forEach(call)
      if (reading) return
      destroys.forEach(call)
      callback(error)
    })
  })

  return streams.reduce(pipe)
}

module.exports = pump


/***/ }),

/***/ 58264:
/***/ ((module) => {

// Returns a wrapper function that returns a wrapped callback
// The wrapper function should do some stuff, and return a
// presumably different callback function.
// This makes sure that own properties are retained, so that
// decorations and such are not lost along the way.
module.exports = wrappy
function wrappy (fn, cb) {
  if (fn && cb) return wrappy(fn)(cb)

  if (typeof fn !== 'function')
    throw new TypeError('need wrapper function')

  Object.keys(fn).forEach(function (k) {
    wrapper[k] = fn[k]
  })

  return wrapper

  function wrapper() {
    var args = new Array(arguments.length)
    for (var i = 0; i < args.length; i++) {
      args[i] = arguments[i]
    }
    var ret = fn.apply(this, args)
    var cb = args[args.length-1]
    if (typeof ret === 'function' && ret !== cb) {
      Object.keys(cb).forEach(function (k) {
        ret[k] = cb[k]
      })
    }
    return ret
  }
}


/***/ }),

/***/ 23715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTestsClusterMain: () => (/* binding */ runTestsClusterMain),
  runTestsClusterPost: () => (/* binding */ runTestsClusterPost)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/cancellation/abort.ts
var abort = __webpack_require__(98559);
// EXTERNAL MODULE: ./src/kube/client.ts
var client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/kube/test-job/index.ts + 21 modules
var test_job = __webpack_require__(57736);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 12 modules
var runner = __webpack_require__(2136);
// EXTERNAL MODULE: ./src/shared/redaction/redact-file.ts
var redact_file = __webpack_require__(54245);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
// EXTERNAL MODULE: ./src/diagnostics/uploaded-artifacts.ts
var uploaded_artifacts = __webpack_require__(320);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/actions/run-tests/command.ts
var run_tests_command = __webpack_require__(10156);
// EXTERNAL MODULE: ./src/actions/run-tests/shard-inputs.ts
var shard_inputs = __webpack_require__(34087);
// EXTERNAL MODULE: ./src/shard/index.ts + 18 modules
var shard = __webpack_require__(27396);
// EXTERNAL MODULE: ./src/actions/run-tests/inputs.ts
var inputs = __webpack_require__(97424);
;// CONCATENATED MODULE: ./src/actions/run-tests/cluster-inputs.ts









const { inputs: cluster_inputs_inputs } = constants/* RunTests */.tn;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Reads run-tests' inputs for `mode: cluster`; paths are taken from the workspace. */
function readRunTestsClusterInputs(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const kubeconfig = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.kubeconfig);
    const jobManifest = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.jobManifest);
    const image = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.image) === undefined ? undefined : (0,inputs/* imageInput */.EA)();
    if (!image && !jobManifest) {
        throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.image}" is required in cluster mode unless "${cluster_inputs_inputs.jobManifest}" names your own Job manifest.`);
    }
    const namespace = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.namespace);
    if (namespace !== undefined)
        dnsName(namespace, cluster_inputs_inputs.namespace);
    const name = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.name);
    if (name !== undefined)
        dnsName(name, cluster_inputs_inputs.name);
    const command = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.command);
    const args = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.args);
    const resources = resourcesInput();
    const optional = {
        kubeconfig: kubeconfig && (0,external_node_path_.resolve)(workspace, kubeconfig),
        context: (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.context),
        namespace,
        jobManifest: jobManifest && (0,runner/* workspacePath */.X5)(jobManifest, workspace, cluster_inputs_inputs.jobManifest, 'ci/test-job.yaml'),
        testContainer: (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.testContainer),
        image,
        command: command === undefined ? undefined : (0,run_tests_command/* parseCommand */.R)(command, cluster_inputs_inputs.command),
        args: args === undefined ? undefined : (0,run_tests_command/* parseCommand */.R)(args, cluster_inputs_inputs.args),
        serviceAccount: (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.serviceAccount),
        resources,
        workingDirectory: (0,inputs/* workingDirectoryInput */.RW)(),
        name,
    };
    return {
        mode: 'cluster',
        ...definedOnly(optional),
        env: (0,runner/* keyValueInput */.Bb)(cluster_inputs_inputs.env),
        envFrom: (0,runner/* listInput */.dt)(cluster_inputs_inputs.envFrom).map(envSource),
        nodeSelector: (0,runner/* keyValueInput */.Bb)(cluster_inputs_inputs.nodeSelector),
        unschedulableTimeoutMs: (0,runner/* durationInput */.Ts)(cluster_inputs_inputs.unschedulableTimeout, test_job/* DEFAULT_UNSCHEDULABLE_TIMEOUT_MS */.x1),
        keepNamespace: (0,runner/* booleanInput */.tE)(cluster_inputs_inputs.keepNamespace, false),
        reports: reportsInput(env),
        reportsDir: (0,inputs/* reportsDirInput */.Ld)(workspace),
        timeoutMs: (0,runner/* durationInput */.Ts)(cluster_inputs_inputs.timeout, inputs/* DEFAULT_TIMEOUT_MS */.t1),
        runName: (0,test_job/* testRunName */.B0)(env),
        ...checkedSharding(shardingInputs(workspace), optional),
    };
}
/** The Indexed Job wraps the test command, and appended files need a command or args to go after. */
function checkedSharding(sharding, given) {
    if (sharding.indexed && sharding.sharding.rerunFailed) {
        throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.rerunFailed}" does not work with "${cluster_inputs_inputs.shards}" (an Indexed Job) yet: run the shards as a matrix (plan-shards' matrix with "${cluster_inputs_inputs.shard}") to re-run only what failed.`);
    }
    if (given.jobManifest || given.command?.length)
        return sharding;
    if (sharding.indexed) {
        throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.shards}" needs "${cluster_inputs_inputs.command}": each pod's command is wrapped (with /bin/sh) to pick its shard, and the image's own entrypoint is not known here; write e.g. command: npm test.`);
    }
    if (sharding.sharding.appendShardFiles && !given.args?.length) {
        throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.appendShardFiles}" needs "${cluster_inputs_inputs.command}" or "${cluster_inputs_inputs.args}" in cluster mode, for the files to follow; write e.g. args: --reporter junit.`);
    }
    return sharding;
}
/** `plan` with `shard`: this leg's shard in one pod. `shards` (or a plan without `shard`): an Indexed Job. */
function shardingInputs(workspace) {
    const sharding = (0,shard_inputs/* readShardInputs */.o)(workspace, true);
    const shardsGiven = (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.shards) !== undefined;
    if (shardsGiven && sharding.shard !== undefined) {
        throw new errors/* ConfigurationError */.j1(`Inputs "${cluster_inputs_inputs.shards}" and "${cluster_inputs_inputs.shard}" do not go together: "${cluster_inputs_inputs.shards}" runs every shard as pods of one Indexed Job, "${cluster_inputs_inputs.shard}" runs one shard of a matrix leg. Give one of them.`);
    }
    const { plan } = sharding;
    const shards = shardsGiven
        ? (0,runner/* integerInput */.$A)(cluster_inputs_inputs.shards, 1, 1, shard/* MAX_SHARDS */.hH)
        : plan && sharding.shard === undefined
            ? plan.of
            : undefined;
    if (plan && shards !== undefined && shards !== plan.of) {
        throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.shards}" is ${shards}, but the plan has ${plan.of} shard(s); leave "${cluster_inputs_inputs.shards}" out to run the plan's shards, or plan ${shards}.`);
    }
    if (shards === undefined) {
        if ((0,runner/* stringInput */.Uj)(cluster_inputs_inputs.parallelism) !== undefined) {
            throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.parallelism}" needs "${cluster_inputs_inputs.shards}": it says how many pods of the Indexed Job run at once.`);
        }
        return { sharding };
    }
    return {
        sharding,
        indexed: { shards, parallelism: (0,runner/* integerInput */.$A)(cluster_inputs_inputs.parallelism, shards, 1, shards) },
    };
}
/** An input set to '' turns the reports off; an input not set at all means the default. */
function reportsInput(env) {
    const variable = `INPUT_${cluster_inputs_inputs.reports.toUpperCase()}`;
    if (env[variable] === undefined)
        return inputs/* DEFAULT_REPORTS */.ss;
    return (0,runner/* stringInput */.Uj)(cluster_inputs_inputs.reports) ?? '';
}
function envSource(entry) {
    const match = /^(secret|configmap|configMap)\s*[:/]\s*(\S+)$/.exec(entry);
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.envFrom}": ${(0,runner/* quoted */.TL)(entry)} is not secret:NAME or configmap:NAME; write e.g. env-from: secret:api-token.`);
    }
    const name = match[2];
    dnsName(name, cluster_inputs_inputs.envFrom, 253);
    return { kind: match[1]?.toLowerCase() === 'secret' ? 'secret' : 'configmap', name };
}
function resourcesInput() {
    const value = (0,runner/* yamlInput */.eR)(cluster_inputs_inputs.resources);
    if (value === undefined || value === null)
        return undefined;
    const example = 'e.g. {requests: {cpu: 500m, memory: 512Mi}, limits: {memory: 1Gi}}';
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.resources}" must be a mapping, ${example}.`);
    }
    const result = {};
    for (const [key, quantities] of Object.entries(value)) {
        if (key !== 'requests' && key !== 'limits') {
            throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.resources}" has "${key}"; only requests and limits are allowed, ${example}.`);
        }
        if (typeof quantities !== 'object' || quantities === null || Array.isArray(quantities)) {
            throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.resources}": ${key} must be a mapping, ${example}.`);
        }
        result[key] = Object.fromEntries(Object.entries(quantities).map(([name, quantity]) => {
            if (typeof quantity !== 'string' && typeof quantity !== 'number') {
                throw new errors/* ConfigurationError */.j1(`Input "${cluster_inputs_inputs.resources}": ${key}.${name} must be a quantity such as 500m or 1Gi, ${example}.`);
            }
            return [name, String(quantity)];
        }));
    }
    return result;
}
function dnsName(value, input, max = 63) {
    const ok = value.length <= max && value.split(max > 63 ? '.' : '\n').every((part) => DNS_LABEL.test(part));
    if (!ok) {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" is ${(0,runner/* quoted */.TL)(value)}; a Kubernetes name is lower-case letters, digits and "-", ` +
            `at most ${max} characters, starting and ending with a letter or digit.`);
    }
}
function definedOnly(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== ''));
}

// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var report = __webpack_require__(8517);
;// CONCATENATED MODULE: ./src/actions/run-tests/cluster-summary.ts



/** Container mode's summary, plus where the run happened and, unless it passed, why it ended; an Indexed
 * Job's adds the table over its shards. */
async function clusterSummaryMarkdown(inputs, result) {
    const single = singleRunMarkdown(inputs, result);
    if (!result.shards)
        return single;
    const shards = await (0,shard/* readShardReports */.oK)(result.shards.map((shard) => ({
        shard: shard.shard,
        paths: shard.reports,
        seconds: shard.durationMs / 1000,
    })), runner/* actionsLogger */.MV);
    const { plan } = inputs.sharding;
    return `${single}\n${(0,shard/* combinedReportMarkdown */.ZO)((0,shard/* combineShardReports */.Ni)({ shards, ...(plan ? { plan } : {}) }))}`;
}
function singleRunMarkdown(inputs, result) {
    const markdown = (0,report/* testSummaryMarkdown */.i7)({
        title: result.jobName,
        result: result.result === 'error' ? 'failed' : result.result,
        exitCode: result.exitCode,
        durationMs: result.durationMs,
        timeoutMs: inputs.timeoutMs,
        summary: result.summary,
        reportsPattern: inputs.reports,
    });
    const [headline = '', ...rest] = markdown.split('\n');
    const where = [`namespace \`${result.namespace}\``, `Job \`${result.jobName}\``];
    if (result.podName)
        where.push(`pod \`${result.podName}\``);
    const lines = [headline, '', `Ran as Kubernetes ${where.join(', ')}.`];
    if (result.result !== 'passed')
        lines.push('', `**Why:** ${escapeInline(result.message)}`);
    return [...lines, ...rest].join('\n');
}
function escapeInline(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

// EXTERNAL MODULE: ./src/actions/run-tests/failure.ts
var failure = __webpack_require__(90255);
// EXTERNAL MODULE: ./src/actions/run-tests/outputs.ts
var outputs = __webpack_require__(89375);
// EXTERNAL MODULE: ./src/actions/run-tests/state.ts
var state = __webpack_require__(80936);
// EXTERNAL MODULE: ./src/actions/run-tests/empty-selection.ts
var empty_selection = __webpack_require__(96919);
// EXTERNAL MODULE: ./src/actions/run-tests/selection.ts + 1 modules
var run_tests_selection = __webpack_require__(20761);
;// CONCATENATED MODULE: ./src/actions/run-tests/cluster.ts




















/**
 * `mode: cluster`: the tests as a Kubernetes Job. A passing run is deleted at once; a failing one is
 * exported (INCEPTION_NAMESPACE, INCEPTION_TEST_JOB) for collect-logs and deleted by the post step,
 * which runs after every other step of the job. `keep-namespace` keeps it either way.
 */
async function runTestsClusterMain(signal) {
    const inputs = readRunTestsClusterInputs();
    (0,runner/* learnVariables */.IM)(inputs.env);
    const leg = await (0,run_tests_selection/* stepSelection */.d1)(inputs.sharding);
    const selection = jobSelection(inputs, leg);
    if (selection?.selection && (0,shard/* selectsNothing */.tr)(selection.selection)) {
        return (0,empty_selection/* passEmptySelection */.J)(selection.selection, inputs.name ?? 'in the cluster');
    }
    const cluster = {
        kubeconfig: inputs.kubeconfig,
        context: inputs.context,
    };
    const clients = (0,client.loadKubeClients)(cluster);
    const record = (0,report/* startedTestRun */.j_)({
        // Unique in the job: one job may run several cluster test steps.
        name: `${inputs.name ?? 'tests'}-${Date.now().toString(36)}`,
        mode: 'cluster',
        image: inputs.image,
        namespace: inputs.namespace,
    });
    await (0,report/* writeTestRunRecord */.Mb)(record);
    let plannedRun;
    const planned = async (run) => {
        plannedRun = run;
        // Before the namespace exists: the post step deletes it however this step ends.
        if (!inputs.keepNamespace)
            state/* runTestsState */.u.save({ cleanup: { ...cluster, ...run } });
        await (0,report/* writeTestRunRecord */.Mb)({ ...record, namespace: run.namespace, jobName: run.jobName });
    };
    const outcome = await Promise.race([
        (0,test_job/* runTestJob */.fJ)(clients, {
            ...jobOptions(inputs),
            onPlanned: planned,
            ...(selection ? { selection } : {}),
        }),
        (0,abort/* whenAborted */.e)(signal),
    ]);
    if (outcome === 'cancelled')
        return cancelRun(clients, record, plannedRun, inputs.keepNamespace);
    const result = outcome;
    // The reports stay on the runner for a later step to upload: no secret of this step goes with them.
    await Promise.all(result.reports.map((report) => (0,redact_file/* redactFile */.i)(report, runner/* stepSecrets */.aw).catch(() => undefined)));
    await (0,report/* writeTestRunRecord */.Mb)({
        ...(0,report/* finishedTestRun */.m_)(record, result),
        namespace: result.namespace,
        jobName: result.jobName,
    });
    await (0,run_tests_selection/* keepReportsForRerun */.w9)(inputs.sharding, result.reports, inputs.reportsDir);
    (0,outputs/* setRunOutputs */.i)(result);
    core/* setOutput */.uH(constants/* RunTests */.tn.outputs.namespace, result.namespace);
    core/* setOutput */.uH(constants/* RunTests */.tn.outputs.job, result.jobName);
    await (0,runner/* writeJobSummary */.j7)(await clusterSummaryMarkdown(inputs, result));
    if (result.result === 'passed') {
        if (!inputs.keepNamespace)
            await cleanUp(clients, result);
        state/* runTestsState */.u.save({ cleanup: undefined });
        return;
    }
    core/* exportVariable */.dN(constants/* RunTests */.tn.env.namespace, result.namespace);
    core/* exportVariable */.dN(constants/* RunTests */.tn.env.job, result.jobName);
    core/* setFailed */.C1((0,failure/* failureMessage */.o)(result));
}
/** An Indexed Job of every shard, or the one shard (or re-run) of this leg. */
function jobSelection(inputs, leg) {
    const appendFiles = inputs.sharding.appendShardFiles;
    if (inputs.indexed) {
        const { plan } = inputs.sharding;
        return { indexed: { ...inputs.indexed, ...(plan ? { plan } : {}) }, appendFiles };
    }
    return leg ? { selection: leg, appendFiles } : undefined;
}
/** A cancelled run is deleted at once (the post step may never come), unless keep-namespace. */
async function cancelRun(clients, record, run, keep) {
    await (0,report/* writeTestRunRecord */.Mb)({
        ...record,
        ...(run ? { namespace: run.namespace, jobName: run.jobName } : {}),
        result: 'cancelled',
        message: 'tests cancelled while the Job ran',
        finishedAt: new Date().toISOString(),
    });
    if (run && !keep) {
        await cleanUp(clients, run);
        state/* runTestsState */.u.save({ cleanup: undefined });
    }
    core/* setFailed */.C1('tests cancelled while the Job ran');
    // The abandoned watch of the Job holds the event loop open; the runner's entry finishes its
    // bookkeeping in microtasks, before this runs.
    setImmediate(() => process.exit());
}
/** Post step: deletes a failed run's namespace (or Job) after collect-logs had its look. */
async function runTestsClusterPost() {
    const cleanup = state/* runTestsState */.u.read()?.cleanup;
    if (!cleanup)
        return;
    if (inJobsOwnKindCluster(cleanup)) {
        // Post steps run last-first: deleting here would take the failed Job from setup-kind's diagnostics.
        core/* info */.pq(`The run in ${cleanup.namespace} goes with kind cluster ${process.env[constants/* ENV_KIND_CLUSTER */.OT]}, ` +
            "which setup-kind's post step collects and then deletes.");
        return;
    }
    await cleanUp((0,client.loadKubeClients)(cleanup), cleanup);
}
/** The run used the cluster setup-kind made in this job (its KUBECONFIG), which dies with the job, and
 * no diagnostics were taken yet (collect-logs exports what it uploaded): setup-kind's post step takes them. */
function inJobsOwnKindCluster(cleanup) {
    if (!process.env[constants/* ENV_KIND_CLUSTER */.OT] || process.env[uploaded_artifacts/* UPLOADED_ARTIFACTS_ENV */.Z])
        return false;
    return cleanup.kubeconfig === undefined || cleanup.kubeconfig === process.env.KUBECONFIG;
}
async function cleanUp(clients, run) {
    try {
        await (0,test_job/* deleteTestJob */.j9)(clients, run);
        core/* info */.pq(run.createdNamespace
            ? `Deleted namespace ${run.namespace}`
            : `Deleted Job ${run.jobName} in ${run.namespace}`);
    }
    catch (error) {
        core/* warning */.$e(`Could not delete the test run in namespace ${run.namespace}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
function jobOptions(inputs) {
    return {
        image: inputs.image,
        command: inputs.command,
        args: inputs.args,
        env: inputs.env,
        envFrom: inputs.envFrom,
        serviceAccount: inputs.serviceAccount,
        resources: inputs.resources,
        nodeSelector: inputs.nodeSelector,
        workingDir: inputs.workingDirectory,
        manifestFile: inputs.jobManifest,
        testContainer: inputs.testContainer,
        namespace: inputs.namespace,
        runName: inputs.runName,
        name: inputs.name,
        timeoutMs: inputs.timeoutMs,
        unschedulableTimeoutMs: inputs.unschedulableTimeoutMs,
        reports: inputs.reports,
        reportsDir: inputs.reportsDir,
        logger: runner/* actionsLogger */.MV,
    };
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


/***/ })

};
