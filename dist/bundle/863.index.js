export const id = 863;
export const ids = [863,934];
export const modules = {

/***/ 55863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* reexport */ runCli)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/cancellation/cancel-on-signal.ts
var cancel_on_signal = __webpack_require__(3538);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/config/compose/index.ts + 37 modules
var config_compose = __webpack_require__(7403);
// EXTERNAL MODULE: ./src/config/inception/index.ts + 4 modules
var config_inception = __webpack_require__(69873);
;// CONCATENATED MODULE: ./src/cli/commands/config.ts






const CONFIG_USAGE = `Usage: inception config [-c inception.yml | -f compose.yml [-f override.yml...]] [--profile p...] [--json] [service...]

Prints the environment as inception will run it: the compose file(s) normalised (overrides merged, extends
and include resolved, variables interpolated, profiles applied), with the warnings on stderr. Starts nothing
and needs no engine. Exits 2 when the configuration has an error.

Options:
  -c, --config <file>   inception.yml whose compose file and profiles to read (default ./inception.yml;
                        without it, the compose files docker compose would read here: COMPOSE_FILE, or
                        compose.yaml, ... here or above with its compose.override.yml)
  -f, --file <file>     a compose file instead (repeatable: later files override earlier ones)
      --profile <name>  activate a profile (repeatable; default COMPOSE_PROFILES)
      --json            JSON instead of YAML
  service...            only these services and what they depend on; naming one activates its profiles`;
/** `inception config`: the model on stdout, warnings on stderr through the logger. Throws a
 * ConfigurationError for a bad file (the caller prints it and exits 2). */
async function configCommand(argv, logger, stdout) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            config: { type: 'string', short: 'c' },
            file: { type: 'string', short: 'f', multiple: true, default: [] },
            profile: { type: 'string', multiple: true, default: [] },
            json: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
    });
    if (values.help) {
        stdout.write(`${CONFIG_USAGE}\n`);
        return 0;
    }
    const project = await loadProject(values.config, values.file, values.profile, positionals);
    for (const warning of project.warnings)
        logger.warn(warning);
    const model = { ...project, secrets: withoutSecretValues(project.secrets) };
    delete model.warnings;
    stdout.write(values.json ? `${JSON.stringify(model, null, 2)}\n` : (0,dist/* stringify */.As)(model));
    return 0;
}
async function loadProject(config, files, profiles, services) {
    const options = { services, ...(profiles.length ? { profiles } : {}) };
    if (files.length)
        return (0,config_compose/* loadComposeFiles */.GZ)(files.map((file) => external_node_path_default().resolve(file)), options);
    if (config === undefined && !(0,external_node_fs_.existsSync)('inception.yml'))
        return (0,config_compose/* loadComposeFiles */.GZ)((0,config_compose/* discoverComposeFiles */.nX)(process.cwd()), options);
    const inception = await (0,config_inception/* loadInceptionConfig */.id)(external_node_path_default().resolve(config ?? 'inception.yml'));
    const fromConfig = inception.profiles.length ? { profiles: inception.profiles } : {};
    return (0,config_compose/* loadComposeFiles */.GZ)((0,config_inception/* composeFilesOf */.LA)(inception), { ...fromConfig, ...options });
}
/** A secret's content never reaches the output: where it comes from does. */
function withoutSecretValues(secrets) {
    return Object.fromEntries(Object.entries(secrets).map(([name, source]) => [
        name,
        source.content === undefined ? source : { ...source, content: '(hidden)' },
    ]));
}

// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
;// CONCATENATED MODULE: ./src/cli/project/project.ts





/** A config of compose files alone (the first and its overrides); its work folder (.inception/) sits beside
 * the first. */
function composeOnlyConfig(files) {
    const [compose, ...composeOverrides] = files;
    return {
        file: external_node_path_default().join(external_node_path_default().dirname(compose), 'inception.yml'),
        compose,
        composeOverrides,
        profiles: [],
        images: [],
        suites: [],
    };
}
/**
 * --config, else ./inception.yml, else the compose files `docker compose` would read here: --file alone, or
 * COMPOSE_FILE, or the picked file with its compose.override.yml. --file also overrides an inception.yml's
 * `compose:` (and then alone, as `docker compose -f` reads no override file).
 */
async function resolveProject(options, cwd = process.cwd(), env = process.env) {
    const file = options.file ? external_node_path_default().resolve(cwd, options.file) : undefined;
    if (file && !(0,external_node_fs_.existsSync)(file)) {
        throw new errors/* ConfigurationError */.j1(`compose file ${file} (--file) not found: check the path.`);
    }
    const configFile = external_node_path_default().resolve(cwd, options.config ?? 'inception.yml');
    if (options.config !== undefined || (0,external_node_fs_.existsSync)(configFile)) {
        const config = await (0,config_inception/* loadInceptionConfig */.id)(configFile);
        return {
            config: file ? { ...config, compose: file, composeOverrides: [] } : config,
            fromInceptionYml: true,
        };
    }
    const files = file ? [file] : (0,config_compose/* findComposeFiles */.$p)(cwd, env);
    if (!files?.length) {
        throw new errors/* ConfigurationError */.j1(`no inception.yml and no compose file (${config_compose/* COMPOSE_FILE_NAMES */.bv.join(', ')}) in ${cwd} or above: ` +
            'run inception in your project folder, or pass --config <inception.yml> or --file <compose file>.');
    }
    return { config: composeOnlyConfig(files), fromInceptionYml: false };
}

;// CONCATENATED MODULE: ./src/cli/context.ts


/** The project is read before the engine is asked anything: a mistake in it costs no connection. */
async function createContext(options, logger, signal = new AbortController().signal) {
    const project = await resolveProject(options);
    const docker = await (0,client/* connectDocker */.Z)();
    return { options, project, config: project.config, docker, logger, signal };
}

// EXTERNAL MODULE: ./src/docker/environment/index.ts + 36 modules
var docker_environment = __webpack_require__(95923);
;// CONCATENATED MODULE: ./src/cli/command.ts
/** With a cluster: section in inception.yml. */
const CLUSTER_OPTIONS = `With a cluster: section in inception.yml (the in-cluster path):
      --kubeconfig <file>  run against this cluster instead of a kind cluster made or reused here
      --context <name>     the kubeconfig's context to use
  -n, --name <namespace>   the namespace to deploy to and test in`;
/** Options every command that reads the project takes. */
const PROJECT_OPTIONS = `  -c, --config <file>  inception.yml (default ./inception.yml; without one, the compose file)
  -f, --file <file>    compose file (default: the ones docker compose reads: COMPOSE_FILE, or the first of
                       compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml here or in a
                       folder above, with compose.override.yml (.yaml, docker-compose.override.*) beside it)
  -n, --name <name>    environment name (default: the one \`inception up\` started here)
  -v, --verbose        debug output`;

// EXTERNAL MODULE: ./src/config/values/index.ts + 5 modules
var config_values = __webpack_require__(46435);
// EXTERNAL MODULE: ./src/diagnostics/collect-and-upload.ts + 6 modules
var collect_and_upload = __webpack_require__(33489);
// EXTERNAL MODULE: ./src/kube/api-errors.ts
var api_errors = __webpack_require__(84005);
// EXTERNAL MODULE: ./src/kube/deploy/index.ts + 5 modules
var deploy = __webpack_require__(72722);
// EXTERNAL MODULE: ./src/kube/kind/index.ts + 6 modules
var kind = __webpack_require__(75327);
// EXTERNAL MODULE: ./src/kube/namespace.ts
var namespace = __webpack_require__(69246);
// EXTERNAL MODULE: ./src/kube/test-job/index.ts + 21 modules
var test_job = __webpack_require__(57736);
// EXTERNAL MODULE: ./src/pipeline/index.ts + 4 modules
var pipeline = __webpack_require__(47130);
// EXTERNAL MODULE: ./src/shared/format/format-duration.ts
var format_duration = __webpack_require__(3619);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/cli/project/state-file.ts


function workFolder(configFile) {
    return external_node_path_default().join(external_node_path_default().dirname(configFile), '.inception');
}
/** A JSON file in the config's work folder: what one command leaves for the next. */
function stateStore(name) {
    const file = (configFile) => external_node_path_default().join(workFolder(configFile), name);
    return {
        async read(configFile) {
            try {
                return JSON.parse(await (0,promises_.readFile)(file(configFile), 'utf8'));
            }
            catch {
                return undefined;
            }
        },
        async write(configFile, state) {
            await (0,promises_.mkdir)(workFolder(configFile), { recursive: true });
            await (0,promises_.writeFile)(file(configFile), JSON.stringify(state, null, 2) + '\n');
        },
        async clear(configFile) {
            await (0,promises_.rm)(file(configFile), { force: true });
        },
    };
}
const environmentState = stateStore('state.json');
const readState = environmentState.read;
const writeState = environmentState.write;
const clearState = environmentState.clear;

;// CONCATENATED MODULE: ./src/cli/cluster/cluster-state.ts

const clusterState = stateStore('cluster.json');
const readClusterState = clusterState.read;
const writeClusterState = clusterState.write;
const clearClusterState = clusterState.clear;

// EXTERNAL MODULE: ./src/kube/client.ts
var kube_client = __webpack_require__(31934);
;// CONCATENATED MODULE: ./src/cli/cluster/deployed.ts



function clientsOf(state) {
    return (0,kube_client.loadKubeClients)({ kubeconfig: state.kubeconfig, context: state.context });
}
/** What `up` deployed here, for the commands that work on it (refresh, restart, logs). */
async function readDeployed(context, verb) {
    const state = await readClusterState(context.config.file);
    if (!state) {
        throw new errors/* ConfigurationError */.j1(`nothing deployed here to ${verb}: \`inception up\` deploys inception.yml's cluster: section first.`);
    }
    return { state, clients: clientsOf(state) };
}

;// CONCATENATED MODULE: ./src/cli/services/print-services.ts
function formatTable(rows) {
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    return rows.map((row) => row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd());
}
function printServices(info, logger) {
    const rows = [['SERVICE', 'CONTAINER', 'IP', 'HOST PORTS', 'URL']];
    for (const [service, address] of Object.entries(info.services)) {
        const ports = Object.entries(address.hostPorts).map(([port, host]) => `${host}->${port}`);
        rows.push([service, address.container, address.ip, ports.join(',') || '-', address.url ?? '-']);
    }
    for (const line of formatTable(rows))
        logger.info(line);
}

;// CONCATENATED MODULE: ./src/cli/project/test-settings.ts



/** `KEY=VALUE`, or `KEY` alone for this shell's value (as `docker run -e`). */
function parseEnvFlags(flags, env = process.env) {
    const result = {};
    for (const flag of flags) {
        const equals = flag.indexOf('=');
        const key = equals === -1 ? flag : flag.slice(0, equals);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
            throw new errors/* ConfigurationError */.j1(`--env "${flag}": write KEY=VALUE, e.g. --env API_URL=http://api:8080`);
        }
        const value = equals === -1 ? env[key] : flag.slice(equals + 1);
        if (value === undefined) {
            throw new errors/* ConfigurationError */.j1(`--env ${key}: it has no value here; write --env ${key}=VALUE`);
        }
        result[key] = value;
    }
    return result;
}
/** inception.yml's `tests:` with the command line's --image, --env, --reports, --timeout and `-- command`
 * over it; a test image is all a compose file alone needs. */
function testSettings(project, options) {
    const base = project.config.tests;
    const image = options.image ?? base?.image;
    if (!image) {
        const where = project.fromInceptionYml
            ? `or add a "tests:" section to ${project.config.file}`
            : 'or write an inception.yml with a "tests:" section (`inception init` writes one)';
        throw new errors/* ConfigurationError */.j1(`no test image: give one, e.g. \`inception test --image my-tests -- pytest -x\`, ${where}.`);
    }
    const command = options.testCommand.length > 0 ? options.testCommand : base?.command;
    return {
        image,
        ...(command ? { command } : {}),
        env: { ...base?.env, ...parseEnvFlags(options.env) },
        reports: options.reports ?? base?.reports ?? config_inception/* DEFAULT_TEST_REPORTS */.N7,
        timeoutMs: options.timeout !== undefined
            ? (0,config_values/* parseDuration */.E9)(options.timeout, '--timeout')
            : (base?.timeoutMs ?? config_inception/* DEFAULT_TEST_TIMEOUT_MS */.KY),
    };
}

;// CONCATENATED MODULE: ./src/cli/cluster/cluster-path.ts
















const kindBinary = () => process.env.KIND || 'kind';
/** A DNS label from the project folder's name: the default namespace and kind cluster name. */
function projectLabel(context) {
    const folder = external_node_path_default().basename(external_node_path_default().dirname(context.config.file)).toLowerCase();
    return `inception-${folder.replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'project'}`.slice(0, 40);
}
function clusterOf(context) {
    return context.config.cluster;
}
/** `up` on the cluster path: the cluster (--kubeconfig/--context, else kind made or reused), images built
 * and loaded, each deploy step applied and waited for. */
async function clusterUp(context) {
    const { docker, logger, options, signal } = context;
    const cluster = clusterOf(context);
    const kindName = cluster.kind.name ?? projectLabel(context);
    const target = options.kubeconfig || options.context
        ? { kubeconfig: options.kubeconfig, context: options.context, createdCluster: false }
        : await logger.group(`Kind cluster ${kindName}`, () => (0,pipeline/* ensureKindCluster */.RM)({
            docker,
            kind: cluster.kind,
            name: kindName,
            kindBinary: kindBinary(),
            kubeconfig: external_node_path_default().join(workFolder(context.config.file), `kind-${kindName}.kubeconfig`),
            logger,
            signal,
        }));
    const clients = clientsOf(target);
    const kindCluster = 'kindCluster' in target ? target.kindCluster : await (0,pipeline/* kindClusterOf */.O7)(docker, clients);
    const namespace = options.name ?? cluster.namespace ?? projectLabel(context);
    const existed = await clients.core
        .readNamespace({ name: namespace })
        .then(() => true)
        .catch((error) => ((0,api_errors/* isNotFound */.c)(error) ? false : Promise.reject(error)));
    const tag = `up-${Date.now().toString(36)}`;
    const fresh = {
        ...target,
        ...(kindCluster ? { kindCluster } : {}),
        namespace,
        createdNamespace: !existed,
        images: [],
        helmReleases: cluster.deploy.flatMap((step) => ('helm' in step ? [step.helm.release] : [])),
        startedAt: new Date().toISOString(),
    };
    const state = keepWhatEarlierUpMade(await readClusterState(context.config.file), fresh, logger);
    // Recorded before the deploy: a failed or interrupted one is still removed by `down`.
    await writeClusterState(context.config.file, state);
    const images = await (0,pipeline/* deployToCluster */.bi)({
        docker,
        clients,
        kubeconfig: state.kubeconfig,
        workDir: external_node_path_default().join(workFolder(context.config.file), 'cluster'),
        cluster,
        namespace,
        tag,
        kindCluster,
        noCache: options.noCache,
        logger,
        signal,
    });
    const ready = { ...state, images };
    await writeClusterState(context.config.file, ready);
    logger.info(`deployed to namespace ${namespace} (context ${clients.context}); \`inception test\` runs the tests there, ` +
        '`inception down` removes it');
    return ready;
}
/** A second `up` finds the cluster and namespace the first one made: they are still this project's to
 * delete. State of another cluster or namespace would be lost, so the message says how to remove it. */
