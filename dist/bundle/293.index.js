export const id = 293;
export const ids = [293];
export const modules = {

/***/ 23293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* reexport */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/inception/index.ts + 1 modules
var inception = __webpack_require__(21351);
// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
;// CONCATENATED MODULE: ./src/cli/context.ts



async function createContext(options, logger) {
    const config = await (0,inception/* loadInceptionConfig */.i)(external_node_path_default().resolve(options.config));
    const docker = await (0,client/* connectDocker */.Z)();
    return { options, config, docker, logger };
}

// EXTERNAL MODULE: ./src/docker/environment/index.ts + 12 modules
var docker_environment = __webpack_require__(11659);
// EXTERNAL MODULE: ./src/shared/labels.ts
var labels = __webpack_require__(44758);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/cli/state-file.ts


function workFolder(configFile) {
    return external_node_path_default().join(external_node_path_default().dirname(configFile), '.inception');
}
const stateFile = (configFile) => external_node_path_default().join(workFolder(configFile), 'state.json');
async function readState(configFile) {
    try {
        return JSON.parse(await (0,promises_.readFile)(stateFile(configFile), 'utf8'));
    }
    catch {
        return undefined;
    }
}
async function writeState(configFile, state) {
    await (0,promises_.mkdir)(workFolder(configFile), { recursive: true });
    await (0,promises_.writeFile)(stateFile(configFile), JSON.stringify(state, null, 2) + '\n');
}
async function clearState(configFile) {
    await (0,promises_.rm)(stateFile(configFile), { force: true });
}

;// CONCATENATED MODULE: ./src/cli/commands/down.ts



/** Removes the environment `up` started (or, with --all, every environment inception made on this engine). */
async function downCommand(context) {
    const { docker, logger, config, options } = context;
    const state = await readState(config.file);
    const targets = new Set();
    if (options.name)
        targets.add(options.name);
    else if (state)
        targets.add(state.environment);
    if (options.all) {
        const networks = await docker.listNetworks({ filters: JSON.stringify((0,labels/* labelFilter */.HY)()) });
        for (const network of networks) {
            const environment = network.Labels?.[labels/* LABEL_ENVIRONMENT */.zO];
            if (environment)
                targets.add(environment);
        }
    }
    if (targets.size === 0) {
        logger.info('no environment to remove (none started by `inception up` here; --all removes every one)');
        return 0;
    }
    for (const environment of targets) {
        const report = await (0,docker_environment/* removeEnvironment */.IE)(docker, environment, logger);
        logger.info(`removed ${environment}: ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
            `${report.volumes.length} volume(s)`);
    }
    await clearState(config.file);
    return 0;
}

// EXTERNAL MODULE: ./src/docker/container-logs.ts
var container_logs = __webpack_require__(69443);
// EXTERNAL MODULE: ./src/diagnostics/docker/index.ts + 6 modules
var diagnostics_docker = __webpack_require__(38701);
;// CONCATENATED MODULE: ./src/cli/commands/logs.ts






/** Prints the logs of the environment's services (all, or those named), or with --collect writes the full
 * diagnostics folder. */
async function logsCommand(context) {
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
    for (const info of containers) {
        const service = info.Labels[labels/* LABEL_SERVICE */.bb] ?? info.Names[0] ?? info.Id;
        if (wanted.size > 0 && !wanted.has(service))
            continue;
        const text = await (0,container_logs/* readContainerLogs */.P8)(docker.getContainer(info.Id), { timestamps: true });
        for (const line of text.split('\n'))
            if (line)
                process.stdout.write(`${service} | ${line}\n`);
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/print-services.ts
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

;// CONCATENATED MODULE: ./src/cli/commands/status.ts



/** One line per container inception made: environment, service, state, ports. */
async function statusCommand(context) {
    const { docker, logger, config, options } = context;
    const environment = options.all ? undefined : (options.name ?? (await readState(config.file))?.environment);
    const containers = await docker.listContainers({
        all: true,
        filters: JSON.stringify((0,labels/* labelFilter */.HY)(environment)),
    });
    if (containers.length === 0) {
        logger.info(environment ? `environment ${environment} has no containers` : 'no environments');
        return 0;
    }
    const rows = [['ENVIRONMENT', 'SERVICE', 'STATE', 'PORTS']];
    for (const info of containers) {
        const ports = info.Ports.filter((port) => port.PublicPort).map((port) => `${port.PublicPort}->${port.PrivatePort}`);
        rows.push([
            info.Labels[labels/* LABEL_ENVIRONMENT */.zO] ?? '',
            info.Labels[labels/* LABEL_SERVICE */.bb] ?? '',
            info.Status,
            ports.join(',') || '-',
        ]);
    }
    for (const line of formatTable(rows))
        logger.info(line);
    return 0;
}

// EXTERNAL MODULE: ./src/pipeline/index.ts + 3 modules
var pipeline = __webpack_require__(9960);
// EXTERNAL MODULE: ./src/shared/format-duration.ts
var format_duration = __webpack_require__(91463);
;// CONCATENATED MODULE: ./src/cli/commands/up.ts






/** Brings the config's compose file up; on failure writes diagnostics and removes what was created
 * (unless --keep), so nothing is left running that the user did not ask for. */
async function bringUp(context) {
    const { config, docker, logger, options } = context;
    let name;
    try {
        return await (0,pipeline/* bringUpEnvironment */.rO)({
            docker,
            config,
            logger,
            name: options.name,
            build: options.build,
            noCache: options.noCache,
            onName: (given) => {
                name = given;
            },
        });
    }
    catch (error) {
        if (name !== undefined) {
            await saveDiagnostics(context, name);
            if (!options.keep)
                await (0,docker_environment/* removeEnvironment */.IE)(docker, name, logger);
        }
        throw error;
    }
}
async function saveDiagnostics(context, environment) {
    const outDir = external_node_path_default().join(workFolder(context.config.file), 'diagnostics', environment);
    await context.logger.group(`Collect diagnostics of ${environment}`, () => (0,diagnostics_docker/* collectDockerDiagnostics */.r)({ docker: context.docker, environment, outDir, logger: context.logger }));
    context.logger.info(`diagnostics: ${outDir} (start with index.md)`);
    return outDir;
}
async function upCommand(context) {
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

;// CONCATENATED MODULE: ./src/cli/commands/test.ts






/** Runs the tests in the environment `inception up` started, or in a fresh one that is removed after. */
async function testCommand(context) {
    const { config, docker, logger, options } = context;
    const tests = (0,pipeline/* requireTests */.fH)(config);
    const state = await readState(config.file);
    const reused = state?.info && (await environmentRunning(context, state.info.name)) ? state.info : undefined;
    const info = reused ?? (await bringUp(context));
    try {
        const images = await (0,pipeline/* buildConfigImages */.Ty)(docker, config, {
            environment: info.name,
            noCache: options.noCache,
            logger,
        });
        const result = await (0,pipeline/* runConfigTests */.F6)(docker, {
            tests,
            environment: info,
            images,
            reportsDir: external_node_path_default().join(workFolder(config.file), 'reports', info.name),
            logger,
        });
        logger.info(`tests ${result.result} (exit code ${result.exitCode}) in ${(0,format_duration/* formatDuration */.a)(result.durationMs)}`);
        for (const report of result.reports)
            logger.info(`report: ${report}`);
        if (result.result !== 'passed') {
            await saveDiagnostics(context, info.name);
            return result.exitCode && result.exitCode > 0 ? result.exitCode : 1;
        }
        return 0;
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

;// CONCATENATED MODULE: ./src/cli/terminal-logger.ts

/** Logger for a terminal: each long step prints when it starts and how long it took. */
function terminalLogger(stream = process.stderr, verbose = false) {
    const color = 'isTTY' in stream && Boolean(stream.isTTY) && !process.env.NO_COLOR;
    const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const line = (text) => stream.write(`${text}\n`);
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
        output: (chunk) => {
            process.stdout.write(chunk);
        },
        async group(title, fn) {
            const started = Date.now();
            line(`${indent()}${paint('36', '▸')} ${title}`);
            depth++;
            const took = () => (0,format_duration/* formatDuration */.a)(Date.now() - started);
            try {
                const result = await fn();
                depth--;
                line(`${indent()}${paint('32', '✓')} ${title} ${paint('2', `(${took()})`)}`);
                return result;
            }
            catch (error) {
                depth--;
                line(`${indent()}${paint('31', '✗')} ${title} ${paint('2', `(${took()})`)}`);
                throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts









const USAGE = `Usage: inception <command> [options]

Commands:
  up                 build and start the environment of inception.yml, wait until every service is ready
  test               run the tests (in the environment from \`up\`, or in a fresh one removed afterwards)
  logs [service...]  print the services' logs; --collect <dir> writes the full diagnostics folder
  status             the containers of the environment (--all: of every environment)
  down               remove the environment (--all: every environment inception made on this engine)

Options:
  -c, --config <file>  inception.yml to use (default ./inception.yml)
  -n, --name <name>    environment name (default <project>-<random>)
      --keep           leave the environment running after \`test\` or a failed \`up\`
      --no-build       use the images the engine has instead of building
      --no-cache       build without the build cache
      --all            with down/status: every environment
      --collect <dir>  with logs: write diagnostics to <dir>
  -v, --verbose        debug output
  -h, --help           this text`;
const commands = {
    up: upCommand,
    test: testCommand,
    logs: logsCommand,
    status: statusCommand,
    down: downCommand,
};
function parseCli(argv) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            config: { type: 'string', short: 'c', default: 'inception.yml' },
            name: { type: 'string', short: 'n' },
            keep: { type: 'boolean', default: false },
            'no-build': { type: 'boolean', default: false },
            'no-cache': { type: 'boolean', default: false },
            all: { type: 'boolean', default: false },
            collect: { type: 'string' },
            verbose: { type: 'boolean', short: 'v', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
    });
    const [command, ...rest] = positionals;
    return {
        command,
        help: values.help,
        options: {
            config: values.config,
            name: values.name,
            keep: values.keep,
            build: !values['no-build'],
            noCache: values['no-cache'],
            all: values.all,
            collect: values.collect,
            verbose: values.verbose,
            positionals: rest,
        },
    };
}
/** The `inception` command; returns the process exit code. */
async function runCli(argv) {
    let parsed;
    try {
        parsed = parseCli(argv);
    }
    catch (error) {
        process.stderr.write(`inception: ${(0,errors/* errorMessage */.gJ)(error)}\n\n${USAGE}\n`);
        return 2;
    }
    if (parsed.help || !parsed.command) {
        process.stdout.write(`${USAGE}\n`);
        return parsed.help ? 0 : 2;
    }
    const handler = commands[parsed.command];
    if (!handler) {
        process.stderr.write(`inception: unknown command "${parsed.command}"\n\n${USAGE}\n`);
        return 2;
    }
    const logger = terminalLogger(process.stderr, parsed.options.verbose);
    try {
        return await handler(await createContext(parsed.options, logger));
    }
    catch (error) {
        const failure = (0,errors/* failureReport */.LK)(error);
        logger.error(failure.message);
        if (failure.stack)
            logger.debug(failure.stack);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts



/***/ }),

/***/ 21351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* reexport */ loadInceptionConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/values/index.ts + 4 modules
var values = __webpack_require__(17898);
;// CONCATENATED MODULE: ./src/config/inception/inception-config.ts







const DEFAULT_TEST_TIMEOUT_MS = 30 * 60_000;
function fail(file, key, message) {
    throw new errors/* ConfigurationError */.j1(`${file}: ${key}: ${message}`);
}
function record(value, file, key) {
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        fail(file, key, 'must be a mapping');
    return value;
}
function inception_config_text(value, file, key) {
    if (typeof value === 'string' && value.trim() !== '')
        return value;
    if (typeof value === 'number')
        return String(value);
    return fail(file, key, 'must be a non-empty string');
}
function stringMap(value, file, key) {
    return value === undefined || value === null ? {} : (0,values/* readKeyValues */._Z)(value, key, locator(file));
}
/** Names the file and the key in messages of the shared value readers, as `fail` does. */
function locator(file) {
    return (key) => `${file}: ${key}`;
}
function parseInceptionConfig(source, file) {
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(source);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${file} is not valid YAML: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const top = record(raw, file, '(top level)');
    const known = new Set(['compose', 'profiles', 'images', 'tests']);
    for (const key of Object.keys(top)) {
        if (!known.has(key) && !key.startsWith('x-'))
            fail(file, key, `unknown key; known keys: ${[...known].join(', ')}`);
    }
    const folder = external_node_path_default().dirname(file);
    const images = (Array.isArray(top.images) ? top.images : top.images == null ? [] : fail(file, 'images', 'must be a list')).map((entry, index) => {
        const image = record(entry, file, `images[${index}]`);
        return {
            name: inception_config_text(image.name, file, `images[${index}].name`),
            context: external_node_path_default().resolve(folder, inception_config_text(image.context ?? '.', file, `images[${index}].context`)),
            dockerfile: image.dockerfile === undefined
                ? undefined
                : inception_config_text(image.dockerfile, file, `images[${index}].dockerfile`),
            target: image.target === undefined ? undefined : inception_config_text(image.target, file, `images[${index}].target`),
            args: stringMap(image.args, file, `images[${index}].args`),
        };
    });
    const testsRaw = top.tests === undefined ? undefined : record(top.tests, file, 'tests');
    const command = testsRaw?.command;
    return {
        file,
        compose: external_node_path_default().resolve(folder, inception_config_text(top.compose ?? 'compose.yml', file, 'compose')),
        profiles: top.profiles == null ? [] : (0,values/* readStringOrList */.pU)(top.profiles, 'profiles', locator(file)),
        images,
        tests: testsRaw && {
            image: inception_config_text(testsRaw.image, file, 'tests.image'),
            command: command === undefined || (Array.isArray(command) && command.length === 0)
                ? undefined
                : Array.isArray(command)
                    ? command.map(String)
                    : (0,values/* splitShellWords */.CQ)(inception_config_text(command, file, 'tests.command'), `${file}: tests.command`),
            env: stringMap(testsRaw.env, file, 'tests.env'),
            reports: testsRaw.reports === undefined ? '/reports/*.xml' : inception_config_text(testsRaw.reports, file, 'tests.reports'),
            timeoutMs: testsRaw.timeout === undefined
                ? DEFAULT_TEST_TIMEOUT_MS
                : (0,values/* parseDuration */.E9)(testsRaw.timeout, `${file}: tests.timeout`),
        },
    };
}
async function loadInceptionConfig(file) {
    let source;
    try {
        source = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${file} not found: run inception where your inception.yml is, or pass --config <file>.`);
    }
    return parseInceptionConfig(source, external_node_path_default().resolve(file));
}

;// CONCATENATED MODULE: ./src/config/inception/index.ts



/***/ }),

/***/ 82642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* reexport */ runTestContainer)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/abort.ts
var abort = __webpack_require__(84211);
// EXTERNAL MODULE: ./src/shared/format-duration.ts
var format_duration = __webpack_require__(91463);
// EXTERNAL MODULE: ./src/report/index.ts + 6 modules
var report = __webpack_require__(25844);
// EXTERNAL MODULE: ./src/shared/labels.ts
var labels = __webpack_require__(44758);
// EXTERNAL MODULE: ./src/docker/log-frames.ts
var log_frames = __webpack_require__(81233);
// EXTERNAL MODULE: ./src/docker/image-pull.ts
var image_pull = __webpack_require__(7257);
;// CONCATENATED MODULE: ./src/docker/test-container/image.ts


/** The test image, pulled when the engine does not have it; the error says how to provide it. */
async function ensureTestImage(docker, image, logger) {
    if (await (0,image_pull/* imagePresent */.R)(docker, image))
        return;
    logger.info(`Image ${image} is not on the engine; pulling it.`);
    try {
        await (0,image_pull/* pullImage */.Z)(docker, image);
    }
    catch (error) {
        throw new Error(`Test image ${image} is not on the engine and could not be pulled (${(0,errors/* errorMessage */.gJ)(error)}). ` +
            'Build it first (build-images) and pass its ref, or give an image the engine can pull.');
    }
}

// EXTERNAL MODULE: ./src/docker/environment/index.ts + 12 modules
var docker_environment = __webpack_require__(11659);
;// CONCATENATED MODULE: ./src/docker/test-container/env.ts

/**
 * What the tests read to find the environment: `INCEPTION_<SERVICE>_HOST` (the name the service answers to
 * on the network), `_IP` and `_URL` when known, `INCEPTION_ENVIRONMENT` and `INCEPTION_NETWORK` (the
 * network the container joins). The user's variables are applied last, so they win.
 */
function testContainerEnv(environment, network, userEnv) {
    const env = environment ? (0,docker_environment/* networkVariables */.Io)(environment) : {};
    delete env[docker_environment/* ENV_NETWORK */.hY];
    if (network)
        env[docker_environment/* ENV_NETWORK */.hY] = network;
    return { ...env, ...userEnv };
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/shared/glob.ts
var glob = __webpack_require__(55403);
;// CONCATENATED MODULE: ./src/docker/test-container/reports.ts





/**
 * Copies the files matching `pattern` (a path or glob inside the container, e.g. `/reports/*.xml`) out of a
 * container, running or stopped, into `destination`. Missing reports are a warning: the test result, not
 * the reports, decides the job.
 */
async function copyReports(container, pattern, destination, logger) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex(glob/* hasGlob */.b);
    const base = firstGlob === -1 ? pattern : segments.slice(0, firstGlob).join('/') || '/';
    let archive;
    try {
        archive = await container.getArchive({ path: base });
    }
    catch (error) {
        const status = error.statusCode;
        logger.warn(status === 404
            ? `No test reports: ${base} does not exist in the test container (reports: ${pattern}).`
            : `Test reports could not be copied from ${base}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return [];
    }
    // The engine's archive names entries after the last segment of `base`, so they are relative to its parent.
    const root = external_node_path_.posix.dirname(base === '/' ? '/.' : base.replace(/\/$/, ''));
    const { reader, copied } = await (0,report/* reportExtractor */.f3)({ root, matches: (0,report/* reportMatcher */.pt)(pattern), destination });
    await (0,promises_.pipeline)(archive, reader);
    if (copied.length === 0)
        logger.warn(`No test reports matched ${pattern} in the test container.`);
    else
        logger.info(`Copied ${copied.length} report${copied.length === 1 ? '' : 's'} to ${destination}`);
    return copied;
}

;// CONCATENATED MODULE: ./src/docker/test-container/run.ts












/** Seconds between SIGTERM and SIGKILL when a timed-out test container is stopped. */
const STOP_GRACE_SECONDS = 5;
/** How long to wait for buffered output after the container exited. */
const OUTPUT_DRAIN_MS = 5000;
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/**
 * Runs the test image once on the environment network, streaming its output, then copies its reports out
 * and removes the container. A failing or timed-out run is a result, not an exception.
 */
async function runTestContainer(docker, options) {
    const { logger } = options;
    if (!CONTAINER_NAME.test(options.name)) {
        throw new errors/* ConfigurationError */.j1(`Test container name "${options.name}" is not valid; use letters, digits, "_", "." and "-", starting with a letter or digit.`);
    }
    const network = options.network ?? options.environment?.network;
    if (network)
        await requireNetwork(docker, network);
    await ensureTestImage(docker, options.image, logger);
    const env = testContainerEnv(options.environment, network, options.env);
    const container = await docker.createContainer({
        name: options.name,
        Image: options.image,
        ...(options.command && options.command.length > 0 ? { Cmd: options.command } : {}),
        Env: Object.entries(env).map(([key, value]) => `${key}=${value}`),
        WorkingDir: options.workingDir,
        Labels: (0,labels/* environmentLabels */.ZC)(options.environment?.name ?? options.name, 'test'),
        Tty: false,
        AttachStdout: true,
        AttachStderr: true,
        // An init process forwards SIGTERM, so a stop after a timeout ends `sleep`-like PID 1s at once.
        HostConfig: { Init: true, NetworkMode: network },
    });
    try {
        return await logger.group(`Run tests in ${options.name} (${options.image})`, () => runCreated(container, network, options));
    }
    finally {
        await container.remove({ force: true, v: true }).catch((error) => {
            if (error.statusCode !== 404) {
                logger.warn(`Test container ${options.name} could not be removed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        });
    }
}
async function runCreated(container, network, options) {
    const { logger } = options;
    const output = (await container.attach({
        stream: true,
        stdout: true,
        stderr: true,
    }));
    const frames = new log_frames/* DockerFrameDecoder */.w();
    // Per stream: a UTF-8 character may be split across two frames of the same stream.
    const text = { stdout: new external_node_string_decoder_.StringDecoder('utf8'), stderr: new external_node_string_decoder_.StringDecoder('utf8') };
    const log = options.logFile ? (0,external_node_fs_.createWriteStream)(options.logFile, { flags: 'a' }) : undefined;
    const print = (chunk) => {
        if (!chunk)
            return;
        logger.output(chunk);
        log?.write(chunk);
    };
    const drained = new Promise((resolve) => {
        output.on('data', (chunk) => {
            for (const frame of frames.push(chunk))
                print(text[frame.stream].write(frame.payload));
        });
        output.on('end', resolve);
        output.on('close', resolve);
        output.on('error', () => resolve());
    });
    logger.info(`Starting ${options.image}${network ? ` on network ${network}` : ''} ` +
        `(timeout ${(0,format_duration/* formatDuration */.a)(options.timeoutMs)})`);
    const started = Date.now();
    await container.start();
    // Waiting on a container that was never started returns at once, so the wait begins after start.
    const exited = container.wait();
    let timer;
    const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
    });
    const cancelled = (0,abort/* whenAborted */.e)(options.signal);
    const first = await Promise.race([exited, timedOut, cancelled]);
    clearTimeout(timer);
    let result;
    if (first === 'timeout') {
        logger.warn(`Tests timed out after ${(0,format_duration/* formatDuration */.a)(options.timeoutMs)}; stopping ${options.name}.`);
        await container.stop({ t: STOP_GRACE_SECONDS }).catch(() => undefined);
        result = 'timed-out';
    }
    else if (first === 'cancelled') {
        logger.warn(`Tests cancelled; killing ${options.name}.`);
        await container.kill().catch(() => undefined);
        result = 'cancelled';
    }
    const exitCode = (await exited).StatusCode;
    const durationMs = Date.now() - started;
    await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, OUTPUT_DRAIN_MS).unref())]);
    print(text.stdout.end());
    print(text.stderr.end());
    await new Promise((resolve) => (log ? log.end(resolve) : resolve()));
    result ??= exitCode === 0 ? 'passed' : 'failed';
    const reportsGlob = external_node_path_.posix.isAbsolute(options.reportsGlob)
        ? options.reportsGlob
        : external_node_path_.posix.join(options.workingDir ?? '/', options.reportsGlob);
    const reports = await copyReports(container, reportsGlob, options.reportsDir, logger);
    const summary = await (0,report/* summarizeReportFiles */.$8)(reports, logger);
    const message = result === 'passed'
        ? `tests passed in ${(0,format_duration/* formatDuration */.a)(durationMs)}`
        : result === 'failed'
            ? `tests failed: the test container exited with code ${exitCode} after ${(0,format_duration/* formatDuration */.a)(durationMs)}`
            : result === 'cancelled'
                ? `tests cancelled after ${(0,format_duration/* formatDuration */.a)(durationMs)}; the test container was killed`
                : `tests timed out after ${(0,format_duration/* formatDuration */.a)(options.timeoutMs)} (the timeout); the test container was stopped`;
    logger.info(message);
    return { result, exitCode, durationMs, reports, summary, message };
}
async function requireNetwork(docker, network) {
    try {
        await docker.getNetwork(network).inspect();
    }
    catch (error) {
        if (error.statusCode === 404) {
            throw new errors/* ConfigurationError */.j1(`Network "${network}" does not exist; start the environment first (setup-docker) or name an existing network.`);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/docker/test-container/index.ts



/***/ }),

/***/ 9960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rO: () => (/* reexport */ bringUpEnvironment),
  Ty: () => (/* reexport */ buildConfigImages),
  YH: () => (/* reexport */ configTestImage),
  M7: () => (/* reexport */ configTestName),
  fH: () => (/* reexport */ requireTests),
  F6: () => (/* reexport */ runConfigTests)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/compose/index.ts + 14 modules
var compose = __webpack_require__(31743);
// EXTERNAL MODULE: ./src/docker/environment/index.ts + 12 modules
var environment = __webpack_require__(11659);
;// CONCATENATED MODULE: ./src/pipeline/environment.ts



/** Brings up the config's compose file as an isolated environment. Leaves what it created in place when it
 * fails: the caller collects diagnostics, then removes it. */
async function bringUpEnvironment(options) {
    const { docker, config, logger } = options;
    const project = await (0,compose/* loadComposeFile */.R)(config.compose, { profiles: config.profiles });
    for (const warning of project.warnings)
        logger.warn(warning);
    const name = options.name ?? (0,environment/* generateEnvironmentName */.uW)(project.name);
    await options.onName?.(name);
    logger.info(`Bringing up ${name} from ${external_node_path_default().relative(process.cwd(), config.compose) || config.compose}`);
    return (0,environment/* upEnvironment */.xQ)({ docker, project, name, logger, build: options.build, noCache: options.noCache });
}

// EXTERNAL MODULE: ./src/docker/build/index.ts + 8 modules
var build = __webpack_require__(22576);
// EXTERNAL MODULE: ./src/shared/labels.ts
var labels = __webpack_require__(44758);
;// CONCATENATED MODULE: ./src/pipeline/images.ts


/** Builds the config's `images:`, each tagged `<name>:<environment>`. */
async function buildConfigImages(docker, config, options) {
    if (config.images.length === 0)
        return [];
    return (0,build/* buildImages */.rd)(docker, config.images.map((image) => ({
        name: image.name,
        context: image.context,
        dockerfile: image.dockerfile,
        target: image.target,
        buildArgs: image.args,
    })), {
        runTag: options.environment,
        noCache: options.noCache ?? false,
        labels: (0,labels/* environmentLabels */.ZC)(options.environment, 'image'),
        logger: options.logger,
    });
}

// EXTERNAL MODULE: ./src/docker/test-container/index.ts + 4 modules
var test_container = __webpack_require__(82642);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/pipeline/tests.ts


/** The `tests:` section; checked before anything is created, so a config without one fails at once. */
function requireTests(config) {
    if (!config.tests) {
        throw new errors/* ConfigurationError */.j1(`${config.file} has no "tests:" section: say which image runs the tests.`);
    }
    return config.tests;
}
/** `tests.image` names one of the config's images (then its ref of this run) or any image. */
function configTestImage(tests, images) {
    return images.find((image) => image.name === tests.image)?.ref ?? tests.image;
}
function configTestName(environment) {
    return `${environment.name}-tests`;
}
/** Runs the config's tests in a container on the environment's network. */
function runConfigTests(docker, options) {
    const { tests, environment } = options;
    return (0,test_container/* runTestContainer */.$)(docker, {
        image: configTestImage(tests, options.images),
        command: tests.command,
        env: { ...tests.env, ...options.env },
        network: environment.network,
        environment,
        reportsGlob: tests.reports,
        reportsDir: options.reportsDir,
        timeoutMs: tests.timeoutMs,
        name: configTestName(environment),
        logFile: options.logFile,
        signal: options.signal,
        logger: options.logger,
    });
}

;// CONCATENATED MODULE: ./src/pipeline/index.ts
// The pipeline of an inception.yml, in the pieces both the `inception` command and the root action run:
// bring up the compose file, build the images, run the tests on the environment's network.





/***/ }),

/***/ 84211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ whenAborted)
/* harmony export */ });
/** Settles with 'cancelled' once `signal` aborts (at once if it already has); never when there is none.
 * For `Promise.race` against the work the signal cancels. */
function whenAborted(signal) {
    return new Promise((resolve) => {
        if (!signal)
            return;
        if (signal.aborted)
            resolve('cancelled');
        else
            signal.addEventListener('abort', () => resolve('cancelled'), { once: true });
    });
}


/***/ })

};
