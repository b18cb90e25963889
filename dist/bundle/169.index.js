export const id = 169;
export const ids = [169];
export const modules = {

/***/ 77169:
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
// EXTERNAL MODULE: ./src/shared/cancel-on-signal.ts
var cancel_on_signal = __webpack_require__(76670);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/inception/index.ts + 1 modules
var inception = __webpack_require__(21351);
// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
;// CONCATENATED MODULE: ./src/cli/context.ts



async function createContext(options, logger, signal = new AbortController().signal) {
    const config = await (0,inception/* loadInceptionConfig */.i)(external_node_path_default().resolve(options.config));
    const docker = await (0,client/* connectDocker */.Z)();
    return { options, config, docker, logger, signal };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/docker/environment/index.ts + 17 modules
var docker_environment = __webpack_require__(97798);
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

;// CONCATENATED MODULE: ./src/cli/commands/down-all.ts





/**
 * `down --all`, from any folder, with or without an inception.yml: removes every environment of ours whose
 * runs are gone (killed, or finished with the environment left up) and says what it removed and what it
 * left: an environment whose run is still alive on this host is never touched.
 */
async function downAllCommand(options, logger) {
    const docker = await (0,client/* connectDocker */.Z)();
    const { removed, skipped } = await (0,docker_environment/* sweepLeftovers */.ZW)(docker, logger);
    for (const { environment, report } of removed) {
        logger.info(`removed ${environment}: ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
            `${report.volumes.length} volume(s)`);
    }
    for (const { environment, reason } of skipped)
        logger.info(`skipped ${environment}: ${reason}`);
    logger.info(`${removed.length} environment(s) removed, ${skipped.length} skipped`);
    const config = external_node_path_default().resolve(options.config);
    if ((0,external_node_fs_.existsSync)(config)) {
        const state = await readState(config);
        if (state && removed.some(({ environment }) => environment === state.environment))
            await clearState(config);
    }
    return removed.some(({ report }) => report.errors.length > 0) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli/commands/down.ts


/** Removes the environment `up` started, or the one named (--all is down-all.ts). */
async function downCommand(context) {
    const { docker, logger, config, options } = context;
    const state = await readState(config.file);
    const targets = new Set();
    if (options.name)
        targets.add(options.name);
    else if (state)
        targets.add(state.environment);
    if (targets.size === 0) {
        logger.info('no environment to remove (none started by `inception up` here; --all removes what gone runs left)');
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
// EXTERNAL MODULE: ./src/shared/labels.ts
var labels = __webpack_require__(44758);
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

// EXTERNAL MODULE: ./src/config/values/index.ts + 5 modules
var config_values = __webpack_require__(46435);
// EXTERNAL MODULE: ./src/shard/index.ts + 9 modules
var shard = __webpack_require__(32452);
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
// EXTERNAL MODULE: ./src/diagnostics/bundle/index.ts + 7 modules
var bundle = __webpack_require__(83253);
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
        await (0,diagnostics_docker/* collectDockerDiagnostics */.r)({ docker: context.docker, environment, outDir, logger: context.logger });
        if (cancelledWhile) {
            const why = (0,cancel_on_signal/* cancellationOf */.zg)(context.signal).message;
            await (0,bundle/* insertUnderTitle */.gZ)(new bundle/* BundleWriter */.UG(outDir, context.logger), [
                `**Cancelled**: ${why} ${cancelledWhile}.`,
                '',
            ]);
        }
    });
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
    const { config, docker, logger, options, signal } = context;
    const tests = (0,pipeline/* requireTests */.fH)(config);
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
  down               remove the environment (--all, from any folder: every environment inception left
                     on this engine whose run is gone; a running one's are never touched)
  shards             split test files across shards by JUnit timings (inception shards --help)

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
/** Commands that create things: a signal stops them and they remove what they made. The others keep the
 * default, so Ctrl-C ends them at once. */
const CANCELLABLE = new Set(['up', 'test']);
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
    if (argv[0] === 'shards')
        return runShards(argv.slice(1));
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
    const cancellation = CANCELLABLE.has(parsed.command)
        ? (0,cancel_on_signal/* cancelOnSignal */.qx)((message) => logger.warn(message))
        : undefined;
    try {
        // Works from any folder: it needs no inception.yml.
        if (parsed.command === 'down' && parsed.options.all)
            return await downAllCommand(parsed.options, logger);
        return await handler(await createContext(parsed.options, logger, cancellation?.signal));
    }
    catch (error) {
        const failure = (0,errors/* failureReport */.LK)(error);
        logger.error(failure.message);
        if (failure.stack)
            logger.debug(failure.stack);
        if (error instanceof errors/* CancelledError */.cc)
            return cancel_on_signal/* SIGNAL_EXIT_CODES */.td[error.signalName];
        // A mistake in the command line or in inception.yml: the usage-error code, as for unknown options.
        return error instanceof errors/* ConfigurationError */.j1 ? 2 : 1;
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
        const failure = (0,errors/* failureReport */.LK)(error);
        logger.error(failure.message);
        if (failure.stack)
            logger.debug(failure.stack);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts



/***/ })

};