function keepWhatEarlierUpMade(earlier, now, logger) {
    if (!earlier)
        return now;
    const sameCluster = earlier.kindCluster === now.kindCluster && earlier.context === now.context;
    if (!sameCluster || earlier.namespace !== now.namespace) {
        logger.warn(`the last \`inception up\` here deployed to namespace ${earlier.namespace}` +
            `${earlier.kindCluster ? ` of kind cluster ${earlier.kindCluster}` : ''}; this one forgets it: ` +
            'remove it yourself if it is still there (kubectl delete namespace, kind delete cluster).');
        return now;
    }
    return {
        ...now,
        createdCluster: now.createdCluster || earlier.createdCluster,
        createdNamespace: now.createdNamespace || earlier.createdNamespace,
        helmReleases: [...new Set([...(earlier.helmReleases ?? []), ...(now.helmReleases ?? [])])],
    };
}
/** The test Job's settings: cluster.tests with the command line's --image, --env, --reports, --timeout and
 * `-- command` over them. */
function clusterTests(context) {
    const { options } = context;
    const base = clusterOf(context).tests ?? {
        env: {},
        reports: '/reports/*.xml',
        timeoutMs: 30 * 60_000,
        nodeSelector: {},
    };
    return {
        ...base,
        ...(options.image ? { image: options.image, jobManifest: undefined } : {}),
        ...(options.testCommand.length > 0 ? { command: options.testCommand } : {}),
        env: { ...base.env, ...parseEnvFlags(options.env) },
        ...(options.reports ? { reports: options.reports } : {}),
        ...(options.timeout ? { timeoutMs: (0,config_values/* parseDuration */.E9)(options.timeout, '--timeout') } : {}),
    };
}
/** The folder collect-logs uploads, of the namespace `up` deployed (and the kind nodes). */
async function writeClusterDiagnostics(context, state, outDir) {
    await (0,collect_and_upload/* collectAndUpload */.V)({
        logger: context.logger,
        collectDocker: false,
        kubernetes: {
            kubeconfig: state.kubeconfig,
            context: state.context,
            runNamespace: state.namespace,
            kindCluster: state.kindCluster,
            kindBinary: kindBinary(),
        },
        upload: false,
        path: outDir,
    });
    context.logger.info(`diagnostics: ${outDir} (start with index.md)`);
}
/** `test` on the cluster path: in what `up` deployed, else deploys first and removes it after (--keep
 * keeps it). A failed run writes the diagnostics folder collect-logs uploads. */
async function clusterTest(context) {
    const { options, config } = context;
    const existing = await readClusterState(config.file);
    const state = existing ?? (await clusterUp(context));
    try {
        return await clusterTestIn(context, state);
    }
    finally {
        if (!existing && !options.keep)
            await clusterDown(context);
    }
}
/** One run of the test Job in what `up` deployed: its reports kept, diagnostics written when it fails;
 * resolves with the exit code. */
async function clusterTestIn(context, state) {
    const { logger, config } = context;
    const clients = clientsOf(state);
    const result = await (0,pipeline/* runClusterTests */.xc)({
        clients,
        cluster: clusterOf(context),
        tests: clusterTests(context),
        namespace: state.namespace,
        built: state.images,
        workDir: external_node_path_default().join(workFolder(config.file), 'cluster'),
        reportsDir: external_node_path_default().join(workFolder(config.file), 'reports', state.namespace),
        logger,
    });
    logger.info(`tests ${result.result} (exit code ${result.exitCode}) in ${(0,format_duration/* formatDuration */.a)(result.durationMs)}: ${result.message}`);
    for (const report of result.reports)
        logger.info(`report: ${report}`);
    if (result.result === 'passed') {
        await (0,test_job/* deleteTestJob */.j9)(clients, { ...result, createdNamespace: false });
        return 0;
    }
    await writeClusterDiagnostics(context, state, external_node_path_default().join(workFolder(config.file), 'diagnostics', state.namespace));
    return result.exitCode && result.exitCode > 0 ? result.exitCode : 1;
}
/** `down` on the cluster path: deletes what `up` created (the namespace, a kind cluster it made). */
async function clusterDown(context) {
    const { logger, config, docker } = context;
    const state = await readClusterState(config.file);
    if (!state) {
        logger.info('nothing to remove: no `inception up` on the cluster path here');
        return 0;
    }
    if (state.createdCluster && state.kindCluster) {
        await logger.group(`Delete kind cluster ${state.kindCluster}`, () => (0,kind/* deleteKindCluster */.mH)({
            docker,
            kind: kindBinary(),
            name: state.kindCluster,
            kubeconfig: state.kubeconfig,
            logger,
        }));
        await clearClusterState(config.file);
        return 0;
    }
    const clients = clientsOf(state);
    for (const release of state.helmReleases ?? []) {
        await logger.group(`Uninstall helm release ${release}`, () => (0,deploy/* uninstallHelmRelease */._P)(release, {
            helm: (0,deploy/* helmBinary */.U$)(),
            namespace: state.namespace,
            kubeconfig: state.kubeconfig,
            context: clients.context,
        }, logger).catch((error) => {
            // Deleting the namespace removes what the release put there; only a namespace we keep needs helm.
            if (!state.createdNamespace)
                throw error;
            logger.warn(`${(0,errors/* errorMessage */.gJ)(error)}\nthe namespace is deleted instead`);
        }));
    }
    if (state.createdNamespace) {
        await (0,namespace/* deleteNamespace */.BK)(clients.core, state.namespace);
        logger.info(`deleting namespace ${state.namespace} (context ${clients.context})`);
    }
    else {
        logger.info(`namespace ${state.namespace} was there before \`up\`: left as it is`);
    }
    await clearClusterState(config.file);
    return 0;
}
/** `status` on the cluster path: the pods of the namespace. */
async function clusterStatus(context) {
    const state = await readClusterState(context.config.file);
    if (!state) {
        process.stderr.write('nothing deployed here: `inception up` deploys the cluster: section\n');
        return 0;
    }
    const pods = (await clientsOf(state).core.listNamespacedPod({ namespace: state.namespace })).items;
    const rows = pods.map((pod) => {
        const statuses = pod.status?.containerStatuses ?? [];
        const started = pod.status?.startTime ? new Date(pod.status.startTime).getTime() : undefined;
        return {
            pod: pod.metadata?.name ?? '',
            phase: pod.status?.phase ?? '',
            ready: `${statuses.filter((status) => status.ready).length}/${statuses.length}`,
            restarts: statuses.reduce((sum, status) => sum + status.restartCount, 0),
            uptimeSeconds: started === undefined ? undefined : Math.round((Date.now() - started) / 1000),
        };
    });
    if (context.options.json) {
        process.stdout.write(`${JSON.stringify({ namespace: state.namespace, context: state.context, pods: rows }, null, 2)}\n`);
        return 0;
    }
    const table = [['POD', 'PHASE', 'READY', 'RESTARTS', 'UP']].concat(rows.map((row) => [
        row.pod,
        row.phase,
        row.ready,
        String(row.restarts),
        row.uptimeSeconds === undefined ? '-' : (0,format_duration/* formatDuration */.a)(row.uptimeSeconds * 1000),
    ]));
    process.stdout.write(`namespace ${state.namespace} (context ${clientsOf(state).context})\n`);
    for (const line of formatTable(table))
        process.stdout.write(`${line}\n`);
    return 0;
}

// EXTERNAL MODULE: ./src/docker/build/index.ts + 10 modules
var build = __webpack_require__(23719);
;// CONCATENATED MODULE: ./src/cli/commands/down-all.ts





/**
 * `down --all`, from any folder, with or without an inception.yml: removes every environment of ours whose
 * runs are gone (killed, or finished with the environment left up) and says what it removed and what it
 * left: an environment whose run is still alive on this host is never touched. With --images, also the
 * builds kept for reuse.
 */
