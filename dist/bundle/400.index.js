export const id = 400;
export const ids = [400,934];
export const modules = {

/***/ 59400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* reexport */ runCli)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/cancel-on-signal.ts
var cancel_on_signal = __webpack_require__(76670);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/config/compose/index.ts + 28 modules
var config_compose = __webpack_require__(29330);
// EXTERNAL MODULE: ./src/config/inception/index.ts + 3 modules
var config_inception = __webpack_require__(12670);
;// CONCATENATED MODULE: ./src/cli/commands/config.ts






const CONFIG_USAGE = `Usage: inception config [-c inception.yml | -f compose.yml [-f override.yml...]] [--profile p...] [--json] [service...]

Prints the environment as inception will run it: the compose file(s) normalised (overrides merged, extends
and include resolved, variables interpolated, profiles applied), with the warnings on stderr. Starts nothing
and needs no engine. Exits 2 when the configuration has an error.

Options:
  -c, --config <file>   inception.yml whose compose file and profiles to read (default ./inception.yml;
                        without it, the compose files docker compose would read here: COMPOSE_FILE, compose.yaml, ...)
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
    return (0,config_compose/* loadComposeFiles */.GZ)([inception.compose], { ...fromConfig, ...options });
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




/** The names `docker compose` looks for, in its order of preference. */
const COMPOSE_FILE_NAMES = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yaml',
    'docker-compose.yml',
];
/** As `docker compose` finds its file: in `folder` or the nearest folder above that holds one. */
function findComposeFile(folder) {
    for (let dir = external_node_path_default().resolve(folder);; dir = external_node_path_default().dirname(dir)) {
        const found = COMPOSE_FILE_NAMES.map((name) => external_node_path_default().join(dir, name)).find((file) => (0,external_node_fs_.existsSync)(file));
        if (found)
            return found;
        if (external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}
/** A config of a compose file alone; its work folder (.inception/) sits beside the compose file. */
function composeOnlyConfig(compose) {
    return {
        file: external_node_path_default().join(external_node_path_default().dirname(compose), 'inception.yml'),
        compose,
        profiles: [],
        images: [],
    };
}
/**
 * --config, else ./inception.yml, else the compose file (--file, $COMPOSE_FILE's first, or the one
 * `docker compose` would pick). --file also overrides an inception.yml's `compose:`.
 */
async function resolveProject(options, cwd = process.cwd()) {
    const file = options.file ? external_node_path_default().resolve(cwd, options.file) : undefined;
    if (file && !(0,external_node_fs_.existsSync)(file)) {
        throw new errors/* ConfigurationError */.j1(`compose file ${file} (--file) not found: check the path.`);
    }
    const configFile = external_node_path_default().resolve(cwd, options.config ?? 'inception.yml');
    if (options.config !== undefined || (0,external_node_fs_.existsSync)(configFile)) {
        const config = await (0,config_inception/* loadInceptionConfig */.id)(configFile);
        return { config: file ? { ...config, compose: file } : config, fromInceptionYml: true };
    }
    const fromEnv = process.env.COMPOSE_FILE?.split((external_node_path_default()).delimiter)[0];
    const compose = file ?? (fromEnv ? external_node_path_default().resolve(cwd, fromEnv) : findComposeFile(cwd));
    if (!compose) {
        throw new errors/* ConfigurationError */.j1(`no inception.yml and no compose file (${COMPOSE_FILE_NAMES.join(', ')}) in ${cwd} or above: ` +
            'run inception in your project folder, or pass --config <inception.yml> or --file <compose file>.');
    }
    return { config: composeOnlyConfig(compose), fromInceptionYml: false };
}

;// CONCATENATED MODULE: ./src/cli/context.ts


/** The project is read before the engine is asked anything: a mistake in it costs no connection. */
async function createContext(options, logger, signal = new AbortController().signal) {
    const project = await resolveProject(options);
    const docker = await (0,client/* connectDocker */.Z)();
    return { options, project, config: project.config, docker, logger, signal };
}

// EXTERNAL MODULE: ./src/docker/environment/index.ts + 24 modules
var docker_environment = __webpack_require__(4777);
;// CONCATENATED MODULE: ./src/cli/command.ts
/** With a cluster: section in inception.yml. */
const CLUSTER_OPTIONS = `With a cluster: section in inception.yml (the in-cluster path):
      --kubeconfig <file>  run against this cluster instead of a kind cluster made or reused here
      --context <name>     the kubeconfig's context to use
  -n, --name <namespace>   the namespace to deploy to and test in`;
/** Options every command that reads the project takes. */
const PROJECT_OPTIONS = `  -c, --config <file>  inception.yml (default ./inception.yml; without one, the compose file)
  -f, --file <file>    compose file (default: the one docker compose picks: compose.yaml, compose.yml,
                       docker-compose.yaml, docker-compose.yml, here or in a folder above)
  -n, --name <name>    environment name (default: the one \`inception up\` started here)
  -v, --verbose        debug output`;

// EXTERNAL MODULE: ./src/config/values/index.ts + 5 modules
var config_values = __webpack_require__(46435);
// EXTERNAL MODULE: ./src/diagnostics/collect-and-upload.ts + 6 modules
var collect_and_upload = __webpack_require__(33489);
// EXTERNAL MODULE: ./src/kube/api-errors.ts
var api_errors = __webpack_require__(84005);
// EXTERNAL MODULE: ./src/kube/client.ts
var kube_client = __webpack_require__(31934);
// EXTERNAL MODULE: ./src/kube/kind/index.ts + 6 modules
var kind = __webpack_require__(75327);
// EXTERNAL MODULE: ./src/kube/namespace.ts
var namespace = __webpack_require__(69246);
// EXTERNAL MODULE: ./src/kube/test-job/index.ts + 21 modules
var test_job = __webpack_require__(57736);
// EXTERNAL MODULE: ./src/pipeline/index.ts + 4 modules
var pipeline = __webpack_require__(47130);
// EXTERNAL MODULE: ./src/shared/format-duration.ts
var format_duration = __webpack_require__(91463);
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
function clientsOf(state) {
    return (0,kube_client.loadKubeClients)({ kubeconfig: state.kubeconfig, context: state.context });
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
    const state = {
        ...target,
        ...(kindCluster ? { kindCluster } : {}),
        namespace,
        createdNamespace: !existed,
        images: [],
        startedAt: new Date().toISOString(),
    };
    // Recorded before the deploy: a failed or interrupted one is still removed by `down`.
    await writeClusterState(context.config.file, state);
    const images = await (0,pipeline/* deployToCluster */.bi)({
        docker,
        clients,
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
/** `test` on the cluster path: in what `up` deployed, else deploys first and removes it after (--keep
 * keeps it). A failed run writes the diagnostics folder collect-logs uploads. */
async function clusterTest(context) {
    const { logger, options, config } = context;
    const tests = clusterTests(context);
    const existing = await readClusterState(config.file);
    const state = existing ?? (await clusterUp(context));
    const clients = clientsOf(state);
    try {
        const result = await (0,pipeline/* runClusterTests */.xc)({
            clients,
            cluster: clusterOf(context),
            tests,
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
        const outDir = external_node_path_default().join(workFolder(config.file), 'diagnostics', state.namespace);
        await (0,collect_and_upload/* collectAndUpload */.V)({
            logger,
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
        logger.info(`diagnostics: ${outDir} (start with index.md)`);
        return result.exitCode && result.exitCode > 0 ? result.exitCode : 1;
    }
    finally {
        if (!existing && !options.keep)
            await clusterDown(context);
    }
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
        await logger.group(`Delete kind cluster ${state.kindCluster}`, () => (0,kind/* deleteKindCluster */.mH)({ docker, kind: kindBinary(), name: state.kindCluster, logger }));
    }
    else if (state.createdNamespace) {
        await (0,namespace/* deleteNamespace */.BK)(clientsOf(state).core, state.namespace);
        logger.info(`deleting namespace ${state.namespace} (context ${clientsOf(state).context})`);
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

;// CONCATENATED MODULE: ./src/cli/commands/down-all.ts




/**
 * `down --all`, from any folder, with or without an inception.yml: removes every environment of ours whose
 * runs are gone (killed, or finished with the environment left up) and says what it removed and what it
 * left: an environment whose run is still alive on this host is never touched.
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
    const state = await readState(config.file);
    const environment = options.name ?? state?.environment;
    if (!environment) {
        logger.info('no environment to remove (none started by `inception up` here; --all removes what gone runs left)');
        return 0;
    }
    const report = await (0,docker_environment/* removeEnvironment */.IE)(docker, environment, logger);
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
      --all            from any folder: every environment inception left on this engine whose run is
                       gone (killed, or finished with the environment left up); a running one's are
                       never touched`,
    standalone: (options) => options.all,
    runStandalone: downAll,
    run: down,
};

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
        `compose: ${options.compose}`,
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
    const compose = options.file ? external_node_path_default().resolve(options.file) : findComposeFile(external_node_path_default().dirname(target));
    if (!compose || !(0,external_node_fs_.existsSync)(compose)) {
        throw new errors/* ConfigurationError */.j1(`no compose file ${options.file ? `at ${external_node_path_default().resolve(options.file)}` : `(${COMPOSE_FILE_NAMES.join(', ')}) in ${external_node_path_default().dirname(target)} or above`}: ` +
            'write one first, or pass --file <compose file>.');
    }
    const project = await (0,config_compose/* loadComposeFile */.RC)(compose);
    const folder = external_node_path_default().dirname(target);
    const testsFolder = TEST_FOLDERS.map((name) => external_node_path_default().join(external_node_path_default().dirname(compose), name)).find((dir) => (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'Dockerfile')));
    const relative = (file) => external_node_path_default().relative(folder, file).split((external_node_path_default()).sep).join('/') || '.';
    await (0,promises_.writeFile)(target, initTemplate({ compose: relative(compose), project, testsFolder: testsFolder && relative(testsFolder) }));
    logger.info(`wrote ${target} for ${relative(compose)} (${project.services.length} services)` +
        (testsFolder ? `, tests built from ${relative(testsFolder)}/` : '; fill in tests.image to run tests'));
    return 0;
}
const initCommand = {
    name: 'init',
    summary: 'write a commented inception.yml for the compose file here',
    help: `Usage: inception init [options]

Writes inception.yml for the compose file docker compose would pick here (compose.yaml, compose.yml,
docker-compose.yaml, docker-compose.yml), every key commented; a tests/ (or test/, e2e/) folder with a
Dockerfile becomes the test image.

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
// EXTERNAL MODULE: ./src/shared/labels.ts
var labels = __webpack_require__(44758);
// EXTERNAL MODULE: ./src/diagnostics/docker/index.ts + 6 modules
var diagnostics_docker = __webpack_require__(38701);
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
      --collect <dir>  write the full diagnostics folder (what a failed run writes) to <dir>`,
    run: logs,
};

;// CONCATENATED MODULE: ./src/cli/services/replace-services.ts






/** `refresh` (rebuild) and `restart` (same image): replace the named services' containers in the
 * environment `up` started and wait until they are ready; the state file learns their new ports. */
async function replaceNamedServices(context, rebuild) {
    const { config, docker, logger, options, signal } = context;
    const verb = rebuild ? 'refresh' : 'restart';
    const state = await readState(config.file);
    const environment = options.name ?? state?.environment;
    if (!environment) {
        throw new errors/* ConfigurationError */.j1(`no environment to ${verb}: run \`inception up\` first, or pass --name <environment>.`);
    }
    const project = await (0,config_compose/* loadComposeFile */.RC)(config.compose, { profiles: config.profiles });
    if (options.positionals.length === 0) {
        throw new errors/* ConfigurationError */.j1(`name the services to ${verb}, e.g. inception ${verb} ${project.services[0]?.name ?? 'api'}; ` +
            `the services of ${environment}: ${project.services.map((service) => service.name).join(', ')}`);
    }
    try {
        const addresses = await (0,docker_environment/* replaceServices */.RZ)({
            docker,
            project,
            environment,
            services: options.positionals,
            rebuild,
            noCache: options.noCache,
            logger,
            signal,
        });
        if (state?.environment === environment) {
            const info = { ...state.info, services: { ...state.info.services, ...addresses } };
            await writeState(config.file, { ...state, info });
            printServices({ ...info, services: addresses }, logger);
        }
        logger.info(`${Object.keys(addresses).join(', ')} ready again in ${environment}`);
        return 0;
    }
    catch (error) {
        throw signal.aborted ? (0,cancel_on_signal/* cancellationOf */.zg)(signal) : error;
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/refresh.ts


const refreshCommand = {
    name: 'refresh',
    summary: 'rebuild services’ images, replace their containers, wait until ready; the rest keeps running',
    help: `Usage: inception refresh [options] <service...>

For each service named: builds its image again (services with a build: section), stops and removes its
container, starts a new one and waits until it is ready, as \`up\` does. The other services of the
environment keep running untouched. Host ports of the replaced services change: \`inception status\`.

Options:
${PROJECT_OPTIONS}
      --no-cache       build without the build cache`,
    cancellable: true,
    run: (context) => replaceNamedServices(context, true),
};

;// CONCATENATED MODULE: ./src/cli/commands/restart.ts


const restartCommand = {
    name: 'restart',
    summary: 'replace services’ containers from the images they run (no rebuild), wait until ready',
    help: `Usage: inception restart [options] <service...>

For each service named: stops and removes its container, starts a new one from the same image and waits
until it is ready (a fresh container: its state and log start over). The other services keep running.

Options:
${PROJECT_OPTIONS}`,
    cancellable: true,
    run: (context) => replaceNamedServices(context, false),
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
        .sort((a, b) => a.environment.localeCompare(b.environment) || a.service.localeCompare(b.service));
}
/** The table `inception status` prints; the environment column only when several are shown. */
function statusTable(statuses, withEnvironment) {
    const rows = [[...(withEnvironment ? ['ENVIRONMENT'] : []), 'SERVICE', 'STATE', 'HEALTH', 'UP', 'PORTS']];
    for (const status of statuses) {
        const ports = status.ports.map((port) => `127.0.0.1:${port.host}->${port.container}/${port.protocol}`);
        rows.push([
            ...(withEnvironment ? [status.environment] : []),
            status.service,
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

// EXTERNAL MODULE: ./src/diagnostics/overview.ts + 6 modules
var overview = __webpack_require__(94460);
// EXTERNAL MODULE: ./src/shared/redactor.ts
var shared_redactor = __webpack_require__(17821);
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
        const redactor = new shared_redactor/* Redactor */.pO();
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

;// CONCATENATED MODULE: ./src/cli/commands/test.ts










/** Runs the tests in the environment `inception up` started, or in a fresh one that is removed after. */
async function test(context) {
    if (context.config.cluster)
        return clusterTest(context);
    const { config, docker, logger, options, signal } = context;
    const tests = testSettings(context.project, options);
    const state = await readState(config.file);
    const reused = state?.info && (await environmentRunning(context, state.info.name)) ? state.info : undefined;
    const info = reused ?? (await bringUp(context));
    try {
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
async function environmentRunning(context, environment) {
    try {
        await context.docker.getNetwork(environment).inspect();
        return true;
    }
    catch {
        return false;
    }
}
const testCommand = {
    name: 'test',
    summary: 'run the tests (in the environment from `up`, or in a fresh one removed afterwards)',
    help: `Usage: inception test [options] [-- <test command>...]

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
      --keep               leave a fresh environment running afterwards
${CLUSTER_OPTIONS}`,
    cancellable: true,
    run: test,
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
            watch: values.watch,
            positionals: rest,
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/output/live-line.ts

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const REDRAW_MS = 120;
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
        this.timer ??= setInterval(() => this.draw(), REDRAW_MS).unref();
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
        this.frame = (this.frame + 1) % FRAMES.length;
        const took = (0,format_duration/* formatDuration */.a)(Date.now() - step.started);
        const detail = this.latest ? ` · ${this.latest}` : '';
        // eslint-disable-next-line no-control-regex
        const plain = `${FRAMES[this.frame]} ${step.title}${detail}`.replace(/\u001b\[[0-9;]*m/g, '');
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
/** `shards` has options of its own and needs neither inception.yml nor an engine. */
async function runShards(argv) {
    const logger = terminalLogger(process.stderr, argv.includes('--verbose') || argv.includes('-v'));
    try {
        return await shardsCommand(argv.filter((arg) => arg !== '--verbose' && arg !== '-v'), logger, process.stdout);
    }
    catch (error) {
        if (error instanceof TypeError &&
            String(error.code).startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`inception shards: ${error.message}\n\n${SHARDS_USAGE}\n`);
            return 2;
        }
        failed(error, logger);
        return 1;
    }
}
/** `config` has options of its own (-f, --profile, --json) and needs no engine. */
async function runConfig(argv) {
    const logger = terminalLogger(process.stderr, false);
    try {
        return await configCommand(argv, logger, process.stdout);
    }
    catch (error) {
        if (error instanceof TypeError &&
            String(error.code).startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`inception config: ${error.message}\n\n${CONFIG_USAGE}\n`);
            return 2;
        }
        logger.error((0,errors/* failureReport */.LK)(error).message);
        return error instanceof errors/* ConfigurationError */.j1 ? 2 : 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts



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