async function downAll(options, logger) {
    const docker = await (0,client/* connectDocker */.Z)();
    const { removed, skipped } = await (0,docker_environment/* sweepLeftovers */.ZW)(docker, logger);
    for (const { environment, report } of removed) {
        logger.info(`removed ${environment}: ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
            `${report.volumes.length} volume(s)`);
    }
    for (const { environment, reason } of skipped)
        logger.info(`skipped ${environment}: ${reason}`);
    logger.info(`${removed.length} environment(s) removed, ${skipped.length} skipped`);
    if (options.images) {
        const builds = await (0,build/* removeKeptBuilds */.cx)(docker);
        for (const tag of builds.removed)
            logger.info(`removed the kept build ${tag}`);
        for (const { tag, reason } of builds.kept)
            logger.info(`kept ${tag}: ${reason}`);
        logger.info(`${builds.removed.length} kept build(s) removed, ${builds.kept.length} still in use`);
    }
    // A project here, if any, forgets an environment that is gone now; none here is fine.
    const project = await resolveProject(options).catch(() => undefined);
    if (project) {
        const state = await readState(project.config.file);
        if (state && removed.some(({ environment }) => environment === state.environment))
            await clearState(project.config.file);
    }
    return removed.some(({ report }) => report.errors.length > 0) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli/commands/down.ts








/** Removes the environment `up` started, or the one named (--all is down-all.ts). */
async function down(context) {
    if (context.config.cluster)
        return clusterDown(context);
    const { docker, logger, config, options } = context;
    if (options.images)
        throw new errors/* ConfigurationError */.j1('--images goes with --all: `inception down --all --images` removes, from any folder, the builds kept for reuse along with what gone runs left');
    const state = await readState(config.file);
    const environment = options.name ?? state?.environment;
    if (!environment) {
        logger.info('no environment to remove (none started by `inception up` here; --all removes what gone runs left)');
        return 0;
    }
    const report = await (0,docker_environment/* removeEnvironment */.IE)(docker, environment, logger, {
        graceful: options.graceful,
        ...(options.graceful ? { preStop: await preStopHooks(context) } : {}),
    });
    logger.info(`removed ${environment}: ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
        `${report.volumes.length} volume(s)`);
    await clearState(config.file);
    return 0;
}
const downCommand = {
    name: 'down',
    summary: 'remove the environment (--all, from any folder: what runs that are gone left on this engine)',
    help: `Usage: inception down [options]

Removes the environment \`inception up\` started here (or the one --name names): its containers, network,
volumes and the images built for it.

Options:
${PROJECT_OPTIONS}
      --graceful       stop each container with its stop_signal and stop_grace_period first (by
                       default every container is killed and removed at once)
      --all            from any folder: every environment inception left on this engine whose run is
                       gone (killed, or finished with the environment left up); a running one's are
                       never touched
      --images         with --all: also remove the last build of each image, which inception keeps
                       (tagged :inception-last) so that the next \`up\` with unchanged files reuses it
                       instead of building again`,
    standalone: (options) => options.all,
    runStandalone: downAll,
    run: down,
};
/** The services' pre_stop hooks, from the compose file as it is now; a file that no longer loads
 * stops nothing from being removed. */
async function preStopHooks(context) {
    const { config, logger } = context;
    try {
        const project = await (0,config_compose/* loadComposeFiles */.GZ)((0,config_inception/* composeFilesOf */.LA)(config), { profiles: config.profiles });
        return Object.fromEntries(project.services.map((service) => [service.name, service.preStop]));
    }
    catch (error) {
        logger.warn(`pre_stop hooks not run: the compose file does not load (${(0,errors/* errorMessage */.gJ)(error)})`);
        return {};
    }
}

;// CONCATENATED MODULE: ./src/cli/project/init-template.ts
/** How tests reach each service that listens: `http://<service>:<port>` on the environment network. */
function serviceLines(project) {
    return project.services.map((service) => {
        const ports = [...new Set([...service.ports.map((port) => port.containerPort), ...service.expose])];
        const where = ports.length > 0 ? ports.map((port) => `${service.name}:${port}`).join(', ') : 'no ports';
        return `#   ${service.name.padEnd(16)} ${where}${service.build ? ' (built from its build: section)' : ''}`;
    });
}
/** A first inception.yml for a compose file: every key there, explained, ready to edit. */
function initTemplate(options) {
    const { project, testsFolder } = options;
    const testImage = `${project.name}-tests`;
    const firstPort = project.services.find((service) => service.ports.length > 0);
    const exampleEnv = firstPort
        ? `${firstPort.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL: http://${firstPort.name}:${firstPort.ports[0].containerPort}`
        : 'API_URL: http://api:8080';
    const images = testsFolder
        ? [
            'images:',
            `  - name: ${testImage}`,
            `    context: ${testsFolder}`,
            '    # dockerfile: Dockerfile',
            '    # target: test',
            '    # args: { PYTHON_VERSION: "3.12" }',
        ]
        : ['# images:', `#   - name: ${testImage}`, '#     context: tests', '#     # dockerfile: Dockerfile'];
    const tests = [
        'tests:',
        `  image: ${testImage}`,
        "  # The command, instead of the image's own (a list, or one line split as a shell would).",
        '  # command: pytest -x',
        '  env:',
        `    ${exampleEnv}`,
        '  # JUnit XML the tests write inside their container; copied to .inception/reports/<environment>/.',
        '  reports: /reports/*.xml',
        '  timeout: 30m',
    ];
    return [
        '# inception.yml: what `inception up` starts and `inception test` runs (written by `inception init`).',
        '# Paths are relative to this file. `inception <command> --help` says what each command does.',
        '',
        '# The environment: this compose file, brought up as an isolated environment (own network, container',
        '# names and host ports), services started in dependency order and waited for (x-inception waits).',
        ...(options.compose.length > 1
            ? ['# Several files: merged in order, as `docker compose -f a -f b` merges them.']
            : []),
        `compose: ${options.compose.length > 1 ? `[${options.compose.join(', ')}]` : options.compose[0]}`,
        '# Compose profiles to enable, e.g. [debug].',
        'profiles: []',
        '',
        `# Its services, as the tests reach them on the environment network:`,
        ...serviceLines(project),
        '',
        '# Images built before the tests, each tagged <name>:<environment>; usually the test image.',
        ...images,
        '',
        '# The tests: a container on the environment network; its exit code is the result.',
        ...(testsFolder ? tests : tests.map((line) => `# ${line}`)),
        ...(testsFolder
            ? []
            : [
                '# Without a tests: section, give the image on the command line:',
                `#   inception test --image ${testImage} -- pytest -x`,
            ]),
        '',
        '# Suites: variants of tests: that `inception test --parallel [suite...]` runs at once, each in an',
        '# environment of its own; each key (image, command, env, reports, timeout) replaces the one of tests:',
        '# (env adds to it). One result table and one report folder: .inception/reports/parallel-<time>/.',
        '# suites:',
        '#   api:',
        '#     command: pytest tests/api',
        '#   ui:',
        `#     image: ${testImage}`,
        '#     command: pytest tests/ui',
        '#     env: { BROWSER: chromium }',
        '#     timeout: 15m',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/init.ts






const TEST_FOLDERS = ['tests', 'test', 'integration-tests', 'e2e'];
/** Writes ./inception.yml (or --config) for the compose file found; never over one without --force. */
async function init(options, logger) {
    const target = external_node_path_default().resolve(options.config ?? 'inception.yml');
    if ((0,external_node_fs_.existsSync)(target) && !options.force) {
        throw new errors/* ConfigurationError */.j1(`${target} exists: edit it, or pass --force to write a new one over it.`);
    }
    const files = options.file ? [external_node_path_default().resolve(options.file)] : (0,config_compose/* findComposeFiles */.$p)(external_node_path_default().dirname(target));
    const compose = files?.[0];
    if (!files || !compose || !(0,external_node_fs_.existsSync)(compose)) {
        throw new errors/* ConfigurationError */.j1(`no compose file ${options.file ? `at ${external_node_path_default().resolve(options.file)}` : `(${config_compose/* COMPOSE_FILE_NAMES */.bv.join(', ')}) in ${external_node_path_default().dirname(target)} or above`}: ` +
            'write one first, or pass --file <compose file>.');
    }
    const project = await (0,config_compose/* loadComposeFiles */.GZ)(files);
    const folder = external_node_path_default().dirname(target);
    const testsFolder = TEST_FOLDERS.map((name) => external_node_path_default().join(external_node_path_default().dirname(compose), name)).find((dir) => (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'Dockerfile')));
    const relative = (file) => external_node_path_default().relative(folder, file).split((external_node_path_default()).sep).join('/') || '.';
    await (0,promises_.writeFile)(target, initTemplate({
        compose: files.map(relative),
        project,
        testsFolder: testsFolder && relative(testsFolder),
    }));
    logger.info(`wrote ${target} for ${files.map(relative).join(' + ')} (${project.services.length} services)` +
        (testsFolder ? `, tests built from ${relative(testsFolder)}/` : '; fill in tests.image to run tests'));
    return 0;
}
const initCommand = {
    name: 'init',
    summary: 'write a commented inception.yml for the compose file here',
    help: `Usage: inception init [options]

Writes inception.yml for the compose file docker compose would pick here (compose.yaml, compose.yml,
docker-compose.yml, docker-compose.yaml) and its override file (compose.override.yml, ...) if there is one,
every key commented; a tests/ (or test/, e2e/) folder with a Dockerfile becomes the test image.

Options:
  -c, --config <file>  where to write it (default ./inception.yml)
  -f, --file <file>    the compose file
      --force          write over an existing inception.yml`,
    standalone: () => true,
    runStandalone: init,
    run: () => Promise.reject(new Error('init runs standalone')),
};

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: ./src/docker/container-logs.ts
var container_logs = __webpack_require__(69443);
// EXTERNAL MODULE: ./src/shared/identity/labels.ts
var labels = __webpack_require__(25757);
// EXTERNAL MODULE: ./src/diagnostics/docker/index.ts + 6 modules
var diagnostics_docker = __webpack_require__(38701);
;// CONCATENATED MODULE: ./src/cli/cluster/cluster-help.ts
// What refresh, restart and logs do on the cluster path, for their --help.
const REFRESH_CLUSTER_HELP = `With a cluster: section in inception.yml: each name is a Deployment or StatefulSet of the namespace
\`up\` deployed (or an image of cluster.images: every workload running it). Its images of cluster.images
are built again under a new tag, loaded into the kind nodes, and the workload is rolled to them; the
command waits until its new pods are ready (as \`kubectl rollout status\`). The rest keeps its pods.`;
const RESTART_CLUSTER_HELP = `With a cluster: section in inception.yml: each name is a Deployment or StatefulSet (or an image of
cluster.images); its pods are replaced from the same images (\`kubectl rollout restart\`) and the command
waits until the new ones are ready.`;
const LOGS_CLUSTER_HELP = `With a cluster: section in inception.yml: the pods of the namespace \`up\` deployed, each line
prefixed by its workload (Deployment, StatefulSet, DaemonSet or Job), and by pod and container where
there are several.`;

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/cli/output/line-prefixer.ts
/** Prefixes whole lines of a stream that comes in chunks; `end` gives a last line without a newline. */
class LinePrefixer {
    prefix;
    partial = '';
    constructor(prefix) {
        this.prefix = prefix;
    }
    push(chunk) {
        const text = this.partial + chunk;
        const last = text.lastIndexOf('\n');
        this.partial = text.slice(last + 1);
        if (last === -1)
            return '';
        return text
            .slice(0, last)
            .split('\n')
            .map((line) => `${this.prefix} | ${line.replace(/\r$/, '')}\n`)
            .join('');
    }
    end() {
        const rest = this.partial;
        this.partial = '';
        return rest ? `${this.prefix} | ${rest}\n` : '';
    }
}

// EXTERNAL MODULE: ./src/diagnostics/kube/owners.ts
var owners = __webpack_require__(71730);
;// CONCATENATED MODULE: ./src/cli/cluster/pod-service.ts

/** The workload a pod belongs to, by its controller: a ReplicaSet's Deployment (the ReplicaSet's name less
 * its pod-template-hash), a StatefulSet, DaemonSet or Job; a pod of its own is its own service. */
function serviceOfPod(pod) {
    const metadata = pod.metadata ?? {};
    const owner = (0,owners/* controllerOf */.Oo)(metadata.ownerReferences);
    if (!owner)
        return metadata.name ?? '?';
    const hash = metadata.labels?.['pod-template-hash'];
    if (owner.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`))
        return owner.name.slice(0, -hash.length - 1);
    return owner.name;
}
/** What each line of a container's log starts with: the service, and the pod and container where the
 * service has several. */
function logPrefix(service, pod, container, pods, containers) {
    const podPart = pods > 1 ? `/${pod.startsWith(`${service}-`) ? pod.slice(service.length + 1) : pod}` : '';
    const containerPart = containers > 1 ? `/${container}` : '';
    return `${service}${podPart}${containerPart}`;
}

;// CONCATENATED MODULE: ./src/cli/cluster/cluster-logs.ts








/** Every container of the pods of the named services (all when none is named), with its line prefix. */
function containerLogs(pods, wanted, namespace) {
    const byService = new Map();
    for (const pod of pods) {
        const service = serviceOfPod(pod);
        byService.set(service, [...(byService.get(service) ?? []), pod]);
    }
    for (const name of wanted) {
        if (!byService.has(name)) {
            throw new errors/* ConfigurationError */.j1(`"${name}" has no pods in ${namespace}; the services there: ${[...byService.keys()].join(', ') || 'none'}`);
        }
    }
    return [...byService.entries()]
        .filter(([service]) => wanted.length === 0 || wanted.includes(service))
        .flatMap(([service, servicePods]) => servicePods.flatMap((pod) => {
        const containers = (pod.spec?.containers ?? []).map((c) => c.name);
        const name = pod.metadata?.name ?? '';
        return containers.map((container) => ({
            pod: name,
            container,
            prefix: logPrefix(service, name, container, servicePods.length, containers.length),
        }));
    }));
}
/** Writes a container's log chunks to stdout, each line prefixed. */
function prefixingLogger(prefix) {
    const lines = new LinePrefixer(prefix);
    return {
        ...log/* silentLogger */.q,
        warn: (message) => process.stderr.write(`${prefix} | ${message}\n`),
        output: (chunk) => process.stdout.write(lines.push(chunk)),
        flush: () => process.stdout.write(lines.end()),
    };
}
async function containerEnded(clients, namespace, log) {
    const pod = await clients.core.readNamespacedPod({ name: log.pod, namespace }).catch(() => undefined);
    const status = pod?.status?.containerStatuses?.find((c) => c.name === log.container);
    return !pod || !!pod.metadata?.deletionTimestamp || !!status?.state?.terminated;
}
/** `logs` on the cluster path: the pods' logs, with -f followed until they end or Ctrl-C; with --collect
 * the diagnostics folder. */
async function clusterLogs(context) {
    const { state, clients } = await readDeployed(context, 'show the logs of');
    if (context.options.collect) {
        await writeClusterDiagnostics(context, state, external_node_path_default().resolve(context.options.collect));
        return 0;
    }
    const { namespace } = state;
    const pods = (await clients.core.listNamespacedPod({ namespace })).items;
    const logs = containerLogs(pods, context.options.positionals, namespace);
    if (context.options.follow) {
        await Promise.all(logs.map(async (log) => {
            const logger = prefixingLogger(log.prefix);
            const follower = new test_job/* ContainerLogFollower */.S8(clients.config, { namespace, pod: log.pod, container: log.container }, logger, () => containerEnded(clients, namespace, log));
            await follower.done;
            logger.flush();
        }));
        return 0;
    }
    for (const log of logs) {
        const text = await clients.core
            .readNamespacedPodLog({ name: log.pod, namespace, container: log.container })
            .catch(() => '');
        const lines = new LinePrefixer(log.prefix);
        process.stdout.write(lines.push(text) + lines.end());
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/commands/logs.ts










/** Every line of the container's log until it stops, prefixed by its service. */
async function follow(container, service, width) {
    const lines = (0,external_node_readline_.createInterface)({ input: await (0,container_logs/* followContainerLogs */._q)(container), crlfDelay: Infinity });
    for await (const line of lines)
        process.stdout.write(`${service.padEnd(width)} | ${line}\n`);
}
/** Prints the logs of the environment's services (all, or those named), or with --collect writes the full
 * diagnostics folder. */
async function logs(context) {
    if (context.config.cluster)
        return clusterLogs(context);
    const { docker, logger, config, options } = context;
    const environment = options.name ?? (await readState(config.file))?.environment;
    if (!environment)
        throw new errors/* ConfigurationError */.j1('no environment: run `inception up` first, or pass --name <environment>.');
    if (options.collect) {
        const outDir = external_node_path_default().resolve(options.collect);
        await (0,diagnostics_docker/* collectDockerDiagnostics */.r)({ docker, environment, outDir, logger });
        logger.info(`diagnostics of ${environment} written to ${outDir}`);
        return 0;
    }
    const wanted = new Set(options.positionals);
    const containers = await docker.listContainers({
        all: true,
        filters: JSON.stringify((0,labels/* labelFilter */.HY)(environment)),
    });
    const known = containers.map((info) => info.Labels[labels/* LABEL_SERVICE */.bb]).filter(Boolean);
    for (const service of wanted) {
        if (!known.includes(service)) {
            throw new errors/* ConfigurationError */.j1(`service "${service}" is not in ${environment}; its services: ${known.join(', ')}`);
        }
    }
    const shown = containers
        .map((info) => ({ info, service: info.Labels[labels/* LABEL_SERVICE */.bb] ?? info.Names[0] ?? info.Id }))
        .filter(({ service }) => wanted.size === 0 || wanted.has(service));
    if (options.follow) {
        const width = Math.max(...shown.map(({ service }) => service.length));
        // Ends when every followed container has stopped, or at Ctrl-C (this command keeps the default).
        await Promise.all(shown.map(({ info, service }) => follow(docker.getContainer(info.Id), service, width)));
        return 0;
    }
    for (const { info, service } of shown) {
        const text = await (0,container_logs/* readContainerLogs */.P8)(docker.getContainer(info.Id), { timestamps: true });
        for (const line of text.split('\n'))
            if (line)
                process.stdout.write(`${service} | ${line}\n`);
    }
    return 0;
}
const logsCommand = {
    name: 'logs',
    summary: 'print the services’ logs (-f follows); --collect <dir> writes the full diagnostics folder',
    help: `Usage: inception logs [options] [service...]

Prints the logs of the environment's services (all, or those named), each line prefixed by its service.

Options:
${PROJECT_OPTIONS.replace('-f, --file', '    --file')}
  -f, --follow         keep printing new lines as they come, until the services stop or Ctrl-C
      --collect <dir>  write the full diagnostics folder (what a failed run writes) to <dir>

${LOGS_CLUSTER_HELP}`,
    run: logs,
};

// EXTERNAL MODULE: ./src/kube/kind/image-load/refs.ts
var refs = __webpack_require__(61583);
;// CONCATENATED MODULE: ./src/cli/cluster/named-workloads.ts


/**
 * The workloads the command line names: a Deployment or StatefulSet by its name, or an image of
 * cluster.images by its name (then every workload running it). Unknown names are a mistake the message
 * answers with what there is.
 */
function namedWorkloads(names, workloads, images, verb, namespace) {
    const known = `the workloads of ${namespace}: ${workloads.map((w) => w.workload.name).join(', ') || 'none'}`;
    if (names.length === 0) {
        const example = workloads[0]?.workload.name ?? 'api';
        throw new errors/* ConfigurationError */.j1(`name what to ${verb}, e.g. inception ${verb} ${example}; ${known}`);
    }
    const chosen = new Map();
    for (const name of names) {
        const byName = workloads.filter((w) => w.workload.name === name);
        const byImage = images.some((image) => image.name === name)
            ? workloads.filter((w) => w.containers.some((c) => (0,refs/* imageWithoutTag */.EC)(c.image) === name))
            : [];
        const found = byName.length > 0 ? byName : byImage;
        if (found.length === 0) {
            const imageNames = images.map((image) => image.name).join(', ') || 'none';
            throw new errors/* ConfigurationError */.j1(`"${name}" is neither a Deployment or StatefulSet nor an image run in ${namespace}: ${known}; ` +
                `the images of cluster.images: ${imageNames}`);
        }
        for (const w of found)
            chosen.set(`${w.workload.kind}/${w.workload.name}`, w);
    }
    return [...chosen.values()];
}
/** The images of cluster.images a workload's containers run. */
function builtImagesOf(workload, images) {
    return images.filter((image) => workload.containers.some((c) => (0,refs/* imageWithoutTag */.EC)(c.image) === image.name));
}

;// CONCATENATED MODULE: ./src/cli/cluster/rebuild-images.ts




const workloadNames = (workloads) => workloads.map((w) => w.workload.name).join(', ');
function asObjects(workloads) {
    return workloads.map(({ workload }) => ({
        kind: workload.kind,
        metadata: { name: workload.name, namespace: workload.namespace },
    }));
}
/**
 * Rebuilds images of cluster.images under a new tag (so the pod templates change and the pods are
 * replaced), loads them into the kind nodes, points the given workloads' containers at them and waits as
 * `kubectl rollout status` does. The state file learns the new refs: the test Job runs them from then on.
 * Resolves with the state as written.
 */
async function rebuildAndRoll(context, state, clients, images, workloads, tagPrefix) {
    const { config, docker, logger, options, signal } = context;
    if (!state.kindCluster) {
        logger.warn(`${clients.context} is not a kind cluster on this engine: the rebuilt images are not loaded, ` +
            'the cluster must be able to pull them');
    }
    const built = await (0,pipeline/* buildAndLoad */.uM)(images, {
        docker,
        tag: `${tagPrefix}-${Date.now().toString(36)}`,
        kindCluster: state.kindCluster,
        noCache: options.noCache,
        logger,
        signal,
    });
    const rolled = [];
    for (const w of workloads) {
        const changed = w.containers.flatMap((c) => {
            const image = built.find((b) => b.name === (0,refs/* imageWithoutTag */.EC)(c.image));
            return image ? [{ ...c, image: image.ref }] : [];
        });
        if (changed.length === 0)
            continue;
        await (0,deploy/* setWorkloadImages */.kz)(clients, w.workload, changed);
        rolled.push(w);
        logger.info(`${w.workload.kind} ${w.workload.name}: ${changed.map((c) => `${c.name} -> ${c.image}`).join(', ')}`);
    }
    const kept = state.images.filter((image) => !built.some((b) => b.name === image.name));
    const next = { ...state, images: [...kept, ...built] };
    await writeClusterState(config.file, next);
    if (rolled.length > 0) {
        await logger.group(`Wait for ${workloadNames(rolled)}`, () => (0,deploy/* waitForWorkloads */.Ts)(clients, asObjects(rolled), state.namespace, config.cluster.waitMs, logger));
        logger.info(`${workloadNames(rolled)} ready again in ${state.namespace}`);
    }
    return next;
}

;// CONCATENATED MODULE: ./src/cli/cluster/cluster-rollout.ts






/**
 * `refresh` and `restart` on the cluster path. refresh rebuilds the images of cluster.images the named
 * workloads run, under a new tag (so the pod template changes and the pods are replaced), loads them into
 * the kind nodes and points those workloads' containers at them; restart replaces the pods from the same
 * images. Both wait as `kubectl rollout status` does; workloads not named keep their pods.
 */
async function clusterRollout(context, rebuild) {
    const { config, logger, options, signal } = context;
    const verb = rebuild ? 'refresh' : 'restart';
    const cluster = config.cluster;
    const { state, clients } = await readDeployed(context, verb);
    const all = await (0,deploy/* listWorkloadImages */.i5)(clients, state.namespace);
    const chosen = namedWorkloads(options.positionals, all, cluster.images, verb, state.namespace);
    try {
        if (rebuild) {
            const builtPerWorkload = chosen.map((w) => builtImagesOf(w, cluster.images));
            const images = [...new Set(builtPerWorkload.flat())];
            const without = chosen.filter((_, index) => builtPerWorkload[index].length === 0);
            if (without.length > 0) {
                throw new errors/* ConfigurationError */.j1(`${workloadNames(without)} run(s) no image of cluster.images (${without
                    .flatMap((w) => w.containers.map((c) => c.image))
                    .join(', ')}): nothing to rebuild; \`inception restart ${workloadNames(without)}\` replaces the pods.`);
            }
            await rebuildAndRoll(context, state, clients, images, chosen, 'refresh');
            return 0;
        }
        for (const w of chosen)
            await (0,deploy/* restartWorkload */.lo)(clients, w.workload);
        await logger.group(`Wait for ${workloadNames(chosen)}`, () => (0,deploy/* waitForWorkloads */.Ts)(clients, asObjects(chosen), state.namespace, cluster.waitMs, logger));
        logger.info(`${workloadNames(chosen)} ready again in ${state.namespace}`);
        return 0;
    }
    catch (error) {
        throw signal.aborted ? (0,cancel_on_signal/* cancellationOf */.zg)(signal) : error;
    }
}

;// CONCATENATED MODULE: ./src/cli/services/replace-services.ts







/** `refresh` (rebuild) and `restart` (same image): replace the named services' containers in the
 * environment `up` started and wait until they are ready; the state file learns their new ports. */
async function replaceNamedServices(context, rebuild) {
    const { config, options, signal } = context;
    const verb = rebuild ? 'refresh' : 'restart';
    const state = await readState(config.file);
    const environment = options.name ?? state?.environment;
    if (!environment) {
        throw new errors/* ConfigurationError */.j1(`no environment to ${verb}: run \`inception up\` first, or pass --name <environment>.`);
    }
    const project = await (0,config_compose/* loadComposeFiles */.GZ)((0,config_inception/* composeFilesOf */.LA)(config), { profiles: config.profiles });
    if (options.positionals.length === 0) {
        throw new errors/* ConfigurationError */.j1(`name the services to ${verb}, e.g. inception ${verb} ${project.services[0]?.name ?? 'api'}; ` +
            `the services of ${environment}: ${project.services.map((service) => service.name).join(', ')}`);
    }
    try {
        await replaceAndRecord(context, project, environment, options.positionals, rebuild);
        return 0;
    }
    catch (error) {
        throw signal.aborted ? (0,cancel_on_signal/* cancellationOf */.zg)(signal) : error;
    }
}
/** Replaces `services` in `environment`, then the services whose depends_on says restart: true for one of
 * them; when it is the one `up` started here, the state file learns their new addresses. Returns them. */
async function replaceAndRecord(context, project, environment, services, rebuild) {
    const addresses = await replaceAndRecordOnly(context, project, environment, services, rebuild);
    const dependents = (0,config_compose/* restartDependents */.KO)(project.services, services);
    if (dependents.length === 0)
        return addresses;
    // As compose: a service whose depends_on entry says restart: true restarts (from its image) with it.
    context.logger.info(`${dependents.join(', ')}: restarted too, their depends_on says restart: true`);
    return { ...addresses, ...(await replaceAndRecordOnly(context, project, environment, dependents, false)) };
}
async function replaceAndRecordOnly(context, project, environment, services, rebuild) {
    const { docker, logger, options, signal } = context;
    const addresses = await (0,docker_environment/* replaceServices */.RZ)({
        docker,
        project,
        environment,
        services,
        rebuild,
        noCache: options.noCache,
        logger,
        signal,
    });
    await recordAddresses(context, environment, addresses);
    logger.info(`${Object.keys(addresses).join(', ')} ready again in ${environment}`);
    return addresses;
}
/** When `environment` is the one `up` started here, the state file learns the services' new addresses
 * (their host ports change with a new or restarted container), and they are printed. */
async function recordAddresses(context, environment, addresses) {
    const state = await readState(context.config.file);
    if (state?.environment !== environment)
        return;
    const info = { ...state.info, services: { ...state.info.services, ...addresses } };
    await writeState(context.config.file, { ...state, info });
    printServices({ ...info, services: addresses }, context.logger);
}

;// CONCATENATED MODULE: ./src/cli/commands/refresh.ts




const refreshCommand = {
    name: 'refresh',
    summary: 'rebuild services’ images, replace their containers, wait until ready; the rest keeps running',
    help: `Usage: inception refresh [options] <service...>

For each service named: builds its image again (services with a build: section), stops and removes its
container, starts a new one and waits until it is ready, as \`up\` does. The other services of the
environment keep running untouched. Host ports of the replaced services change: \`inception status\`.
Services whose depends_on names one of them with restart: true are restarted after it (from their
image, as compose does).

Options:
${PROJECT_OPTIONS}
      --no-cache       build without the build cache

${REFRESH_CLUSTER_HELP}`,
    cancellable: true,
    run: (context) => context.config.cluster ? clusterRollout(context, true) : replaceNamedServices(context, true),
};

;// CONCATENATED MODULE: ./src/cli/commands/restart.ts




const restartCommand = {
    name: 'restart',
    summary: 'replace services’ containers from the images they run (no rebuild), wait until ready',
    help: `Usage: inception restart [options] <service...>

For each service named: stops and removes its container, starts a new one from the same image and waits
until it is ready (a fresh container: its state and log start over). The other services keep running.
Services whose depends_on names one of them with restart: true are restarted after it (from their
image, as compose does).

Options:
${PROJECT_OPTIONS}

${RESTART_CLUSTER_HELP}`,
    cancellable: true,
    run: (context) => context.config.cluster ? clusterRollout(context, false) : replaceNamedServices(context, false),
};

// EXTERNAL MODULE: ./src/shard/index.ts + 18 modules
var shard = __webpack_require__(27396);
;// CONCATENATED MODULE: ./src/cli/commands/shards.ts






const SHARDS_USAGE = `Usage: inception shards --tests <glob> [--tests <glob>...] [--reports <glob>...] (--shards N | --target-duration 10m) [--json]

Splits the test files across N shards by the times in JUnit reports, as the plan-shards action does.

Options:
  --tests <glob>              test files, relative to the working directory (repeatable; !glob leaves out)
  --reports <glob>            JUnit XML of earlier runs, for the timings (repeatable); none: split by count
  --shards <N>                how many shards (1-${shard/* MAX_SHARDS */.hH}); with --target-duration, the number until timings exist
  --target-duration <d>       as many shards as it takes for each to last about <d> (e.g. 10m)
  --max-shards <N>            the most --target-duration may choose (default ${shard/* MAX_SHARDS */.hH})
  --working-directory <dir>   the folder of the globs and the planned paths (default .)
  --json                      print the plan as JSON (the action's "plan" output) instead of a table`;
/** `inception shards`: needs no inception.yml and no engine; the plan on stdout, progress on stderr. */
async function shardsCommand(argv, logger, stdout) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            tests: { type: 'string', multiple: true, default: [] },
            reports: { type: 'string', multiple: true, default: [] },
            shards: { type: 'string' },
            'target-duration': { type: 'string' },
            'max-shards': { type: 'string' },
            'working-directory': { type: 'string', default: '.' },
            json: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
    });
    if (values.help) {
        stdout.write(`${SHARDS_USAGE}\n`);
        return 0;
    }
    if (values.tests.length === 0)
        throw new errors/* ConfigurationError */.j1('Give the test files: --tests <glob>, e.g. --tests "tests/**/test_*.py".');
    if (values.shards === undefined && values['target-duration'] === undefined) {
        throw new errors/* ConfigurationError */.j1('Give --shards <N> or --target-duration <duration> (e.g. 10m).');
    }
    const plan = await (0,shard/* planFromFiles */.T9)({
        root: external_node_path_default().resolve(values['working-directory']),
        tests: values.tests,
        reports: values.reports,
        ...(values.shards !== undefined ? { shards: count(values.shards, '--shards') } : {}),
        ...(values['target-duration'] !== undefined
            ? { targetSeconds: (0,config_values/* parseDuration */.E9)(values['target-duration'], '--target-duration') / 1000 }
            : {}),
        ...(values['max-shards'] !== undefined ? { maxShards: count(values['max-shards'], '--max-shards') } : {}),
        logger,
    });
    if (values.json) {
        stdout.write(`${(0,shard/* planJson */.iY)(plan)}\n`);
        return 0;
    }
    const lines = formatTable((0,shard/* planRows */.Lq)(plan));
    stdout.write(`${lines[0]}\n`);
    plan.shards.forEach((shard, index) => {
        stdout.write(`${lines[index + 1]}\n`);
        for (const file of shard.files)
            stdout.write(`    ${file}\n`);
    });
    return 0;
}
function count(value, flag) {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > shard/* MAX_SHARDS */.hH) {
        throw new errors/* ConfigurationError */.j1(`${flag} is "${value}"; write a whole number from 1 to ${shard/* MAX_SHARDS */.hH}.`);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/cli/services/service-status.ts



/** One entry a port: the engine lists a binding once for IPv4 and once for IPv6, and under load Docker 20.10
 * may give the two different host ports. We print 127.0.0.1, so the IPv4 one wins. */
function publishedPorts(ports) {
    const published = ports.filter((port) => port.PublicPort);
    const hasIpv4 = new Set(published.filter((port) => !isIpv6(port)).map((port) => `${port.PrivatePort}/${port.Type}`));
    const unique = new Map();
    for (const port of published) {
        if (isIpv6(port) && hasIpv4.has(`${port.PrivatePort}/${port.Type}`))
            continue;
        const entry = { host: port.PublicPort, container: port.PrivatePort, protocol: port.Type };
        unique.set(JSON.stringify(entry), entry);
    }
    return [...unique.values()];
}
const isIpv6 = (port) => (port.IP ?? '').includes(':');
/** Every container of the environment (of every environment without one), test containers included. */
async function serviceStatuses(docker, environment, now = Date.now()) {
    const containers = await docker.listContainers({
        all: true,
        filters: JSON.stringify((0,labels/* labelFilter */.HY)(environment)),
    });
    const inspected = await Promise.all(containers.map((info) => docker
        .getContainer(info.Id)
        .inspect()
        .catch(() => undefined)));
    return containers
        .map((info, index) => {
        const details = inspected[index];
        const state = details?.State;
        const running = state?.Running === true;
        const startedAt = state?.StartedAt && !state.StartedAt.startsWith('0001') ? state.StartedAt : undefined;
        return {
            environment: info.Labels[labels/* LABEL_ENVIRONMENT */.zO] ?? '',
            service: info.Labels[labels/* LABEL_SERVICE */.bb] ?? info.Labels[labels/* LABEL_ROLE */.os] ?? '',
            ...(info.Labels[labels/* LABEL_REPLICA */.KP] ? { replica: Number(info.Labels[labels/* LABEL_REPLICA */.KP]) } : {}),
            container: (info.Names[0] ?? info.Id).replace(/^\//, ''),
            state: state?.Status ?? info.State,
            ...(running || state?.ExitCode === undefined ? {} : { exitCode: state.ExitCode }),
            ...(state?.Health?.Status ? { health: state.Health.Status } : {}),
            ...(startedAt ? { startedAt } : {}),
            ...(running && startedAt
                ? { uptimeSeconds: Math.max(0, Math.round((now - Date.parse(startedAt)) / 1000)) }
                : {}),
            ports: publishedPorts(info.Ports),
        };
    })
        .sort((a, b) => a.environment.localeCompare(b.environment) ||
        a.service.localeCompare(b.service) ||
        (a.replica ?? 1) - (b.replica ?? 1));
}
/** The table `inception status` prints; the environment column only when several are shown. */
function statusTable(statuses, withEnvironment) {
    const rows = [[...(withEnvironment ? ['ENVIRONMENT'] : []), 'SERVICE', 'STATE', 'HEALTH', 'UP', 'PORTS']];
    for (const status of statuses) {
        const ports = status.ports.map((port) => `127.0.0.1:${port.host}->${port.container}/${port.protocol}`);
        rows.push([
            ...(withEnvironment ? [status.environment] : []),
            status.replica === undefined ? status.service : `${status.service} #${status.replica}`,
            status.exitCode === undefined ? status.state : `${status.state} (${status.exitCode})`,
            status.health ?? '-',
            status.uptimeSeconds === undefined ? '-' : (0,format_duration/* formatDuration */.a)(status.uptimeSeconds * 1000),
            ports.join(', ') || '-',
        ]);
    }
    return formatTable(rows);
}

;// CONCATENATED MODULE: ./src/cli/commands/status.ts





/** The table (or --json) on stdout: it is the command's answer; "nothing there" goes to stderr. */
async function printStatus(docker, environment, options) {
    const statuses = await serviceStatuses(docker, environment);
    if (options.json) {
        process.stdout.write(`${JSON.stringify(statuses, null, 2)}\n`);
        return 0;
    }
    if (statuses.length === 0) {
        process.stderr.write(environment ? `environment ${environment} has no containers\n` : 'no environments\n');
        return 0;
    }
    for (const line of statusTable(statuses, environment === undefined))
        process.stdout.write(`${line}\n`);
    return 0;
}
async function status_status(context) {
    if (context.config.cluster)
        return clusterStatus(context);
    const { docker, config, options } = context;
    const environment = options.name ?? (await readState(config.file))?.environment;
    if (!environment) {
        process.stderr.write('no environment here: `inception up` starts one; `inception status --all` shows every environment\n');
        return 0;
    }
    return printStatus(docker, environment, options);
}
const statusCommand = {
    name: 'status',
    summary: 'each service: state, health, host ports, how long it has been up (--json; --all: everywhere)',
    help: `Usage: inception status [options]

One line per container of the environment \`inception up\` started here: its service, state (with the
exit code once it ended), health, how long it has been up and its host ports.

Options:
${PROJECT_OPTIONS}
      --all            every environment inception made on this engine (works from any folder)
      --json           the same as a JSON list`,
    standalone: (options) => options.all,
    runStandalone: async (options) => printStatus(await (0,client/* connectDocker */.Z)(), undefined, options),
    run: status_status,
};

// EXTERNAL MODULE: ./src/shared/async/concurrency.ts
var concurrency = __webpack_require__(59949);
// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var report = __webpack_require__(8517);
// EXTERNAL MODULE: ./src/shared/format/markdown.ts
var format_markdown = __webpack_require__(85116);
;// CONCATENATED MODULE: ./src/cli/parallel/parallel-report.ts







function counts(outcome) {
    const summary = outcome.summary;
    if (!summary)
        return ['-', '-', '-'];
    return [summary.passed, summary.failed + summary.errored, summary.skipped].map(String);
}
/** Where to look next: the diagnostics of a failed suite, else its output. */
function where(outcome, base) {
    const target = outcome.diagnostics ?? external_node_path_default().join(outcome.folder, 'output.log');
    return external_node_path_default().relative(base, target) || target;
}
/** The result of every suite, one row each, and the totals: what the terminal shows at the end. */
function resultRows(outcomes, base) {
    const total = (0,report/* mergeSummaries */.TF)(outcomes.flatMap((outcome) => (outcome.summary ? [outcome.summary] : [])));
    const failed = outcomes.filter((outcome) => outcome.result !== 'passed').length;
    return formatTable([
        ['SUITE', 'RESULT', 'EXIT', 'PASSED', 'FAILED', 'SKIPPED', 'TIME', 'SEE'],
        ...outcomes.map((outcome) => [
            outcome.name,
            outcome.result,
            outcome.exitCode === null ? '-' : String(outcome.exitCode),
            ...counts(outcome),
            (0,format_duration/* formatDuration */.a)(outcome.durationMs),
            where(outcome, base),
        ]),
        [
            'all',
            failed === 0 ? 'passed' : `${failed} of ${outcomes.length} failed`,
            '',
            String(total.passed),
            String(total.failed + total.errored),
            String(total.skipped),
            '',
            '',
        ],
    ]);
}
/** The run's report folder: each suite's reports in its own folder (written by the runs), and beside them
 * junit.xml over all of them and summary.md, the table. Returns junit.xml's path. */
async function writeParallelReport(folder, outcomes, logger) {
    const reports = [];
    for (const outcome of outcomes) {
        for (const report of outcome.reports) {
            try {
                reports.push({ run: outcome.name, xml: await (0,promises_.readFile)(report, 'utf8') });
            }
            catch (error) {
                logger.warn(`report ${report} of suite ${outcome.name} was not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
    }
    const junit = external_node_path_default().join(folder, 'junit.xml');
    await (0,promises_.writeFile)(junit, (0,report/* combineJUnitReports */.NO)(reports));
    const rows = outcomes.map((outcome) => [
        outcome.name,
        outcome.result,
        outcome.exitCode ?? '',
        ...counts(outcome),
        (0,format_duration/* formatDuration */.a)(outcome.durationMs),
    ]);
    const markdown = (0,format_markdown/* table */.tp)(['Suite', 'Result', 'Exit', 'Passed', 'Failed', 'Skipped', 'Time'], rows);
    await (0,promises_.writeFile)(external_node_path_default().join(folder, 'summary.md'), `# Suites\n\n${markdown}\n`);
    return junit;
}

// EXTERNAL MODULE: ./src/diagnostics/overview.ts + 6 modules
var overview = __webpack_require__(94460);
// EXTERNAL MODULE: ./src/shared/redaction/redactor.ts
var redaction_redactor = __webpack_require__(14499);
// EXTERNAL MODULE: ./src/diagnostics/bundle/index.ts + 7 modules
var diagnostics_bundle = __webpack_require__(83253);
;// CONCATENATED MODULE: ./src/cli/commands/up.ts












/** Brings the config's compose file up; on failure or cancellation writes diagnostics and removes what was
 * created (unless --keep), so nothing is left running that the user did not ask for. */
async function bringUp(context) {
    const { config, docker, logger, options, signal } = context;
    let name;
    try {
        return await (0,pipeline/* bringUpEnvironment */.rO)({
            docker,
            config,
            logger,
            name: options.name,
            build: options.build,
            noCache: options.noCache,
            signal,
            onName: (given) => {
                name = given;
            },
        });
    }
    catch (error) {
        if (name !== undefined) {
            await saveDiagnostics(context, name, signal.aborted ? 'while the environment started' : undefined);
            if (!options.keep)
                await (0,docker_environment/* removeEnvironment */.IE)(docker, name, logger);
        }
        throw signal.aborted ? (0,cancel_on_signal/* cancellationOf */.zg)(signal) : error;
    }
}
/** `cancelledWhile` marks the bundle as the record of a cancelled run, saying what was running. */
async function saveDiagnostics(context, environment, cancelledWhile) {
    const outDir = external_node_path_default().join(workFolder(context.config.file), 'diagnostics', environment);
    await context.logger.group(`Collect diagnostics of ${environment}`, async () => {
        // One redactor for the collector and the page: the containers' secrets it learns stay out of both.
        const redactor = new redaction_redactor/* Redactor */.pO();
        const docker = await (0,diagnostics_docker/* collectDockerDiagnostics */.r)({
            docker: context.docker,
            environment,
            outDir,
            logger: context.logger,
            redactor,
        });
        const bundle = new diagnostics_bundle/* BundleWriter */.UG(outDir, context.logger, redactor);
        if (cancelledWhile) {
            const why = (0,cancel_on_signal/* cancellationOf */.zg)(context.signal).message;
            await (0,diagnostics_bundle/* insertUnderTitle */.gZ)(bundle, [`**Cancelled**: ${why} ${cancelledWhile}.`, '']);
        }
        await (0,overview/* writeBundleOverview */.z)(bundle, {
            title: `Diagnostics of ${environment}`,
            tests: [],
            docker,
            failedFirst: [],
            serviceFailures: docker.firstFailure ? [`service ${(0,diagnostics_docker/* failureSentence */.Q)(docker.firstFailure)}`] : [],
            logger: context.logger,
        });
    });
    context.logger.info(`diagnostics: ${outDir} (start with index.md)`);
    return outDir;
}
async function up(context) {
    if (context.config.cluster) {
        await clusterUp(context);
        return 0;
    }
    const info = await bringUp(context);
    await writeState(context.config.file, {
        environment: info.name,
        config: context.config.file,
        startedAt: new Date().toISOString(),
        info,
    });
    printServices(info, context.logger);
    context.logger.info(`environment ${info.name} is up; \`inception test\` runs the tests in it, \`inception down\` removes it`);
    return 0;
}
const upCommand = {
    name: 'up',
    summary: 'build and start the environment, wait until every service is ready',
    help: `Usage: inception up [options]

Builds the services that have a build: section, starts the environment of the compose file (its own
network, container names and host ports) in dependency order and waits until every service is ready.
The next commands (test, status, logs, refresh, restart, down) use it. A failed start writes diagnostics
to .inception/diagnostics/<environment>/ and removes what it made.

Options:
${PROJECT_OPTIONS}
      --no-build       use the images the engine has instead of building
      --no-cache       build without the build cache
      --keep           leave a failed environment running, to look at it
${CLUSTER_OPTIONS}`,
    cancellable: true,
    run: up,
};

;// CONCATENATED MODULE: ./src/cli/parallel/run-suite.ts








/** One suite in an environment of its own: up, images, tests, diagnostics on failure; the environment is
 * removed afterwards, unless --keep (and then still when cancelled). A failure is an outcome, never an
 * exception. */
async function runSuite(context, run, runFolder, logger) {
    const { config, docker, signal } = context;
    const project = external_node_path_default().basename(external_node_path_default().dirname(config.compose));
    const environment = (0,docker_environment/* generateEnvironmentName */.uW)(`${project}-${run.name}`);
    const folder = external_node_path_default().join(runFolder, run.name);
    const started = Date.now();
    const outcome = (fields) => ({
        name: run.name,
        exitCode: null,
        durationMs: Date.now() - started,
        environment,
        folder,
        reports: [],
        ...fields,
    });
    if (signal.aborted)
        return outcome({ result: 'cancelled' });
    const suite = {
        ...context,
        logger,
        options: { ...context.options, name: environment, keep: false },
    };
    let created = false;
    const keep = () => created && context.options.keep && !signal.aborted;
    try {
        await (0,promises_.mkdir)(folder, { recursive: true });
        const info = await bringUp(suite);
        created = true;
        const images = await (0,pipeline/* buildConfigImages */.Ty)(docker, config, {
            environment,
            noCache: context.options.noCache,
            logger,
            signal,
        });
        const result = await (0,pipeline/* runConfigTests */.F6)(docker, {
            tests: run.tests,
            environment: info,
            images,
            reportsDir: folder,
            logFile: external_node_path_default().join(folder, 'output.log'),
            signal,
            logger,
        });
        const ended = outcome({
            ...(keep() ? { kept: true } : {}),
            result: result.result,
            exitCode: result.exitCode,
            reports: result.reports,
            ...(result.summary ? { summary: result.summary } : {}),
        });
        if (result.result === 'passed')
            return ended;
        const why = result.result === 'cancelled' ? 'while the tests ran' : undefined;
        return { ...ended, diagnostics: await saveDiagnostics(suite, environment, why) };
    }
    catch (error) {
        if (signal.aborted)
            return outcome({ result: 'cancelled' });
        logger.error((0,errors/* errorMessage */.gJ)(error));
        // bringUp saved the diagnostics of a failed start and removed it; a failed build leaves them to us.
        const startFailure = external_node_path_default().join(workFolder(config.file), 'diagnostics', environment);
        const diagnostics = created
            ? await saveDiagnostics(suite, environment)
            : (0,external_node_fs_.existsSync)(startFailure)
                ? startFailure
                : undefined;
        return outcome({
            ...(keep() ? { kept: true } : {}),
            result: 'error',
            message: (0,errors/* errorMessage */.gJ)(error),
            ...(diagnostics ? { diagnostics } : {}),
        });
    }
    finally {
        if (created && !keep())
            await (0,docker_environment/* removeEnvironment */.IE)(docker, environment, logger);
    }
}

;// CONCATENATED MODULE: ./src/cli/parallel/suite-board.ts

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const REDRAW_MS = 120;
const MARKS = {
    passed: '✓',
    failed: '✗',
    'timed-out': '✗',
    cancelled: '-',
    error: '✗',
};
/**
 * On a terminal: one live line per suite at the bottom (its step, its latest message, its time so far),
 * redrawn in place; warnings, errors and finished steps print above it. The tests' output is not shown
 * here: it is in each suite's log file, which the result table names.
 */
function suiteBoard(stream, suites) {
    const width = Math.max(...suites.map((suite) => suite.length));
    const lines = new Map(suites.map((suite) => [suite, { latest: 'waiting' }]));
    let shown = 0;
    let frame = 0;
    const clear = () => {
        if (shown === 0)
            return;
        stream.write(`\r${shown > 1 ? `\u001b[${shown - 1}A` : ''}\u001b[J`);
        shown = 0;
    };
    const draw = () => {
        clear();
        frame = (frame + 1) % FRAMES.length;
        const columns = stream.columns || 100;
        const text = suites.map((suite) => {
            const line = lines.get(suite);
            const now = Date.now();
            const took = (0,format_duration/* formatDuration */.a)((line.ended?.at ?? now) - (line.started ?? line.ended?.at ?? now));
            const mark = line.ended ? MARKS[line.ended.result] : FRAMES[frame];
            const what = line.ended ? line.ended.result : [line.step, line.latest].filter(Boolean).join(' · ');
            const plain = `${mark} ${suite.padEnd(width)}  ${what}`;
            const room = Math.max(20, columns - took.length - 4);
            return `${plain.length > room ? `${plain.slice(0, room - 1)}…` : plain} \u001b[2m(${took})\u001b[0m`;
        });
        stream.write(text.join('\n'));
        shown = text.length;
    };
    const timer = setInterval(draw, REDRAW_MS).unref();
    draw();
    return {
        line(suite, text, notice) {
            const line = lines.get(suite);
            if (line)
                line.started ??= Date.now();
            if (line && !notice)
                line.latest = text.trim();
            if (!notice)
                return;
            clear();
            stream.write(`${suite.padEnd(width)} | ${text}\n`);
            draw();
        },
        output: () => { },
        step(suite, title) {
            const line = lines.get(suite);
            if (line)
                Object.assign(line, { step: title, latest: '', started: line.started ?? Date.now() });
        },
        finish(suite, result) {
            const line = lines.get(suite);
            if (line)
                line.ended = { result, at: Date.now() };
            draw();
        },
        close() {
            clearInterval(timer);
            draw();
            stream.write('\n');
            shown = 0;
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/parallel/suite-logger.ts

/** The Logger one suite's run writes to: its lines go to the shared output under the suite's name. */
function suiteLogger(suite, output, verbose) {
    const steps = [];
    return {
        info: (message) => output.line(suite, message, false),
        warn: (message) => output.line(suite, `warning: ${message}`, true),
        error: (message) => output.line(suite, `error: ${message}`, true),
        debug: (message) => {
            if (verbose)
                output.line(suite, message, false);
        },
        output: (chunk) => output.output(suite, chunk),
        async group(title, fn) {
            const started = Date.now();
            output.line(suite, `▸ ${title}`, false);
            steps.push(title);
            output.step(suite, title);
            const end = (mark) => {
                steps.pop();
                output.step(suite, steps.at(-1));
                output.line(suite, `${mark} ${title} (${(0,format_duration/* formatDuration */.a)(Date.now() - started)})`, true);
            };
            try {
                const result = await fn();
                end('✓');
                return result;
            }
            catch (error) {
                end('✗');
                throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/parallel/suite-output.ts

/** Not a terminal: every line, the tests' output too, prefixed with its suite (`api | ...`). */
function prefixedOutput(stream, suites) {
    const width = Math.max(...suites.map((suite) => suite.length));
    const lines = new Map();
    const of = (suite) => {
        if (!lines.has(suite))
            lines.set(suite, new LinePrefixer(suite.padEnd(width)));
        return lines.get(suite);
    };
    const write = (text) => {
        if (text)
            stream.write(text);
    };
    const flush = (suite) => write(of(suite).end());
    return {
        line(suite, text) {
            // The tests' unfinished last line first: a suite's lines keep their order.
            flush(suite);
            write(of(suite).push(`${text}\n`));
        },
        output(suite, chunk) {
            write(of(suite).push(chunk));
        },
        step: () => { },
        finish: (suite) => flush(suite),
        close: () => suites.forEach(flush),
    };
}

;// CONCATENATED MODULE: ./src/cli/parallel/suite-settings.ts




/** The suites named (none named: every suite), in the file's order; an unknown name lists the known ones. */
function pickSuites(config, names) {
    if (config.suites.length === 0) {
        throw new errors/* ConfigurationError */.j1(`--parallel runs the suites of inception.yml, and ${config.file} has no "suites:" section; add one, ` +
            'e.g.\nsuites:\n  api: { command: pytest tests/api }\n  ui: { command: pytest tests/ui }');
    }
    const known = config.suites.map((suite) => suite.name);
    const unknown = names.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
        throw new errors/* ConfigurationError */.j1(`no suite ${unknown.map((name) => `"${name}"`).join(', ')} in ${config.file}: its suites are ${known.join(', ')}.`);
    }
    return names.length === 0 ? config.suites : config.suites.filter((suite) => names.includes(suite.name));
}
/** --image and `-- command` would give every suite the same tests: each suite names its own instead. */
function suiteRuns(config, options) {
    if (options.image !== undefined || options.testCommand.length > 0) {
        throw new errors/* ConfigurationError */.j1('--parallel takes each suite\'s image and command from its "suites:" entry in inception.yml; ' +
            'leave out --image and `-- command` (or run `inception test` without --parallel).');
    }
    const base = config.tests;
    const flags = parseEnvFlags(options.env);
    const timeout = options.timeout === undefined ? undefined : (0,config_values/* parseDuration */.E9)(options.timeout, '--timeout');
    return pickSuites(config, options.positionals).map((suite) => {
        const image = suite.image ?? base?.image;
        if (!image) {
            throw new errors/* ConfigurationError */.j1(`suite ${suite.name} has no test image: give suites.${suite.name}.image, or tests.image for every suite, in ${config.file}.`);
        }
        const command = suite.command ?? base?.command;
        return {
            name: suite.name,
            tests: {
                image,
                ...(command ? { command } : {}),
                env: { ...base?.env, ...suite.env, ...flags },
                reports: options.reports ?? suite.reports ?? base?.reports ?? config_inception/* DEFAULT_TEST_REPORTS */.N7,
                timeoutMs: timeout ?? suite.timeoutMs ?? base?.timeoutMs ?? config_inception/* DEFAULT_TEST_TIMEOUT_MS */.KY,
            },
        };
    });
}

;// CONCATENATED MODULE: ./src/cli/parallel/index.ts












/** --max-parallel: a whole number of at least 1; absent, every suite at once. */
function maxParallel(value, suites) {
    if (value === undefined)
        return suites;
    const limit = Number(value);
    if (!Number.isInteger(limit) || limit < 1) {
        throw new errors/* ConfigurationError */.j1(`--max-parallel ${value}: give how many suites may run at once, e.g. 2.`);
    }
    return limit;
}
/** `inception test --parallel [suite...]`: every suite in an environment of its own, at once, then one
 * result table and one report folder; exit 1 when any suite did not pass. */
async function testInParallel(context) {
    const { config, logger, options, signal } = context;
    if (config.cluster) {
        throw new errors/* ConfigurationError */.j1(`--parallel runs suites in Docker environments; ${config.file} has a cluster: section: run \`inception test\` there.`);
    }
    const runs = suiteRuns(config, options);
    const limit = maxParallel(options.maxParallel, runs.length);
    const base = external_node_path_default().dirname(config.file);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const folder = external_node_path_default().join(workFolder(config.file), 'reports', `parallel-${stamp}`);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const names = runs.map((run) => run.name);
    logger.info(`running ${names.join(', ')} (${runs.length === limit ? 'all at once' : `at most ${limit} at once`}), ` +
        `each in an environment of its own`);
    const stream = process.stderr;
    const output = stream.isTTY ? suiteBoard(stream, names) : prefixedOutput(stream, names);
    const outcomes = await (0,concurrency/* mapWithConcurrency */.W)(runs, limit, async (run) => {
        const outcome = await runSuite(context, run, folder, suiteLogger(run.name, output, options.verbose));
        output.finish(run.name, outcome.result);
        return outcome;
    }).finally(() => output.close());
    await writeParallelReport(folder, outcomes, logger);
    for (const line of resultRows(outcomes, base))
        logger.info(line);
    logger.info(`reports: ${external_node_path_default().relative(base, folder) || folder}/ (junit.xml over every suite, summary.md)`);
    const kept = outcomes.filter((outcome) => outcome.kept).map((outcome) => outcome.environment);
    if (kept.length > 0)
        logger.info(`kept running (--keep): ${kept.join(', ')}; \`inception down --name <environment>\` removes one, ` +
            '`inception down --all` every one of them');
    if (signal.aborted)
        throw (0,cancel_on_signal/* cancellationOf */.zg)(signal);
    return outcomes.every((outcome) => outcome.result === 'passed') ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/cli/project/test-run.ts




/** Builds the config's images and runs the tests once in `info`; says how they ended. */
async function runTestsIn(context, info, tests) {
    const { config, docker, logger, options, signal } = context;
    const images = await (0,pipeline/* buildConfigImages */.Ty)(docker, config, {
        environment: info.name,
        noCache: options.noCache,
        logger,
        signal,
    });
    const result = await (0,pipeline/* runConfigTests */.F6)(docker, {
        tests,
        environment: info,
        images,
        reportsDir: external_node_path_default().join(workFolder(config.file), 'reports', info.name),
        signal,
        logger,
    });
    logger.info(`tests ${result.result} (exit code ${result.exitCode}) in ${(0,format_duration/* formatDuration */.a)(result.durationMs)}`);
    for (const report of result.reports)
        logger.info(`report: ${report}`);
    return result;
}
/** The environment `inception up` started here, if it still runs. */
async function upEnvironmentHere(context) {
    const state = await readState(context.config.file);
    return state?.info && (await environmentRunning(context, state.info.name)) ? state.info : undefined;
}
async function environmentRunning(context, environment) {
    try {
        await context.docker.getNetwork(environment).inspect();
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/cli/watch/affected-services.ts

/** A path inside `folder` (or the folder itself). */
function isInside(folder, file) {
    const relative = external_node_path_default().relative(folder, file);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
/** The services built from a context that holds one of the changed files: the ones to refresh. */
function affectedServices(project, changed) {
    return project.services
        .filter((service) => service.build && changed.some((file) => isInside(service.build.context, file)))
        .map((service) => service.name);
}

// EXTERNAL MODULE: ./src/docker/build/context-ignore.ts
var context_ignore = __webpack_require__(62771);
;// CONCATENATED MODULE: ./src/cli/watch/watched-files.ts



/** Every file and symbolic link below `folder` (absolute paths). Links are entries, never followed: a
 * sync copies the link, as compose does. Nothing is skipped here; the rules' ignores decide. */
async function filesUnder(folder) {
    const found = [];
    for (const entry of await (0,promises_.readdir)(folder, { withFileTypes: true }).catch(() => [])) {
        const full = external_node_path_default().join(folder, entry.name);
        if (entry.isDirectory())
            found.push(...(await filesUnder(full)));
        else if (entry.isFile() || entry.isSymbolicLink())
            found.push(full);
    }
    return found;
}
/** The file itself, or what is below it when it is a folder (not through a link). */
async function filesAt(target) {
    const info = await (0,promises_.lstat)(target).catch(() => undefined);
    return info?.isDirectory() ? filesUnder(target) : [target];
}
/** Each changed folder (a copied-in tree arrives as one event) stands for the files under it. */
async function expandFolders(changed) {
    const expanded = new Set();
    for (const file of changed)
        for (const inside of await filesAt(file))
            expanded.add(inside);
    return [...expanded];
}
/** Each watched service's build-context .dockerignore: compose leaves what it ignores out of watch too. */
async function contextIgnores(project) {
    const found = new Map();
    for (const service of project.services) {
        if (!service.build || service.watch.length === 0)
            continue;
        const file = external_node_path_default().join(service.build.context, '.dockerignore');
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
        if (text !== undefined)
            found.set(service.name, new context_ignore/* DockerIgnore */.j(text, file));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/cli/watch/watch-rules.ts



/** Editors' swap and backup files and .git, which `docker compose watch` leaves out too. */
const EDITOR_FILES = new context_ignore/* DockerIgnore */.j([
    '.git',
    '**/.git',
    '**/.idea',
    '**/*.swp',
    '**/*.swo',
    '**/*.swn',
    '**/*.swx',
    '**/*~',
    '**/.#*',
    '**/#*#',
    '**/4913',
    '**/*.kate-swp',
    '**/*___jb_tmp___',
    '**/*___jb_old___',
    '**/*-go-tmp-umask',
].join('\n'));
/** Whether a change under the rule's path counts: not ignored (rule, build context's .dockerignore,
 * editor files) and, when the rule has `include`, matched by it. */
function ruleTakes(rule, file, contextIgnore) {
    if (!isInside(rule.path, file))
        return false;
    const relative = external_node_path_default().relative(rule.path, file).split((external_node_path_default()).sep).join('/');
    if (relative !== '' && EDITOR_FILES.ignores(relative))
        return false;
    if (relative !== '' && rule.ignore.length > 0 && new context_ignore/* DockerIgnore */.j(rule.ignore.join('\n')).ignores(relative))
        return false;
    if (rule.include.length > 0 &&
        !new context_ignore/* DockerIgnore */.j(rule.include.join('\n')).ignores(relative || external_node_path_default().basename(file)))
        return false;
    if (contextIgnore && isInside(contextIgnore.context, file)) {
        const inContext = external_node_path_default().relative(contextIgnore.context, file).split((external_node_path_default()).sep).join('/');
        if (inContext !== '' && contextIgnore.ignore.ignores(inContext))
            return false;
    }
    return true;
}
/** Where a host file under a sync rule's path lands in the container. */
function targetOf(rule, file) {
    const relative = external_node_path_default().relative(rule.path, file).split((external_node_path_default()).sep).join('/');
    return relative === '' ? rule.target : external_node_path_default().posix.join(rule.target, relative);
}
/**
 * What a batch of changed files does, service by service, as `docker compose watch` decides it: every
 * rule that takes a file applies; a rebuild wins over the syncs and restarts of the same service. A
 * service without rules keeps the plain `--watch` behaviour: a change in its build context rebuilds it.
 */
function planChanges(project, changed, contextIgnores = new Map()) {
    const updates = [];
    for (const service of project.services) {
        if (service.watch.length === 0)
            continue;
        const update = planService(service, changed, contextIgnores.get(service.name));
        if (update)
            updates.push(update);
    }
    const unruled = project.services.filter((service) => service.watch.length === 0);
    const refreshed = affectedServices({ ...project, services: unruled }, changed);
    return { updates, refreshed };
}
function planService(service, changed, ignore) {
    const contextIgnore = service.build && ignore ? { context: service.build.context, ignore } : undefined;
    const update = {
        service: service.name,
        rebuild: false,
        copies: [],
        restart: false,
        execs: [],
    };
    let touched = false;
    for (const rule of service.watch) {
        const files = changed.filter((file) => ruleTakes(rule, file, contextIgnore));
        if (files.length === 0)
            continue;
        touched = true;
        if (rule.action === 'rebuild')
            update.rebuild = true;
        if (rule.action === 'restart' || rule.action === 'sync+restart')
            update.restart = true;
        if (rule.action.startsWith('sync')) {
            for (const file of files)
                update.copies.push({ source: file, target: targetOf(rule, file) });
        }
        if (rule.action === 'sync+exec' && rule.exec)
            update.execs.push(rule.exec);
    }
    if (!touched)
        return undefined;
    if (update.rebuild)
        return { ...update, copies: [], restart: false, execs: [] };
    return update;
}

;// CONCATENATED MODULE: ./src/cli/watch/develop-watch.ts








/** The paths the services' watch rules name that exist (to watch); a missing one is said, not fatal:
 * a folder a build step creates later is a usual case. A rebuild rule needs something to build. */
function rulePaths(project, logger) {
    const paths = new Set();
    for (const service of project.services) {
        service.watch.forEach((rule, index) => {
            if (rule.action === 'rebuild' && !service.build) {
                throw new errors/* ConfigurationError */.j1(`services.${service.name}.develop.watch[${index}]: action rebuild needs a build: section; ` +
                    `"${service.name}" runs the image ${service.image} (use restart, or add build:)`);
            }
            if ((0,external_node_fs_.existsSync)(rule.path))
                paths.add(rule.path);
            else
                logger.warn(`services.${service.name}.develop.watch[${index}]: ${rule.path} does not exist; not watched until inception starts watching again`);
        });
    }
    return [...paths];
}
/** Copies files into every container of the service, saying what was copied and removed. */
async function syncService(context, environment, service, copies) {
    if (copies.length === 0)
        return;
    const containers = await (0,docker_environment/* serviceContainers */.gd)(context.docker, environment, service);
    let results;
    try {
        results = await Promise.all(containers.map((container) => (0,docker_environment/* syncFiles */.fl)(container, copies)));
    }
    catch (error) {
        throw new Error(`${service}: the sync of ${copies.length} file(s) failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const { copied, removed } = results[0];
    const parts = [...(copied ? [`copied ${copied} file(s)`] : []), ...(removed ? [`removed ${removed}`] : [])];
    context.logger.info(`${service}: synced (${parts.join(', ')})`);
}
/** The service's syncs, then its sync+exec commands (in the containers that run), then its restart and
 * that of its `restart: true` dependents: a restarted process starts from what the commands made. A
 * command that fails fails the update, naming its output. */
async function applyUpdate(context, project, environment, update) {
    const { docker, logger, signal } = context;
    const spec = project.services.find((service) => service.name === update.service);
    await syncService(context, environment, update.service, update.copies);
    if (update.execs.length > 0) {
        for (const container of await (0,docker_environment/* serviceContainers */.gd)(docker, environment, update.service)) {
            if (!(await container.inspect()).State.Running)
                continue;
            const failure = await (0,docker_environment/* runHooks */.Eu)(container, update.execs, signal);
            signal.throwIfAborted();
            if (failure) {
                throw new Error(`${update.service}: its develop.watch sync+exec ${(0,docker_environment/* hookFailureText */.TO)(failure)}` +
                    (failure.output.trim() ? `:\n${failure.output.trimEnd()}` : ''));
            }
        }
        for (const hook of update.execs)
            logger.info(`${update.service}: ran \`${hook.command.join(' ')}\``);
    }
    if (!update.restart)
        return {};
    let addresses = {};
    await (0,docker_environment/* restartInPlace */.iH)({
        docker,
        environment,
        service: spec,
        logger,
        signal,
        onRestarted: async (address) => {
            addresses = { [spec.name]: address };
            await recordAddresses(context, environment, addresses);
        },
    });
    const dependents = (0,config_compose/* restartDependents */.KO)(project.services, [spec.name]);
    if (dependents.length === 0)
        return addresses;
    logger.info(`${dependents.join(', ')}: restarted too, their depends_on says restart: true`);
    return { ...addresses, ...(await replaceAndRecord(context, project, environment, dependents, false)) };
}
/** Applies a batch of changes to the environment by the watch rules (and, for services without rules,
 * by their build contexts). Changes under `givenPaths` (the --watch paths) always count: tests changed.
 * Each service's update is tried even when another's failed (their files would not come again until
 * they change); the failures are thrown together at the end. */
async function applyChanges(context, project, info, changed, givenPaths) {
    const plan = planChanges(project, await expandFolders(changed), await contextIgnores(project));
    let addresses = {};
    const failures = [];
    const attempt = async (update) => {
        try {
            addresses = { ...addresses, ...(await update()) };
        }
        catch (error) {
            context.signal.throwIfAborted();
            failures.push((0,errors/* errorMessage */.gJ)(error));
        }
    };
    for (const update of plan.updates.filter((candidate) => !candidate.rebuild))
        await attempt(() => applyUpdate(context, project, info.name, update));
    const ruled = plan.updates.filter((update) => update.rebuild).map((update) => update.service);
    if (ruled.length > 0)
        context.logger.info(`rebuilding ${ruled.join(', ')}: a develop.watch rebuild rule took the change`);
    if (plan.refreshed.length > 0)
        context.logger.info(`refreshing ${plan.refreshed.join(', ')}: their build context changed`);
    const rebuilt = [...ruled, ...plan.refreshed];
    if (rebuilt.length > 0)
        await attempt(() => replaceAndRecord(context, project, info.name, rebuilt, true));
    if (failures.length > 0)
        throw new Error(failures.join('\n'));
    const counted = plan.updates.length + plan.refreshed.length > 0 ||
        changed.some((file) => givenPaths.some((given) => isInside(given, file)));
    return { info: { ...info, services: { ...info.services, ...addresses } }, counted };
}

;// CONCATENATED MODULE: ./src/cli/watch/initial-sync.ts



/** `initial_sync: true`: the rule's whole tree (what its ignores leave) is copied in before the first
 * run, so an environment started earlier (by `up`, or before edits) runs what is on disk. */
async function initialSync(context, project, info) {
    const ignores = await contextIgnores(project);
    for (const service of project.services) {
        const rules = service.watch.filter((rule) => rule.initialSync && rule.target !== undefined);
        if (rules.length === 0)
            continue;
        const ignore = ignores.get(service.name);
        const contextIgnore = service.build && ignore ? { context: service.build.context, ignore } : undefined;
        const copies = [];
        for (const rule of rules) {
            for (const file of await filesAt(rule.path))
                if (ruleTakes(rule, file, contextIgnore))
                    copies.push({ source: file, target: targetOf(rule, file) });
        }
        await syncService(context, info.name, service.name, copies);
    }
}

;// CONCATENATED MODULE: ./src/cli/watch/change-watcher.ts




/** Changes under the watched paths, handed out in batches once they have settled. */
class ChangeWatcher {
    options;
    watchers = [];
    pending = new Set();
    timer;
    waiting;
    constructor(options) {
        this.options = options;
        for (const given of options.paths) {
            const target = external_node_path_default().resolve(given);
            try {
                // Linux's recursive watch reports a missing path only later, as an event on the watcher.
                if (!(0,external_node_fs_.existsSync)(target))
                    throw new Error('no such file or folder');
                // A file is watched through its folder: an editor's save writes a new file and renames it over the
                // old one, and a watch on the file itself follows the old one, hearing nothing after the first save.
                const watcher = (0,external_node_fs_.statSync)(target).isDirectory()
                    ? (0,external_node_fs_.watch)(target, { recursive: true }, (_event, name) => this.changed(name ? external_node_path_default().resolve(target, name.toString()) : target))
                    : (0,external_node_fs_.watch)(external_node_path_default().dirname(target), (_event, name) => {
                        if (name?.toString() === external_node_path_default().basename(target))
                            this.changed(target);
                    });
                // A watched folder that is removed ends its watcher: nothing to tell the loop.
                watcher.on('error', () => { });
                this.watchers.push(watcher);
            }
            catch (error) {
                this.close();
                throw new errors/* ConfigurationError */.j1(`--watch ${given}: cannot watch ${target} (${(0,errors/* errorMessage */.gJ)(error)}); give a file or folder that exists.`);
            }
        }
    }
    /** The next batch of changed files; resolves with [] when `signal` aborts. */
    next(signal) {
        if (signal.aborted)
            return Promise.resolve([]);
        if (this.pending.size > 0 && !this.timer)
            return Promise.resolve(this.take());
        return new Promise((resolve) => {
            const onAbort = () => {
                this.waiting = undefined;
                resolve([]);
            };
            signal.addEventListener('abort', onAbort, { once: true });
            this.waiting = (files) => {
                signal.removeEventListener('abort', onAbort);
                resolve(files);
            };
        });
    }
    close() {
        clearTimeout(this.timer);
        for (const watcher of this.watchers)
            watcher.close();
    }
    changed(file) {
        if (this.options.ignore.some((folder) => isInside(folder, file)))
            return;
        this.pending.add(file);
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            const waiting = this.waiting;
            this.waiting = undefined;
            waiting?.(this.take());
        }, this.options.debounceMs);
    }
    take() {
        const files = [...this.pending].sort();
        this.pending = new Set();
        return files;
    }
}

;// CONCATENATED MODULE: ./src/cli/watch/listed.ts

const SHOWN_FILES = 5;
/** A few of the files, relative to `base`, and how many more. */
function listed(files, base) {
    const names = files.slice(0, SHOWN_FILES).map((file) => external_node_path_default().relative(base, file) || file);
    return files.length > SHOWN_FILES
        ? `${names.join(', ')} and ${files.length - SHOWN_FILES} more`
        : names.join(', ');
}

;// CONCATENATED MODULE: ./src/cli/watch/cluster-watch.ts












/**
 * `inception test --watch <path>` on the cluster path: the test Job in what `up` deployed (else a fresh
 * deployment, removed at the end unless --keep), then again after every change under the paths. A change
 * in the context of an image of cluster.images rebuilds it under a new tag, loads it into the kind nodes
 * and rolls the workloads that run it (the test image is run by the next Job), as `inception refresh`.
 */
async function clusterTestOnChanges(context, debounceMs) {
    const { config, logger, options, signal } = context;
    const cluster = config.cluster;
    if (options.watch.length === 0) {
        throw new errors/* ConfigurationError */.j1('name what to watch on the cluster path, e.g. `inception test --watch app --watch tests`: ' +
            'develop.watch rules are a compose file’s, and a cluster: section has none');
    }
    const base = external_node_path_default().dirname(config.file);
    const watched = options.watch.map((entry) => external_node_path_default().resolve(entry));
    const watcher = new ChangeWatcher({
        paths: watched,
        ignore: [workFolder(config.file), external_node_path_default().join(base, '.git')],
        debounceMs,
    });
    const existing = await readClusterState(config.file);
    let state = existing;
    try {
        state ??= await clusterUp(context);
        let changed = [];
        for (let round = 1;; round++) {
            try {
                const images = cluster.images.filter((image) => changed.some((file) => isInside(image.context, file)));
                if (images.length > 0) {
                    logger.info(`rebuilding ${images.map((image) => image.name).join(', ')}: their build context changed`);
                    const clients = clientsOf(state);
                    const workloads = await (0,deploy/* listWorkloadImages */.i5)(clients, state.namespace);
                    state = await rebuildAndRoll(context, state, clients, images, workloads, 'watch');
                }
                logger.info(`run ${round}: tests in ${state.namespace}`);
                await clusterTestIn(context, state);
            }
            catch (error) {
                if (signal.aborted)
                    break;
                logger.error((0,errors/* errorMessage */.gJ)(error));
            }
            const removal = existing || options.keep ? '' : ` and removes ${state.namespace}`;
            logger.info(`watching ${listed(watched, base)} (Ctrl-C stops${removal})`);
            changed = await watcher.next(signal);
            if (signal.aborted)
                break;
            logger.info(`changed: ${listed(changed, base)}`);
        }
        throw (0,cancel_on_signal/* cancellationOf */.zg)(signal);
    }
    finally {
        watcher.close();
        // clusterDown reads the state file up writes before it deploys: a half-made deployment goes too.
        if (!existing && !options.keep)
            await clusterDown(context);
    }
}

;// CONCATENATED MODULE: ./src/cli/watch/index.ts
















/** An editor's save, a formatter run or a `git checkout` lands as a burst of events: one run for the burst. */
const DEBOUNCE_MS = 300;
/** `inception test --watch <path...>` (and `inception watch`): the tests, then again after every change
 * under the paths and the services' develop.watch rules. A rule syncs, restarts, runs its command or
 * rebuilds as compose watch does; a change in the build context of a service without rules refreshes that
 * service. The environment stays up between runs; Ctrl-C removes it when this command started it. A failed
 * run or update waits for the next change. */
async function testOnChanges(context) {
    const { config, docker, logger, options, signal } = context;
    if (config.cluster)
        return clusterTestOnChanges(context, DEBOUNCE_MS);
    const tests = testSettings(context.project, options);
    const base = external_node_path_default().dirname(config.file);
    const project = await watch_loadProject(context);
    const given = options.watch.map((entry) => external_node_path_default().resolve(entry));
    const watched = [...new Set([...given, ...rulePaths(project, logger)])];
    if (watched.length === 0) {
        throw new errors/* ConfigurationError */.j1(`nothing to watch: no service of ${project.file} has develop.watch rules; ` +
            'add some, or name what to watch: `inception watch src` (or `inception test --watch src`)');
    }
    const watcher = new ChangeWatcher({
        paths: watched,
        ignore: [workFolder(config.file), external_node_path_default().join(base, '.git')],
        debounceMs: DEBOUNCE_MS,
    });
    const reused = await upEnvironmentHere(context);
    let info = reused;
    try {
        info ??= await bringUp(context);
        await initialSync(context, project, info);
        let changed = [];
        for (let round = 1;;) {
            let counted = true;
            try {
                if (changed.length > 0) {
                    const applied = await applyChanges(context, await watch_loadProject(context), info, changed, given);
                    info = applied.info;
                    counted = applied.counted;
                }
                if (counted) {
                    logger.info(`run ${round++}: tests in ${info.name}`);
                    const result = await runTestsIn(context, info, tests);
                    if (result.result === 'cancelled')
                        break;
                    if (result.result !== 'passed')
                        await diagnose(context, info.name);
                }
                else
                    logger.debug(`no rule or watched path takes ${listed(changed, base)}: nothing to run`);
            }
            catch (error) {
                if (signal.aborted)
                    break;
                logger.error((0,errors/* errorMessage */.gJ)(error));
            }
            if (counted)
                logger.info(`watching ${listed(watched, base)} (Ctrl-C stops${reused ? '' : ` and removes ${info.name}`})`);
            changed = await watcher.next(signal);
            if (signal.aborted)
                break;
            logger.info(`changed: ${listed(changed, base)}`);
        }
        throw (0,cancel_on_signal/* cancellationOf */.zg)(signal);
    }
    finally {
        watcher.close();
        if (info && !reused && !options.keep) {
            const name = info.name;
            await logger.group(`Remove ${name}`, () => (0,docker_environment/* removeEnvironment */.IE)(docker, name, logger));
        }
    }
}
/** Read again for every batch: an edit to the compose file's rules counts from the next change. */
function watch_loadProject(context) {
    const { config } = context;
    return (0,config_compose/* loadComposeFiles */.GZ)((0,config_inception/* composeFilesOf */.LA)(config), { profiles: config.profiles });
}
/** A failed run writes the environment's diagnostics, over the last failed run's: the newest is the one to
 * read. Failing to write them is said, and the loop goes on. */
async function diagnose(context, environment) {
    try {
        await (0,promises_.rm)(external_node_path_default().join(workFolder(context.config.file), 'diagnostics', environment), {
            recursive: true,
            force: true,
        });
        await saveDiagnostics(context, environment);
    }
    catch (error) {
        context.logger.warn(`diagnostics of ${environment} not written: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/test.ts









/** Runs the tests in the environment `inception up` started, or in a fresh one that is removed after. */
async function test(context) {
    if (context.options.parallel)
        return testInParallel(context);
    if (context.options.watch.length > 0)
        return testOnChanges(context);
    if (context.config.cluster)
        return clusterTest(context);
    const { docker, logger, options, signal } = context;
    const tests = testSettings(context.project, options);
    const reused = await upEnvironmentHere(context);
    const info = reused ?? (await bringUp(context));
    try {
        const result = await runTestsIn(context, info, tests);
        if (result.result === 'cancelled')
            throw (0,cancel_on_signal/* cancellationOf */.zg)(signal);
        if (result.result !== 'passed') {
            await saveDiagnostics(context, info.name);
            return result.exitCode && result.exitCode > 0 ? result.exitCode : 1;
        }
        return 0;
    }
    catch (error) {
        if (!signal.aborted)
            throw error;
        await saveDiagnostics(context, info.name, 'while the tests ran');
        throw (0,cancel_on_signal/* cancellationOf */.zg)(signal);
    }
    finally {
        if (!reused && !options.keep) {
            await logger.group(`Remove ${info.name}`, () => (0,docker_environment/* removeEnvironment */.IE)(docker, info.name, logger));
        }
    }
}
const testCommand = {
    name: 'test',
    summary: 'run the tests (in the environment from `up`, or in a fresh one removed afterwards)',
    help: `Usage: inception test [options] [-- <test command>...]
       inception test --parallel [--max-parallel <n>] [options] [<suite>...]
       inception test --watch <path> [--watch <path>...] [options] [-- <test command>...]

Runs the tests in a container on the environment's network (services answer by their names), in the
environment \`inception up\` started here, else in a fresh one that is removed afterwards. The test
settings come from inception.yml's tests: section; the options below override them, and with a compose
file alone --image is all it takes: inception test --image my-tests -- pytest -x
JUnit reports are copied to .inception/reports/<environment>/; a failed run writes diagnostics to
.inception/diagnostics/<environment>/. The exit code is the tests' own.

Options:
${PROJECT_OPTIONS}
      --image <image>      the test image (a name from inception.yml's images: is built first)
  -e, --env <KEY=VALUE>    a variable of the test container (repeatable; KEY alone: this shell's value)
      --reports <glob>     JUnit XML in the test container (default /reports/*.xml)
      --timeout <d>        the longest the tests may run, e.g. 10m (default 30m)
      -- <command>...      the test command, instead of the image's
      --no-build           use the images the engine has instead of building
      --no-cache           build without the build cache
      --keep               leave a fresh environment running afterwards (with --parallel, each suite's)

Suites (inception.yml's suites: section, each a variant of tests:):
      --parallel           run the suites named (none named: every suite) at once, each in an environment
                           of its own, removed afterwards (Ctrl-C too); live progress per suite on a
                           terminal, lines prefixed by suite otherwise; then one result table, and one
                           folder .inception/reports/parallel-<time>/ with each suite's reports and
                           output.log, junit.xml over all of them and summary.md. A failed suite writes
                           diagnostics to .inception/diagnostics/<its environment>/. Exit 1 when any
                           suite did not pass. --env, --reports and --timeout apply to every suite.
      --max-parallel <n>   at most n suites at once (default: all)

The developer's loop:
      --watch <path>       run the tests, then wait for changes under the path (file or folder, repeatable)
                           and under the services' develop.watch rules, and run them again: a rule syncs,
                           restarts, runs its command or rebuilds as \`inception watch\` says; a change
                           inside the build context of a service without rules rebuilds and replaces that
                           service first (as \`inception refresh\`), the others keep running. The
                           environment stays up between runs (the one from \`up\`, else a fresh one);
                           Ctrl-C stops, removing a fresh one unless --keep. Changes under .inception/
                           and .git/ are not changes. With a cluster: section, a change in the context
                           of an image of cluster.images rebuilds, loads and rolls it first.
${CLUSTER_OPTIONS}`,
    cancellable: true,
    run: test,
};

;// CONCATENATED MODULE: ./src/cli/commands/watch.ts


const watchCommand = {
    name: 'watch',
    summary: 'run the tests, then again on every change, following the services’ develop.watch rules',
    help: `Usage: inception watch [options] [path...] [-- <test command>...]

\`docker compose watch\` with the tests in the loop: brings up the environment (or uses the one from
\`inception up\`), runs the tests, then waits for changes and runs them again. A change under a path of a
service's develop.watch rule does what the rule says, as compose does it:
  sync           copy the changed files into the running container (deleted ones are removed there)
  sync+restart   copy them, then restart the container as it is, and wait until it is ready again
  sync+exec      copy them, then run the rule's exec command in the container (failing: no test run)
  restart        restart the container, and wait until it is ready again
  rebuild        rebuild the image and replace the container (as \`inception refresh\`)
A rule's ignore and include patterns, the build context's .dockerignore, .git and editors' swap files
are not changes; initial_sync: true copies the rule's whole path in before the first run. A change in the
build context of a service without rules rebuilds it; a change under a path named here only reruns the
tests. Ctrl-C stops, removing a fresh environment unless --keep.

Same as \`inception test --watch <path>...\`, which takes the test options too (--image, --env, --timeout).

Options:
${PROJECT_OPTIONS}
      --keep               leave a fresh environment running afterwards`,
    cancellable: true,
    run: (context) => testOnChanges({
        ...context,
        options: { ...context.options, watch: [...context.options.watch, ...context.options.positionals] },
    }),
};

;// CONCATENATED MODULE: ./src/cli/parse-args.ts

const OPTIONS = {
    config: { type: 'string', short: 'c' },
    file: { type: 'string', short: 'f' },
    name: { type: 'string', short: 'n' },
    keep: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    graceful: { type: 'boolean', default: false },
    images: { type: 'boolean', default: false },
    collect: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'boolean', default: false },
    follow: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    image: { type: 'string' },
    env: { type: 'string', short: 'e', multiple: true, default: [] },
    reports: { type: 'string' },
    timeout: { type: 'string' },
    kubeconfig: { type: 'string' },
    context: { type: 'string' },
    parallel: { type: 'boolean', default: false },
    'max-parallel': { type: 'string' },
    watch: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
};
/** The first word that is not an option or an option's value: the command. */
function findCommand(args) {
    const { tokens } = (0,external_node_util_.parseArgs)({
        args,
        options: OPTIONS,
        allowPositionals: true,
        strict: false,
        tokens: true,
    });
    const first = tokens.find((token) => token.kind === 'positional');
    return first ? { command: first.value, index: first.index } : { index: -1 };
}
/** Parses `inception <command> [options] [-- test command]`. As in `docker compose logs -f`, `-f` after
 * `logs` means --follow; elsewhere it names the compose file (--file works everywhere). */
function parseCommandLine(argv) {
    const terminator = argv.indexOf('--');
    const before = terminator === -1 ? argv : argv.slice(0, terminator);
    const testCommand = terminator === -1 ? [] : argv.slice(terminator + 1);
    const found = findCommand(before);
    const args = found.command === 'logs'
        ? before.map((arg, index) => (index > found.index && arg === '-f' ? '--follow' : arg))
        : before;
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args, allowPositionals: true, options: OPTIONS });
    const [name, ...rest] = positionals;
    return {
        command: name,
        help: values.help,
        options: {
            config: values.config,
            file: values.file,
            name: values.name,
            keep: values.keep,
            build: !values['no-build'],
            noCache: values['no-cache'],
            all: values.all,
            graceful: values.graceful,
            images: values.images,
            collect: values.collect,
            verbose: values.verbose,
            json: values.json,
            follow: values.follow,
            force: values.force,
            image: values.image,
            env: values.env,
            reports: values.reports,
            timeout: values.timeout,
            testCommand,
            kubeconfig: values.kubeconfig,
            context: values.context,
            parallel: values.parallel,
            maxParallel: values['max-parallel'],
            watch: values.watch,
            positionals: rest,
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/output/live-line.ts

const live_line_FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const live_line_REDRAW_MS = 120;
const CLEAR = '\r\u001b[2K';
/**
 * The bottom line of a terminal while a long step runs: a spinner, the step, its latest message and the
 * time it has taken. Every other write clears it first and redraws it after, so it never mixes into the log.
 */
class LiveLine {
    stream;
    steps = [];
    latest = '';
    frame = 0;
    shown = false;
    timer;
    constructor(stream) {
        this.stream = stream;
    }
    begin(title) {
        this.steps.push({ title, started: Date.now() });
        this.latest = '';
        this.timer ??= setInterval(() => this.draw(), live_line_REDRAW_MS).unref();
        this.draw();
    }
    end() {
        this.steps.pop();
        this.latest = '';
        if (this.steps.length > 0)
            return this.draw();
        this.clear();
        clearInterval(this.timer);
        this.timer = undefined;
    }
    /** Writes `text` above the live line. */
    print(text, to = this.stream) {
        this.clear();
        to.write(text);
        const last = text.trimEnd().split('\n').pop()?.trim();
        if (last && to === this.stream)
            this.latest = last;
        if (this.steps.length > 0)
            this.draw();
    }
    clear() {
        if (!this.shown)
            return;
        this.stream.write(CLEAR);
        this.shown = false;
    }
    draw() {
        const step = this.steps.at(-1);
        if (!step)
            return;
        this.frame = (this.frame + 1) % live_line_FRAMES.length;
        const took = (0,format_duration/* formatDuration */.a)(Date.now() - step.started);
        const detail = this.latest ? ` · ${this.latest}` : '';
        // eslint-disable-next-line no-control-regex
        const plain = `${live_line_FRAMES[this.frame]} ${step.title}${detail}`.replace(/\u001b\[[0-9;]*m/g, '');
        const width = Math.max(20, (this.stream.columns || 100) - took.length - 4);
        const text = plain.length > width ? `${plain.slice(0, width - 1)}…` : plain;
        this.stream.write(`${CLEAR}${text} \u001b[2m(${took})\u001b[0m`);
        this.shown = true;
    }
}

;// CONCATENATED MODULE: ./src/cli/output/terminal-logger.ts


/** Logger for a terminal: each long step prints when it starts and how long it took. On a terminal a live
 * bottom line also shows the running step, its latest message and its time so far; piped, only the lines. */
function terminalLogger(stream = process.stderr, verbose = false) {
    const tty = 'isTTY' in stream && Boolean(stream.isTTY);
    const color = tty && !process.env.NO_COLOR;
    const live = tty ? new LiveLine(stream) : undefined;
    const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const write = (text, to = stream) => live ? live.print(text, to) : to.write(text);
    const line = (text) => write(`${text}\n`);
    let depth = 0;
    const indent = () => '  '.repeat(depth);
    return {
        info: (message) => line(`${indent()}${message}`),
        warn: (message) => line(`${indent()}${paint('33', 'warning:')} ${message}`),
        error: (message) => line(`${indent()}${paint('31', 'error:')} ${message}`),
        debug: (message) => {
            if (verbose)
                line(`${indent()}${paint('2', message)}`);
        },
        output: (chunk) => write(chunk, process.stdout),
        async group(title, fn) {
            const started = Date.now();
            line(`${indent()}${paint('36', '▸')} ${title}`);
            live?.begin(title);
            depth++;
            const took = () => (0,format_duration/* formatDuration */.a)(Date.now() - started);
            try {
                const result = await fn();
                depth--;
                live?.end();
                line(`${indent()}${paint('32', '✓')} ${title} ${paint('2', `(${took()})`)}`);
                return result;
            }
            catch (error) {
                depth--;
                live?.end();
                line(`${indent()}${paint('31', '✗')} ${title} ${paint('2', `(${took()})`)}`);
                throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
















const COMMANDS = [
    initCommand,
    upCommand,
    testCommand,
    watchCommand,
    statusCommand,
    logsCommand,
    refreshCommand,
    restartCommand,
    downCommand,
];
const USAGE = `Usage: inception <command> [options]

Works in a folder holding an inception.yml, or only a compose file (then \`test\` takes --image).

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(9)} ${command.summary}`).join('\n')}
  ${'shards'.padEnd(9)} split test files across shards by JUnit timings
  ${'config'.padEnd(9)} print the environment as it will run (compose normalised) or its errors

\`inception <command> --help\` says what a command does and which options it takes.`;
/** Errors before or while a command runs: the message once, the exit code saying what kind of failure. */
function failed(error, logger) {
    const failure = (0,errors/* failureReport */.LK)(error);
    logger.error(failure.message);
    if (failure.stack)
        logger.debug(failure.stack);
    if (error instanceof errors/* CancelledError */.cc)
        return cancel_on_signal/* SIGNAL_EXIT_CODES */.td[error.signalName];
    // A mistake in the command line or in inception.yml: the usage-error code, as for unknown options.
    return error instanceof errors/* ConfigurationError */.j1 ? 2 : 1;
}
/** The `inception` command; returns the process exit code. */
async function runCli(argv) {
    if (argv[0] === 'shards')
        return runShards(argv.slice(1));
    if (argv[0] === 'config')
        return runConfig(argv.slice(1));
    let parsed;
    try {
        parsed = parseCommandLine(argv);
    }
    catch (error) {
        process.stderr.write(`inception: ${(0,errors/* errorMessage */.gJ)(error)}\n\n${USAGE}\n`);
        return 2;
    }
    if (!parsed.command) {
        process.stdout.write(`${USAGE}\n`);
        return parsed.help ? 0 : 2;
    }
    const command = COMMANDS.find((candidate) => candidate.name === parsed.command);
    if (!command) {
        process.stderr.write(`inception: unknown command "${parsed.command}"\n\n${USAGE}\n`);
        return 2;
    }
    if (parsed.help) {
        process.stdout.write(`${command.help}\n`);
        return 0;
    }
    const { options } = parsed;
    const logger = terminalLogger(process.stderr, options.verbose);
    const cancellation = command.cancellable ? (0,cancel_on_signal/* cancelOnSignal */.qx)((message) => logger.warn(message)) : undefined;
    try {
        if (command.standalone?.(options) && command.runStandalone)
            return await command.runStandalone(options, logger);
        return await command.run(await createContext(options, logger, cancellation?.signal));
    }
    catch (error) {
        return failed(error, logger);
    }
    finally {
        cancellation?.dispose();
    }
}
/** `shards` and `config` have options of their own and need no engine: a bad option gets the command's own
 * usage; `verboseFlag` says whether -v/--verbose is ours to take out first. */
async function runOwnOptions(name, usage, argv, verboseFlag, run, onFailure = failed) {
    const isVerbose = (arg) => verboseFlag && (arg === '--verbose' || arg === '-v');
    const logger = terminalLogger(process.stderr, argv.some(isVerbose));
    try {
        return await run(argv.filter((arg) => !isVerbose(arg)), logger);
    }
    catch (error) {
        if (error instanceof TypeError &&
            String(error.code).startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`inception ${name}: ${error.message}\n\n${usage}\n`);
            return 2;
        }
        return onFailure(error, logger);
    }
}
const runShards = (argv) => runOwnOptions('shards', SHARDS_USAGE, argv, true, (args, logger) => shardsCommand(args, logger, process.stdout), 
// A bad --tests or --shards value is reported and exits 1, as it always has for `shards`.
(error, logger) => (failed(error, logger), 1));
const runConfig = (argv) => runOwnOptions('config', CONFIG_USAGE, argv, false, (args, logger) => configCommand(args, logger, process.stdout));

;// CONCATENATED MODULE: ./src/cli/index.ts



/***/ }),

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
