export const id = 330;
export const ids = [330];
export const modules = {

/***/ 29330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nX: () => (/* reexport */ discoverComposeFiles),
  RC: () => (/* reexport */ loadComposeFile),
  GZ: () => (/* reexport */ loadComposeFiles),
  q_: () => (/* reexport */ parseWaitStrategy)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/config/compose/variables/env-file.ts


const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', $: '$' };
/** `KEY=value` lines (optionally `export KEY=value`, quoted values), `# comments` and blank lines. */
function parseEnvFileText(text, file) {
    const entries = {};
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        const where = `${file}:${index + 1}`;
        const match = /^(?:export\s+)?([^\s=#]+)\s*(?:=(.*))?$/.exec(line);
        if (!match)
            throw new errors/* ConfigurationError */.j1(`${where}: ${JSON.stringify(raw)} is not KEY=value`);
        const key = match[1];
        entries[key] = match[2] === undefined ? undefined : readEnvValue(match[2].trim(), where);
    });
    return entries;
}
function readEnvValue(text, where) {
    const quote = text[0];
    if (quote !== '"' && quote !== "'")
        return text.replace(/\s+#.*$/, '');
    let value = '';
    for (let i = 1; i < text.length; i++) {
        const char = text[i];
        if (char === quote) {
            const rest = text.slice(i + 1).trim();
            if (rest && !rest.startsWith('#'))
                throw new errors/* ConfigurationError */.j1(`${where}: unexpected text after the closing quote`);
            return value;
        }
        if (quote === '"' && char === '\\' && i + 1 < text.length)
            value += ESCAPES[text[++i]] ?? `\\${text[i]}`;
        else
            value += char;
    }
    throw new errors/* ConfigurationError */.j1(`${where}: unterminated ${quote} quote`);
}
function readEnvFile(path, shownAs, where) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j1(code === 'ENOENT'
            ? `${where}: env file ${shownAs} does not exist`
            : `${where}: cannot read env file ${shownAs} (${code})`);
    }
    return parseEnvFileText(text, shownAs);
}

;// CONCATENATED MODULE: ./src/config/compose/files/discover.ts




const DEFAULT_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
/** The files `docker compose` reads in `dir` without `-f`: COMPOSE_FILE (from the variables or `.env`,
 * separated by COMPOSE_PATH_SEPARATOR or the OS's path separator), else the first default name there. */
function discoverComposeFiles(dir, env = process.env) {
    const dotEnvPath = (0,external_node_path_.join)(dir, '.env');
    const dotEnv = (0,external_node_fs_.existsSync)(dotEnvPath) ? parseEnvFileText((0,external_node_fs_.readFileSync)(dotEnvPath, 'utf8'), dotEnvPath) : {};
    const lookup = (name) => env[name] ?? dotEnv[name];
    const listed = lookup('COMPOSE_FILE');
    if (listed) {
        const separator = lookup('COMPOSE_PATH_SEPARATOR') || external_node_path_.delimiter;
        return listed
            .split(separator)
            .filter(Boolean)
            .map((file) => (0,external_node_path_.resolve)(dir, file));
    }
    const found = DEFAULT_NAMES.find((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name)));
    if (!found)
        throw new errors/* ConfigurationError */.j1(`no compose file in ${dir}: write ${DEFAULT_NAMES.join(', ')}, set COMPOSE_FILE, or give -f`);
    return [(0,external_node_path_.join)(dir, found)];
}

// EXTERNAL MODULE: ./src/config/values/index.ts + 5 modules
var values = __webpack_require__(46435);
;// CONCATENATED MODULE: ./src/config/compose/files/locations.ts
/** A document's 1-based lines as `file:line` locations, its paths under `prefix` (for included parts). */
function fileLocations(lines, file) {
    return new Map([...lines].map(([path, line]) => [path, `${file}:${line}`]));
}
/** The location of a path, or of its nearest ancestor that a file spells out. */
function locate(locations, path, fallback) {
    let current = path;
    for (;;) {
        const found = locations.get(current);
        if (found !== undefined)
            return found;
        const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
        if (cut <= 0)
            return fallback;
        current = current.slice(0, cut);
    }
}
/** Copies the locations under `from` to `to` (a service extended under another name), keeping those set. */
function renameLocations(locations, source, from, to) {
    for (const [path, where] of source) {
        if (path !== from && !path.startsWith(`${from}.`) && !path.startsWith(`${from}[`))
            continue;
        const renamed = to + path.slice(from.length);
        if (!locations.has(renamed))
            locations.set(renamed, where);
    }
}

;// CONCATENATED MODULE: ./src/config/compose/context.ts



/** What every part of the compose loader needs: where things are, the variables, the warnings so far. */
class ComposeContext {
    file;
    dir;
    locations;
    env;
    warnings = [];
    /** Named volumes declared at the top level. */
    namedVolumes = new Set();
    declaredNetworks = [];
    declaredSecrets = [];
    declaredConfigs = [];
    at = (path) => `${this.lineAt(path)}: ${path}`;
    constructor(
    /** The file as messages show it. */
    file, 
    /** Absolute folder of the file; relative paths in it resolve against this. */
    dir, locations, env) {
        this.file = file;
        this.dir = dir;
        this.locations = locations;
        this.env = env;
    }
    lineAt(path) {
        return locate(this.locations, path, `${this.file}:1`);
    }
    fail(path, message) {
        throw new errors/* ConfigurationError */.j1(`${this.at(path)}: ${message}`);
    }
    warn(path, message) {
        this.warnings.push(`${this.lineAt(path)}: ${message}`);
    }
    /** Warns about every key of `record` that is neither known nor an `x-` extension. */
    warnUnknownKeys(record, known, path, service) {
        for (const key of Object.keys(record)) {
            if (!known.includes(key) && !key.startsWith('x-'))
                this.warnUnsupported((0,values/* joinPath */.uJ)(path, key), service);
        }
    }
    warnUnsupported(path, service) {
        if (service === undefined) {
            this.warn(path, `key "${path}" is not supported by inception and is ignored`);
            return;
        }
        const key = path.slice(`services.${service}.`.length);
        this.warn(path, `service "${service}": key "${key}" is not supported by inception and is ignored`);
    }
}

;// CONCATENATED MODULE: ./src/config/compose/service/networks.ts

/** A service's `networks:` -> network -> its aliases on it. Each named network is the environment's own. */
function parseServiceNetworks(value, path, ctx, service, declared) {
    const networks = {};
    const join = (name, where) => {
        if (name !== 'default' && !declared.includes(name))
            ctx.fail(where, `service "${service}" joins network "${name}", which is not declared under the top-level "networks:"; add "${name}:" there`);
        networks[name] ??= [];
    };
    if (Array.isArray(value)) {
        (0,values/* readList */.LD)(value, path, ctx.at).forEach((item, index) => join((0,values/* readString */.E3)(item, `${path}[${index}]`, ctx.at), `${path}[${index}]`));
        return networks;
    }
    for (const [name, settings] of Object.entries((0,values/* readRecord */.aE)(value, path, ctx.at))) {
        const networkPath = `${path}.${name}`;
        join(name, networkPath);
        if (settings === null)
            continue;
        if (!(0,values/* isRecord */.u4)(settings))
            ctx.fail(networkPath, 'expected a mapping like { aliases: [api.local] }');
        ctx.warnUnknownKeys(settings, ['aliases'], networkPath, service);
        if (settings.aliases === undefined)
            continue;
        (0,values/* readList */.LD)(settings.aliases, `${networkPath}.aliases`, ctx.at).forEach((alias, index) => {
            const text = (0,values/* readString */.E3)(alias, `${networkPath}.aliases[${index}]`, ctx.at);
            if (!networks[name]?.includes(text))
                networks[name]?.push(text);
        });
    }
    return networks;
}
/** Top-level `networks:`: each is created per environment; only their driver settings are not kept. */
function checkTopLevelNetworks(value, path, ctx) {
    if (value === null)
        return;
    for (const [name, settings] of Object.entries((0,values/* readRecord */.aE)(value, path, ctx.at))) {
        if (name.startsWith('x-') || !(0,values/* isRecord */.u4)(settings) || settings.external)
            continue;
        const ignored = Object.keys(settings).filter((key) => key !== 'name' && key !== 'labels' && !key.startsWith('x-'));
        if (ignored.length) {
            ctx.warn(`${path}.${name}`, `network "${name}": ${ignored.join(', ')} ignored; inception creates a bridge network per environment`);
        }
    }
}

;// CONCATENATED MODULE: ./src/config/compose/service/build.ts


const KEYS = ['context', 'dockerfile', 'args', 'target'];
/** `build: ./dir` or `build: { context, dockerfile, args, target }`; the context becomes absolute. */
function parseBuild(value, path, ctx, service) {
    if (typeof value === 'string')
        return { context: readContext(value, path, ctx), dockerfile: 'Dockerfile', args: {} };
    const record = (0,values/* readRecord */.aE)(value, path, ctx.at);
    ctx.warnUnknownKeys(record, KEYS, path, service);
    const build = {
        context: readContext(record.context === undefined ? '.' : (0,values/* readString */.E3)(record.context, `${path}.context`, ctx.at), `${path}.context`, ctx),
        dockerfile: record.dockerfile === undefined
            ? 'Dockerfile'
            : (0,values/* readString */.E3)(record.dockerfile, `${path}.dockerfile`, ctx.at),
        args: record.args === undefined ? {} : (0,values/* readKeyValues */._Z)(record.args, `${path}.args`, ctx.at, ctx.env),
    };
    if (record.target !== undefined)
        build.target = (0,values/* readString */.E3)(record.target, `${path}.target`, ctx.at);
    return build;
}
function readContext(context, path, ctx) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@')) {
        ctx.fail(path, `a remote build context ("${context}") is not supported; clone it and point "context" at the folder`);
    }
    return (0,external_node_path_.resolve)(ctx.dir, context);
}

;// CONCATENATED MODULE: ./src/config/compose/service/depends-on.ts

const CONDITIONS = [
    'service_started',
    'service_healthy',
    'service_completed_successfully',
];
const depends_on_KEYS = ['condition', 'required', 'restart'];
/** `depends_on: [a, b]` (service_started) or `depends_on: { a: { condition } }`. */
function parseDependsOn(value, path, ctx, service) {
    const result = { conditions: {}, paths: {}, optional: [] };
    if (Array.isArray(value)) {
        value.forEach((item, index) => {
            const name = (0,values/* readString */.E3)(item, `${path}[${index}]`, ctx.at);
            result.conditions[name] = 'service_started';
            result.paths[name] = `${path}[${index}]`;
        });
        return result;
    }
    for (const [name, entry] of Object.entries((0,values/* readRecord */.aE)(value, path, ctx.at))) {
        const entryPath = `${path}.${name}`;
        result.paths[name] = entryPath;
        result.conditions[name] =
            entry === null ? 'service_started' : parseCondition(entry, entryPath, ctx, service);
        if ((0,values/* isRecord */.u4)(entry) &&
            entry.required !== undefined &&
            !(0,values/* readBoolean */.Vf)(entry.required, `${entryPath}.required`, ctx.at))
            result.optional.push(name);
    }
    return result;
}
function parseCondition(entry, path, ctx, service) {
    if (!(0,values/* isRecord */.u4)(entry))
        return ctx.fail(path, `expected a mapping like { condition: service_healthy }`);
    ctx.warnUnknownKeys(entry, depends_on_KEYS, path, service);
    if (entry.required !== undefined)
        (0,values/* readBoolean */.Vf)(entry.required, `${path}.required`, ctx.at);
    if (entry.restart !== undefined)
        (0,values/* readBoolean */.Vf)(entry.restart, `${path}.restart`, ctx.at);
    if (entry.condition === undefined)
        return 'service_started';
    const condition = (0,values/* readString */.E3)(entry.condition, `${path}.condition`, ctx.at);
    if (!CONDITIONS.includes(condition)) {
        ctx.fail(`${path}.condition`, `unknown condition "${condition}"; use ${CONDITIONS.join(', ')}`);
    }
    return condition;
}

;// CONCATENATED MODULE: ./src/config/compose/service/healthcheck.ts


const healthcheck_KEYS = ['test', 'interval', 'timeout', 'retries', 'start_period', 'disable'];
const TEST_FORMS = ['CMD', 'CMD-SHELL', 'NONE'];
/** `healthcheck:` in Docker's form; `disable: true` and `test: ["NONE"]` give `['NONE']`. */
function parseHealthcheck(value, path, ctx, service) {
    const record = (0,values/* readRecord */.aE)(value, path, ctx.at);
    ctx.warnUnknownKeys(record, healthcheck_KEYS, path, service);
    if (record.disable !== undefined && (0,values/* readBoolean */.Vf)(record.disable, `${path}.disable`, ctx.at))
        return { test: ['NONE'] };
    const spec = {
        test: record.test === undefined ? [] : parseTest(record.test, `${path}.test`, ctx),
    };
    const duration = (key) => (0,values/* parseDuration */.E9)(record[key], ctx.at(`${path}.${key}`));
    if (record.interval !== undefined)
        spec.intervalMs = duration('interval');
    if (record.timeout !== undefined)
        spec.timeoutMs = duration('timeout');
    if (record.start_period !== undefined)
        spec.startPeriodMs = duration('start_period');
    if (record.retries !== undefined)
        spec.retries = (0,values/* readInteger */.JI)(record.retries, `${path}.retries`, ctx.at, 0, 1_000_000);
    return spec;
}
function parseTest(value, path, ctx) {
    if (typeof value === 'string')
        return ['CMD-SHELL', value];
    if (!Array.isArray(value))
        return ctx.fail(path, `expected a command string or a list like ["CMD", "curl", "-f", "http://localhost"]`);
    const test = value.map((item, index) => (0,values/* readString */.E3)(item, `${path}[${index}]`, ctx.at));
    if (!TEST_FORMS.includes(test[0] ?? '')) {
        ctx.fail(path, `a list must start with "CMD", "CMD-SHELL" or "NONE", e.g. ["CMD", "pg_isready"]`);
    }
    if (test[0] !== 'NONE' && test.length < 2)
        ctx.fail(path, `"${test[0]}" needs a command after it`);
    return test;
}

;// CONCATENATED MODULE: ./src/config/compose/service/file-mounts.ts

/** A service's `secrets:` (at /run/secrets/<name> unless a target is given) or `configs:` (at /<name>). */
function parseFileMounts(value, path, ctx, kind, declared) {
    return (0,values/* readList */.LD)(value, path, ctx.at).map((item, index) => {
        const itemPath = `${path}[${index}]`;
        const record = (0,values/* isRecord */.u4)(item) ? item : { source: item };
        const source = (0,values/* readString */.E3)(record.source, (0,values/* isRecord */.u4)(item) ? `${itemPath}.source` : itemPath, ctx.at);
        if (!declared.includes(source))
            ctx.fail(itemPath, `${kind.slice(0, -1)} "${source}" is not declared under the top-level "${kind}:"; declare it with a file, environment${kind === 'configs' ? ' or content' : ''}`);
        const written = record.target === undefined ? undefined : (0,values/* readString */.E3)(record.target, `${itemPath}.target`, ctx.at);
        const target = kind === 'secrets'
            ? written === undefined
                ? `/run/secrets/${source}`
                : written.startsWith('/')
                    ? written
                    : `/run/secrets/${written}`
            : (written ?? `/${source}`);
        const mount = { source, target };
        if (record.uid !== undefined)
            mount.uid = (0,values/* readString */.E3)(record.uid, `${itemPath}.uid`, ctx.at);
        if (record.gid !== undefined)
            mount.gid = (0,values/* readString */.E3)(record.gid, `${itemPath}.gid`, ctx.at);
        if (record.mode !== undefined)
            mount.mode = (0,values/* readInteger */.JI)(record.mode, `${itemPath}.mode`, ctx.at, 0, 0o7777);
        return mount;
    });
}

;// CONCATENATED MODULE: ./src/config/compose/service/network-mode.ts

/** `network_mode`: `service:x`, `container:x`, `host`, `none`; `bridge`/`default` is the environment's network. */
function parseNetworkMode(value, path, ctx) {
    const mode = (0,values/* readString */.E3)(value, path, ctx.at);
    if (mode === 'host' || mode === 'none')
        return { kind: mode };
    if (mode === 'bridge' || mode === 'default')
        return undefined;
    const match = /^(service|container):(.+)$/.exec(mode);
    if (!match)
        return ctx.fail(path, `"${mode}" is not a network mode; use service:NAME, container:NAME, host or none`);
    return { kind: match[1], target: match[2] };
}
/** `volumes_from: [service, service:ro]`; `container:x` names a container outside the project. */
function parseVolumesFrom(value, path, ctx) {
    return (0,values/* readList */.LD)(value, path, ctx.at).map((item, index) => {
        const itemPath = `${path}[${index}]`;
        const parts = (0,values/* readString */.E3)(item, itemPath, ctx.at).split(':');
        if (parts[0] === 'container')
            ctx.fail(itemPath, `volumes from container "${parts[1]}" outside the environment are not supported; name a service`);
        return { service: parts[0], readOnly: parts[1] === 'ro' };
    });
}
/** `links: [db, db:database]`: the service is reachable under the alias too. */
function parseLinks(value, path, ctx) {
    return (0,values/* readList */.LD)(value, path, ctx.at).map((item, index) => {
        const [service = '', alias = service] = (0,values/* readString */.E3)(item, `${path}[${index}]`, ctx.at).split(':');
        return { service, alias };
    });
}

;// CONCATENATED MODULE: ./src/config/compose/service/resource-limits.ts

const BYTE_UNITS = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/** `256m`, `1g`, `512M`, `1024kb`, `1.5g` or a number of bytes -> bytes (binary units, as Docker reads them). */
function parseByteSize(value, where) {
    const match = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(value) : null;
    if (typeof value === 'number' && Number.isInteger(value) && value > 0)
        return value;
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`${where}: ${JSON.stringify(value)} is not a size; write e.g. "512m", "1g" or a number of bytes`);
    }
    const bytes = Math.round(Number(match[1]) * BYTE_UNITS[match[2].toLowerCase()]);
    if (bytes <= 0)
        throw new errors/* ConfigurationError */.j1(`${where}: the size must be more than 0`);
    return bytes;
}
/** `"0.5"` or `1.5` CPUs -> nano CPUs. */
function parseNanoCpus(value, where) {
    const cpus = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
    if (typeof cpus !== 'number' || !Number.isFinite(cpus) || cpus <= 0) {
        throw new errors/* ConfigurationError */.j1(`${where}: ${JSON.stringify(value)} is not a number of CPUs; write e.g. "0.5" or 2`);
    }
    return Math.round(cpus * 1e9);
}

;// CONCATENATED MODULE: ./src/config/compose/service/runtime.ts


const RUNTIME_KEYS = [
    'init',
    'privileged',
    'read_only',
    'tty',
    'stdin_open',
    'cap_add',
    'cap_drop',
    'security_opt',
    'ulimits',
    'sysctls',
    'extra_hosts',
    'dns',
    'dns_search',
    'dns_opt',
    'devices',
    'group_add',
    'shm_size',
    'restart',
    'platform',
    'stop_signal',
    'stop_grace_period',
    'pid',
    'ipc',
    'pull_policy',
];
const RESTART = /^(no|always|unless-stopped|on-failure(:\d+)?)$/;
const PULL_POLICIES = ['always', 'never', 'missing', 'if_not_present', 'build', 'daily', 'weekly'];
/** The keys that set how the container runs, as the Engine API takes them. */
function parseRuntime(raw, path, ctx) {
    const at = (key) => `${path}.${key}`;
    const has = (key) => raw[key] !== undefined && raw[key] !== null;
    const flag = (key) => (has(key) ? (0,values/* readBoolean */.Vf)(raw[key], at(key), ctx.at) : undefined);
    const text = (key) => (has(key) ? (0,values/* readString */.E3)(raw[key], at(key), ctx.at) : undefined);
    const list = (key) => (has(key) ? (0,values/* readStringOrList */.pU)(raw[key], at(key), ctx.at) : []);
    const runtime = {
        capAdd: list('cap_add'),
        capDrop: list('cap_drop'),
        securityOpt: list('security_opt'),
        ulimits: has('ulimits') ? parseUlimits(raw.ulimits, at('ulimits'), ctx) : [],
        sysctls: has('sysctls') ? (0,values/* readKeyValues */._Z)(raw.sysctls, at('sysctls'), ctx.at) : {},
        extraHosts: has('extra_hosts') ? parseExtraHosts(raw.extra_hosts, at('extra_hosts'), ctx) : [],
        dns: list('dns'),
        dnsSearch: list('dns_search'),
        dnsOpt: list('dns_opt'),
        devices: has('devices') ? parseDevices(raw.devices, at('devices'), ctx) : [],
        groupAdd: list('group_add'),
    };
    const set = (key, value) => {
        if (value !== undefined)
            runtime[key] = value;
    };
    set('init', flag('init'));
    set('privileged', flag('privileged'));
    set('readOnly', flag('read_only'));
    set('tty', flag('tty'));
    set('stdinOpen', flag('stdin_open'));
    set('platform', text('platform'));
    set('stopSignal', text('stop_signal'));
    set('pid', text('pid'));
    set('ipc', text('ipc'));
    if (has('shm_size'))
        runtime.shmSizeBytes = parseByteSize(raw.shm_size, ctx.at(at('shm_size')));
    if (has('stop_grace_period'))
        runtime.stopGraceMs = (0,values/* parseDuration */.E9)(raw.stop_grace_period, ctx.at(at('stop_grace_period')));
    const restart = text('restart');
    if (restart !== undefined) {
        if (!RESTART.test(restart))
            ctx.fail(at('restart'), `"${restart}" is not a restart policy; use no, always, unless-stopped or on-failure[:N]`);
        runtime.restart = restart;
    }
    const pull = text('pull_policy');
    if (pull !== undefined) {
        if (!PULL_POLICIES.includes(pull) && !/^every_/.test(pull))
            ctx.fail(at('pull_policy'), `"${pull}" is not a pull policy; use ${PULL_POLICIES.join(', ')}`);
        runtime.pullPolicy = pull;
    }
    return runtime;
}
function parseUlimits(value, path, ctx) {
    return Object.entries((0,values/* readRecord */.aE)(value, path, ctx.at)).map(([name, limit]) => {
        const limitPath = `${path}.${name}`;
        const number = (item, where) => (0,values/* readInteger */.JI)(item, where, ctx.at, -1, Number.MAX_SAFE_INTEGER);
        if (!(0,values/* isRecord */.u4)(limit)) {
            const both = number(limit, limitPath);
            return { name, soft: both, hard: both };
        }
        return {
            name,
            soft: number(limit.soft, `${limitPath}.soft`),
            hard: number(limit.hard, `${limitPath}.hard`),
        };
    });
}
/** `host:ip`, `host=ip` or `{host: ip}` -> Docker's `host:ip`. */
function parseExtraHosts(value, path, ctx) {
    if ((0,values/* isRecord */.u4)(value)) {
        return Object.entries(value).flatMap(([host, ip]) => (Array.isArray(ip) ? ip : [ip]).map((one) => `${host}:${(0,values/* readString */.E3)(one, `${path}.${host}`, ctx.at)}`));
    }
    return (0,values/* readList */.LD)(value, path, ctx.at).map((item, index) => {
        const entry = (0,values/* readString */.E3)(item, `${path}[${index}]`, ctx.at);
        const separator = entry.includes('=') ? '=' : ':';
        const cut = entry.indexOf(separator);
        if (cut <= 0)
            ctx.fail(`${path}[${index}]`, `"${entry}" is not host:ip or host=ip`);
        return `${entry.slice(0, cut)}:${entry.slice(cut + 1)}`;
    });
}
function parseDevices(value, path, ctx) {
    return (0,values/* readList */.LD)(value, path, ctx.at).map((item, index) => {
        const itemPath = `${path}[${index}]`;
        if ((0,values/* isRecord */.u4)(item)) {
            const source = (0,values/* readString */.E3)(item.source, `${itemPath}.source`, ctx.at);
            const target = item.target === undefined ? source : (0,values/* readString */.E3)(item.target, `${itemPath}.target`, ctx.at);
            const permissions = item.permissions === undefined
                ? 'rwm'
                : (0,values/* readString */.E3)(item.permissions, `${itemPath}.permissions`, ctx.at);
            return { source, target, permissions };
        }
        const [source = '', target = source, permissions = 'rwm'] = (0,values/* readString */.E3)(item, itemPath, ctx.at).split(':');
        return { source, target, permissions };
    });
}

;// CONCATENATED MODULE: ./src/config/compose/service/ports.ts

const SHORT_FORM_HINT = 'write "8080", "8080:80" or "127.0.0.1:8080:80"';
const LONG_FORM_KEYS = ['target', 'published', 'protocol', 'host_ip', 'mode', 'name', 'app_protocol'];
/** `ports:` short (`[ip:][host:]container[/protocol]`, ranges expand pairwise) and long forms. */
function parsePorts(value, path, ctx, service) {
    return (0,values/* readList */.LD)(value, path, ctx.at).flatMap((item, index) => {
        const itemPath = `${path}[${index}]`;
        if ((0,values/* isRecord */.u4)(item))
            return [parseLongPort(item, itemPath, ctx, service)];
        if (typeof item !== 'string' && typeof item !== 'number') {
            return ctx.fail(itemPath, `${JSON.stringify(item)} is not a port; ${SHORT_FORM_HINT}`);
        }
        return parseShortPort(String(item), itemPath, ctx);
    });
}
/** `expose:` container ports, optionally `/tcp`/`/udp` and ranges. */
function parseExpose(value, path, ctx) {
    return (0,values/* readList */.LD)(value, path, ctx.at).flatMap((item, index) => {
        const itemPath = `${path}[${index}]`;
        const text = (0,values/* readString */.E3)(item, itemPath, ctx.at).replace(/\/(tcp|udp)$/, '');
        const range = parseRange(text);
        if (!range)
            return ctx.fail(itemPath, `${JSON.stringify(item)} is not a port; write e.g. "8080" or "8080/udp"`);
        return range;
    });
}
function parseShortPort(text, path, ctx) {
    const bad = () => ctx.fail(path, `${JSON.stringify(text)} is not a port; ${SHORT_FORM_HINT}`);
    let rest = text.trim();
    let protocol = 'tcp';
    const slash = rest.lastIndexOf('/');
    if (slash >= 0) {
        const written = rest.slice(slash + 1);
        if (written !== 'tcp' && written !== 'udp')
            ctx.fail(path, `protocol "${written}" is not supported; use tcp or udp`);
        protocol = written;
        rest = rest.slice(0, slash);
    }
    let hostIp;
    const bracketed = /^\[([^\]]+)\]:(.*)$/.exec(rest);
    if (bracketed) {
        hostIp = bracketed[1];
        rest = bracketed[2];
    }
    const parts = rest.split(':');
    if (parts.length > 3 || (hostIp !== undefined && parts.length !== 2))
        return bad();
    if (parts.length === 3)
        hostIp = parts.shift();
    const containerPorts = parseRange(parts.pop()) ?? bad();
    const hostText = parts.pop();
    if (hostIp === '')
        return bad();
    const hostPorts = hostText ? (parseRange(hostText) ?? bad()) : undefined;
    if (hostPorts && hostPorts.length !== containerPorts.length) {
        return ctx.fail(path, `"${text}" maps ${hostPorts.length} host ports to ${containerPorts.length} container ports; the ranges must be the same length`);
    }
    return containerPorts.map((containerPort, index) => {
        const port = { containerPort, protocol };
        if (hostPorts)
            port.hostPort = hostPorts[index];
        if (hostIp !== undefined)
            port.hostIp = hostIp;
        return port;
    });
}
/** `8080` or `8000-8010`; undefined when it is neither. */
function parseRange(text) {
    const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
    if (!match)
        return undefined;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (first < 1 || last > 65535 || last < first)
        return undefined;
    return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
function parseLongPort(item, path, ctx, service) {
    ctx.warnUnknownKeys(item, LONG_FORM_KEYS, path, service);
    if (item.target === undefined)
        ctx.fail(path, 'the long form needs "target" (the container port)');
    const port = { containerPort: (0,values/* readPort */.Sr)(item.target, `${path}.target`, ctx.at), protocol: 'tcp' };
    if (item.published !== undefined && item.published !== '') {
        port.hostPort = (0,values/* readInteger */.JI)(item.published, `${path}.published`, ctx.at, 1, 65535);
    }
    if (item.protocol !== undefined) {
        const protocol = (0,values/* readString */.E3)(item.protocol, `${path}.protocol`, ctx.at);
        if (protocol !== 'tcp' && protocol !== 'udp') {
            ctx.fail(`${path}.protocol`, `protocol "${protocol}" is not supported; use tcp or udp`);
        }
        port.protocol = protocol;
    }
    if (item.host_ip !== undefined)
        port.hostIp = (0,values/* readString */.E3)(item.host_ip, `${path}.host_ip`, ctx.at);
    return port;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/config/compose/service/volumes.ts




const volumes_LONG_FORM_KEYS = ['type', 'source', 'target', 'read_only', 'bind', 'volume', 'tmpfs', 'consistency'];
/** Options of the short form that change nothing for us (SELinux labels, copy and consistency hints). */
const HARMLESS_OPTIONS = ['rw', 'z', 'Z', 'nocopy', 'cached', 'delegated', 'consistent'];
/** `volumes:` of a service: `name:/path[:ro]`, `./rel:/path`, `/abs:/path`, or the long form. */
function parseServiceVolumes(value, path, ctx, service) {
    const result = { volumes: [], tmpfs: [] };
    (0,values/* readList */.LD)(value, path, ctx.at).forEach((item, index) => {
        const itemPath = `${path}[${index}]`;
        if ((0,values/* isRecord */.u4)(item))
            parseLongVolume(item, itemPath, ctx, service, result);
        else
            result.volumes.push(parseShortVolume((0,values/* readString */.E3)(item, itemPath, ctx.at), itemPath, ctx));
    });
    return result;
}
function parseShortVolume(text, path, ctx) {
    const parts = text.split(':');
    if (parts.length === 1)
        return mount('', text, false, path, ctx);
    if (parts.length > 3)
        ctx.fail(path, `"${text}" is not a volume; write "name:/path", "./dir:/path" or "/abs:/path", optionally with ":ro"`);
    const [source, target, options] = parts;
    let readOnly = false;
    for (const option of options?.split(',') ?? []) {
        if (option === 'ro')
            readOnly = true;
        else if (!HARMLESS_OPTIONS.includes(option))
            ctx.fail(path, `volume option "${option}" is not supported; use ro or rw`);
    }
    const volume = mount(source, target, readOnly, path, ctx);
    // The short form creates a missing host folder, as the engine's -v does.
    if (volume.type === 'bind')
        volume.createHostPath = true;
    return volume;
}
function parseLongVolume(item, path, ctx, service, result) {
    ctx.warnUnknownKeys(item, volumes_LONG_FORM_KEYS, path, service);
    const type = item.type === undefined ? undefined : (0,values/* readString */.E3)(item.type, `${path}.type`, ctx.at);
    if (item.target === undefined)
        ctx.fail(path, 'the long form needs "target" (the path in the container)');
    const target = (0,values/* readString */.E3)(item.target, `${path}.target`, ctx.at);
    if (type === 'tmpfs') {
        const options = item.tmpfs === undefined ? {} : (0,values/* readRecord */.aE)(item.tmpfs, `${path}.tmpfs`, ctx.at);
        const settings = [];
        if (options.size !== undefined)
            settings.push(`size=${parseByteSize(options.size, ctx.at(`${path}.tmpfs.size`))}`);
        if (options.mode !== undefined) {
            const mode = typeof options.mode === 'number'
                ? options.mode.toString(8)
                : (0,values/* readString */.E3)(options.mode, `${path}.tmpfs.mode`, ctx.at);
            settings.push(`mode=${mode}`);
        }
        result.tmpfs.push(settings.length ? `${target}:${settings.join(',')}` : target);
        return;
    }
    if (type !== undefined && type !== 'volume' && type !== 'bind') {
        ctx.fail(`${path}.type`, `type "${type}" is not supported; use volume, bind or tmpfs`);
    }
    if (item.source === undefined && type === 'bind')
        ctx.fail(path, `the long form of a bind needs "source" (a host path)`);
    const source = item.source === undefined ? '' : (0,values/* readString */.E3)(item.source, `${path}.source`, ctx.at);
    const readOnly = item.read_only === undefined ? false : (0,values/* readBoolean */.Vf)(item.read_only, `${path}.read_only`, ctx.at);
    if (type === 'volume' && source && sourceType(source) !== type)
        ctx.fail(`${path}.source`, `"${source}" does not fit type volume; give a volume name`);
    const volume = mount(source, target, readOnly, path, ctx, type === 'bind');
    const bind = (0,values/* isRecord */.u4)(item.bind) ? item.bind : {};
    if (bind.create_host_path !== undefined)
        volume.createHostPath = (0,values/* readBoolean */.Vf)(bind.create_host_path, `${path}.bind.create_host_path`, ctx.at);
    const options = (0,values/* isRecord */.u4)(item.volume) ? item.volume : {};
    if (options.subpath !== undefined)
        volume.subpath = (0,values/* readString */.E3)(options.subpath, `${path}.volume.subpath`, ctx.at);
    if (options.nocopy !== undefined)
        volume.noCopy = (0,values/* readBoolean */.Vf)(options.nocopy, `${path}.volume.nocopy`, ctx.at);
    result.volumes.push(volume);
}
function sourceType(source) {
    return source.startsWith('~') || source.startsWith('.') || (0,external_node_path_.isAbsolute)(source) ? 'bind' : 'volume';
}
function mount(source, target, readOnly, path, ctx, bind = false) {
    if (!target.startsWith('/'))
        ctx.fail(path, `the container path "${target}" must be absolute`);
    if (!source)
        return { type: 'volume', source, target, readOnly };
    if (bind || sourceType(source) === 'bind') {
        const absolute = source.startsWith('~') ? (0,external_node_os_.homedir)() + source.slice(1) : (0,external_node_path_.resolve)(ctx.dir, source);
        return { type: 'bind', source: absolute, target, readOnly };
    }
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(source))
        ctx.fail(path, `"${source}" is neither a volume name nor a path`);
    if (!ctx.namedVolumes.has(source)) {
        ctx.fail(path, `volume "${source}" is not declared under the top-level "volumes:"; add "${source}:" there, or write "./${source}" to mount a folder`);
    }
    return { type: 'volume', source, target, readOnly };
}

;// CONCATENATED MODULE: ./src/config/compose/service/wait-strategy.ts


const STRATEGIES = ['http', 'tcp', 'log', 'exit', 'running', 'healthy', 'started'];
/**
 * Our `wait:` extension (compose `x-inception.wait`, action input `wait`): exactly one of
 * `http`, `tcp`, `log`, `exit`, `running`, `healthy`, `started`. `where` names the value in error messages;
 * `at` lets the compose loader prefix `file:line:`.
 */
function parseWaitStrategy(value, where, at = values/* plainLocator */.VV) {
    if (value === 'healthy' || value === 'started')
        return { kind: value };
    if (!(0,values/* isRecord */.u4)(value)) {
        return (0,values/* fail */.fJ)(at, where, `expected a mapping with one of ${STRATEGIES.join(', ')}, got ${(0,values/* describeValue */.bp)(value)}`);
    }
    const keys = Object.keys(value);
    if (keys.length !== 1) {
        const found = keys.length ? `found ${keys.join(', ')}` : 'found none';
        return (0,values/* fail */.fJ)(at, where, `give exactly one wait strategy (${STRATEGIES.join(', ')}); ${found}`);
    }
    const key = keys[0];
    if (!STRATEGIES.includes(key)) {
        return (0,values/* fail */.fJ)(at, `${where}.${key}`, `unknown wait strategy "${key}";${didYouMean(key, STRATEGIES)} use one of ${STRATEGIES.join(', ')}`);
    }
    return PARSERS[key](value[key], `${where}.${key}`, at);
}
const PARSERS = {
    http(value, path, at) {
        if (!(0,values/* isRecord */.u4)(value))
            return { kind: 'http', port: (0,values/* readPort */.Sr)(value, path, at), path: '/', status: [200], scheme: 'http' };
        rejectUnknownKeys(value, ['port', 'path', 'status', 'body', 'scheme'], path, at);
        if (value.port === undefined)
            (0,values/* fail */.fJ)(at, path, 'needs a port, e.g. { port: 8080, path: /healthz }');
        const strategy = {
            kind: 'http',
            port: (0,values/* readPort */.Sr)(value.port, `${path}.port`, at),
            path: value.path === undefined ? '/' : readHttpPath(value.path, `${path}.path`, at),
            status: value.status === undefined ? [200] : readStatuses(value.status, `${path}.status`, at),
            scheme: value.scheme === undefined ? 'http' : readScheme(value.scheme, `${path}.scheme`, at),
        };
        if (value.body !== undefined)
            strategy.body = readRegex(value.body, `${path}.body`, at);
        return strategy;
    },
    tcp(value, path, at) {
        if (!(0,values/* isRecord */.u4)(value))
            return { kind: 'tcp', port: (0,values/* readPort */.Sr)(value, path, at) };
        rejectUnknownKeys(value, ['port'], path, at);
        return { kind: 'tcp', port: (0,values/* readPort */.Sr)(value.port, `${path}.port`, at) };
    },
    log(value, path, at) {
        if (!(0,values/* isRecord */.u4)(value))
            return { kind: 'log', pattern: readRegex(value, path, at), times: 1 };
        rejectUnknownKeys(value, ['pattern', 'times'], path, at);
        return {
            kind: 'log',
            pattern: readRegex(value.pattern, `${path}.pattern`, at),
            times: value.times === undefined ? 1 : (0,values/* readInteger */.JI)(value.times, `${path}.times`, at, 1, 1_000_000),
        };
    },
    exit: (value, path, at) => ({ kind: 'exit', code: (0,values/* readInteger */.JI)(value, path, at, 0, 255) }),
    running: (value, path, at) => ({ kind: 'running', forMs: (0,values/* parseDuration */.E9)(value, at(path)) }),
    healthy: (value, path, at) => ({ kind: readEnabled(value, path, at, 'healthy') }),
    started: (value, path, at) => ({ kind: readEnabled(value, path, at, 'started') }),
};
function rejectUnknownKeys(value, known, path, at) {
    for (const key of Object.keys(value)) {
        if (!known.includes(key))
            (0,values/* fail */.fJ)(at, `${path}.${key}`, `unknown key "${key}";${didYouMean(key, known)} use ${known.join(', ')}`);
    }
}
function didYouMean(key, known) {
    const guess = (0,values/* closestName */.Nf)(key, known);
    return guess ? ` did you mean "${guess}"?` : '';
}
function readEnabled(value, path, at, kind) {
    if (value === true || value === null)
        return kind;
    return (0,values/* fail */.fJ)(at, path, `write "${kind}: true" (got ${(0,values/* describeValue */.bp)(value)}); to wait another way, pick another strategy`);
}
function readRegex(value, path, at) {
    const pattern = (0,values/* readString */.E3)(value, path, at);
    if (!pattern)
        (0,values/* fail */.fJ)(at, path, 'the pattern is empty');
    try {
        new RegExp(pattern);
    }
    catch (error) {
        (0,values/* fail */.fJ)(at, path, `${JSON.stringify(pattern)} is not a valid regular expression (${error.message})`);
    }
    return pattern;
}
function readHttpPath(value, path, at) {
    const text = (0,values/* readString */.E3)(value, path, at);
    if (!text.startsWith('/'))
        (0,values/* fail */.fJ)(at, path, `${JSON.stringify(text)} must start with "/"`);
    return text;
}
function readStatuses(value, path, at) {
    const list = Array.isArray(value) ? (0,values/* readList */.LD)(value, path, at) : [value];
    if (!list.length)
        (0,values/* fail */.fJ)(at, path, 'give at least one status code');
    return list.map((item, index) => (0,values/* readInteger */.JI)(item, Array.isArray(value) ? `${path}[${index}]` : path, at, 100, 599));
}
function readScheme(value, path, at) {
    if (value === 'http' || value === 'https')
        return value;
    return (0,values/* fail */.fJ)(at, path, `expected "http" or "https", got ${(0,values/* describeValue */.bp)(value)}`);
}

;// CONCATENATED MODULE: ./src/config/compose/service/service.ts

















const DEFAULT_START_TIMEOUT_MS = 120_000;
const HONOURED_KEYS = [
    'image',
    'build',
    'command',
    'entrypoint',
    'environment',
    'env_file',
    'ports',
    'expose',
    'depends_on',
    'healthcheck',
    'tmpfs',
    'volumes',
    'working_dir',
    'user',
    'labels',
    'networks',
    'deploy',
    'mem_limit',
    'cpus',
    'profiles',
    'container_name',
    'hostname',
    'secrets',
    'configs',
    'network_mode',
    'volumes_from',
    'links',
    'scale',
    ...RUNTIME_KEYS,
];
function parseService(name, value, ctx) {
    const path = `services.${name}`;
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name)) {
        ctx.fail(path, `"${name}" is not a valid service name; use letters, digits, "_", "." and "-"`);
    }
    const raw = (0,values/* readRecord */.aE)(value, path, ctx.at);
    for (const key of Object.keys(raw)) {
        if (!HONOURED_KEYS.includes(key) && !key.startsWith('x-'))
            ctx.warnUnsupported(`${path}.${key}`, name);
    }
    const at = (key) => `${path}.${key}`;
    const has = (key) => raw[key] !== undefined && raw[key] !== null;
    const spec = {
        name,
        environment: parseEnvironment(raw, path, ctx),
        ports: has('ports') ? parsePorts(raw.ports, at('ports'), ctx, name) : [],
        expose: has('expose') ? parseExpose(raw.expose, at('expose'), ctx) : [],
        dependsOn: {},
        tmpfs: [],
        volumes: [],
        labels: has('labels') ? (0,values/* readKeyValues */._Z)(raw.labels, at('labels'), ctx.at) : {},
        aliases: [],
        networks: has('networks')
            ? parseServiceNetworks(raw.networks, at('networks'), ctx, name, ctx.declaredNetworks)
            : { default: [] },
        secrets: has('secrets')
            ? parseFileMounts(raw.secrets, at('secrets'), ctx, 'secrets', ctx.declaredSecrets)
            : [],
        configs: has('configs')
            ? parseFileMounts(raw.configs, at('configs'), ctx, 'configs', ctx.declaredConfigs)
            : [],
        volumesFrom: has('volumes_from') ? parseVolumesFrom(raw.volumes_from, at('volumes_from'), ctx) : [],
        links: has('links') ? parseLinks(raw.links, at('links'), ctx) : [],
        replicas: parseReplicas(raw, path, ctx),
        runtime: parseRuntime(raw, path, ctx),
        limits: parseLimits(raw, path, ctx, name),
        profiles: has('profiles') ? (0,values/* readStringOrList */.pU)(raw.profiles, at('profiles'), ctx.at) : [],
        wait: { kind: 'started' },
        startTimeoutMs: DEFAULT_START_TIMEOUT_MS,
    };
    spec.aliases = [...new Set(Object.values(spec.networks).flat())];
    if (has('network_mode')) {
        const mode = parseNetworkMode(raw.network_mode, at('network_mode'), ctx);
        if (mode)
            spec.networkMode = mode;
        if (mode && has('networks'))
            ctx.fail(at('network_mode'), `service "${name}" has both network_mode and networks; keep one`);
    }
    if (has('container_name'))
        spec.containerName = (0,values/* readString */.E3)(raw.container_name, at('container_name'), ctx.at);
    if (has('hostname'))
        spec.hostname = (0,values/* readString */.E3)(raw.hostname, at('hostname'), ctx.at);
    if (has('image'))
        spec.image = (0,values/* readString */.E3)(raw.image, at('image'), ctx.at);
    if (has('build'))
        spec.build = parseBuild(raw.build, at('build'), ctx, name);
    if (!spec.image && !spec.build)
        ctx.fail(path, `service "${name}" needs "image" or "build"`);
    if (has('command'))
        spec.command = parseCommand(raw.command, at('command'), ctx);
    if (has('entrypoint'))
        spec.entrypoint = parseCommand(raw.entrypoint, at('entrypoint'), ctx);
    if (has('healthcheck'))
        spec.healthcheck = parseHealthcheck(raw.healthcheck, at('healthcheck'), ctx, name);
    if (has('working_dir'))
        spec.workingDir = (0,values/* readString */.E3)(raw.working_dir, at('working_dir'), ctx.at);
    if (has('user'))
        spec.user = (0,values/* readString */.E3)(raw.user, at('user'), ctx.at);
    if (has('tmpfs'))
        spec.tmpfs = parseTmpfs(raw.tmpfs, at('tmpfs'), ctx);
    if (has('volumes')) {
        const volumes = parseServiceVolumes(raw.volumes, at('volumes'), ctx, name);
        spec.volumes = volumes.volumes;
        spec.tmpfs.push(...volumes.tmpfs);
    }
    const dependencies = has('depends_on')
        ? parseDependsOn(raw.depends_on, at('depends_on'), ctx, name)
        : { conditions: {}, paths: {}, optional: [] };
    spec.dependsOn = dependencies.conditions;
    // As compose: a service whose namespace, volumes or name another one uses starts first.
    const implied = [
        ...spec.links.map((link) => [link.service, at('links')]),
        ...spec.volumesFrom.map((from) => [from.service, at('volumes_from')]),
        ...(spec.networkMode?.kind === 'service'
            ? [[spec.networkMode.target, at('network_mode')]]
            : []),
    ];
    for (const [dependency, where] of implied) {
        if (spec.dependsOn[dependency])
            continue;
        spec.dependsOn[dependency] = 'service_started';
        dependencies.paths[dependency] = where;
    }
    const healthy = spec.healthcheck !== undefined && spec.healthcheck.test[0] !== 'NONE';
    spec.wait = healthy ? { kind: 'healthy' } : { kind: 'started' };
    if (has('x-inception'))
        applyInceptionExtension(raw['x-inception'], at('x-inception'), ctx, spec);
    return { spec, dependencies };
}
function parseCommand(value, path, ctx) {
    if (typeof value === 'string')
        return (0,values/* splitShellWords */.CQ)(value, ctx.at(path));
    return (0,values/* readList */.LD)(value, path, ctx.at).map((item, index) => (0,values/* readString */.E3)(item, `${path}[${index}]`, ctx.at));
}
/** `env_file` entries first, `environment` over them; a bare key takes its value from the variables. */
function parseEnvironment(raw, path, ctx) {
    const environment = {};
    if (raw.env_file !== undefined && raw.env_file !== null) {
        const filesPath = `${path}.env_file`;
        const files = Array.isArray(raw.env_file) ? raw.env_file : [raw.env_file];
        files.forEach((entry, index) => {
            const entryPath = Array.isArray(raw.env_file) ? `${filesPath}[${index}]` : filesPath;
            const record = (0,values/* isRecord */.u4)(entry) ? entry : { path: entry };
            const file = (0,values/* readString */.E3)(record.path, (0,values/* isRecord */.u4)(entry) ? `${entryPath}.path` : entryPath, ctx.at);
            const required = record.required === undefined || (0,values/* readBoolean */.Vf)(record.required, `${entryPath}.required`, ctx.at);
            const absolute = (0,external_node_path_.resolve)(ctx.dir, file);
            if (!required && !(0,external_node_fs_.existsSync)(absolute))
                return;
            const entries = readEnvFile(absolute, absolute, ctx.at(entryPath));
            for (const [key, fileValue] of Object.entries(entries)) {
                const value = fileValue ?? ctx.env(key);
                if (value !== undefined)
                    environment[key] = value;
            }
        });
    }
    if (raw.environment !== undefined && raw.environment !== null) {
        Object.assign(environment, (0,values/* readKeyValues */._Z)(raw.environment, `${path}.environment`, ctx.at, ctx.env));
    }
    return environment;
}
function parseTmpfs(value, path, ctx) {
    const entries = (0,values/* readStringOrList */.pU)(value, path, ctx.at);
    entries.forEach((entry, index) => {
        if (!entry.startsWith('/'))
            ctx.fail(Array.isArray(value) ? `${path}[${index}]` : path, `"${entry}" must be an absolute path`);
    });
    return entries;
}
function parseLimits(raw, path, ctx, service) {
    const limits = {};
    if (raw.cpus !== undefined)
        limits.nanoCpus = parseNanoCpus(raw.cpus, ctx.at(`${path}.cpus`));
    if (raw.mem_limit !== undefined)
        limits.memoryBytes = parseByteSize(raw.mem_limit, ctx.at(`${path}.mem_limit`));
    if (raw.deploy === undefined || raw.deploy === null)
        return limits;
    const deployPath = `${path}.deploy`;
    const deploy = (0,values/* readRecord */.aE)(raw.deploy, deployPath, ctx.at);
    ctx.warnUnknownKeys(deploy, ['resources', 'replicas'], deployPath, service);
    if (deploy.resources === undefined || deploy.resources === null)
        return limits;
    const resources = (0,values/* readRecord */.aE)(deploy.resources, `${deployPath}.resources`, ctx.at);
    ctx.warnUnknownKeys(resources, ['limits'], `${deployPath}.resources`, service);
    if (resources.limits === undefined || resources.limits === null)
        return limits;
    const limitsPath = `${deployPath}.resources.limits`;
    const written = (0,values/* readRecord */.aE)(resources.limits, limitsPath, ctx.at);
    ctx.warnUnknownKeys(written, ['cpus', 'memory'], limitsPath, service);
    if (written.cpus !== undefined)
        limits.nanoCpus = parseNanoCpus(written.cpus, ctx.at(`${limitsPath}.cpus`));
    if (written.memory !== undefined)
        limits.memoryBytes = parseByteSize(written.memory, ctx.at(`${limitsPath}.memory`));
    return limits;
}
/** `deploy.replicas` or `scale` (which wins, as in compose); 1 when neither is given. */
function parseReplicas(raw, path, ctx) {
    const deploy = (0,values/* isRecord */.u4)(raw.deploy) ? raw.deploy : {};
    if (raw.scale !== undefined && raw.scale !== null)
        return (0,values/* readInteger */.JI)(raw.scale, `${path}.scale`, ctx.at, 0, 100);
    if (deploy.replicas !== undefined && deploy.replicas !== null)
        return (0,values/* readInteger */.JI)(deploy.replicas, `${path}.deploy.replicas`, ctx.at, 0, 100);
    return 1;
}
/** `x-inception: { wait, timeout }`; our own extension, so a typo in it is an error, not a warning. */
function applyInceptionExtension(value, path, ctx, spec) {
    const extension = (0,values/* readRecord */.aE)(value, path, ctx.at);
    for (const key of Object.keys(extension)) {
        if (key !== 'wait' && key !== 'timeout')
            ctx.fail(`${path}.${key}`, `unknown key "${key}"; x-inception takes wait and timeout`);
    }
    if (extension.wait !== undefined)
        spec.wait = parseWaitStrategy(extension.wait, `${path}.wait`, ctx.at);
    if (extension.timeout !== undefined) {
        spec.startTimeoutMs = (0,values/* parseDuration */.E9)(extension.timeout, ctx.at(`${path}.timeout`));
        if (spec.startTimeoutMs <= 0)
            ctx.fail(`${path}.timeout`, 'the timeout must be more than 0');
    }
}

;// CONCATENATED MODULE: ./src/config/compose/project/dependency-graph.ts
/** The first dependency cycle found, as `[a, b, a]`, or undefined when there is none. */
function findCycle(dependencies) {
    const state = new Map();
    const stack = [];
    const visit = (node) => {
        if (state.get(node) === 'done')
            return undefined;
        if (state.get(node) === 'visiting')
            return [...stack.slice(stack.indexOf(node)), node];
        state.set(node, 'visiting');
        stack.push(node);
        for (const next of dependencies.get(node) ?? []) {
            const cycle = visit(next);
            if (cycle)
                return cycle;
        }
        stack.pop();
        state.set(node, 'done');
        return undefined;
    };
    for (const node of dependencies.keys()) {
        const cycle = visit(node);
        if (cycle)
            return cycle;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/compose/variables/interpolation.ts
/**
 * Compose variable interpolation: `$$`, `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?message}`, `${VAR?message}`, `${VAR:+replacement}`, `${VAR+replacement}`; defaults may nest.
 */
class InterpolationError extends Error {
}
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** Throws InterpolationError for `:?`/`?` on a missing value and for malformed templates; reports unset names. */
function interpolate(text, lookup, onUnset = () => { }) {
    let result = '';
    let i = 0;
    while (i < text.length) {
        const dollar = text.indexOf('$', i);
        if (dollar < 0) {
            result += text.slice(i);
            break;
        }
        result += text.slice(i, dollar);
        const next = text[dollar + 1];
        if (next === '$') {
            result += '$';
            i = dollar + 2;
        }
        else if (next === '{') {
            const close = matchingBrace(text, dollar + 1);
            if (close < 0)
                throw new InterpolationError(`unterminated "\${" in ${JSON.stringify(text)}`);
            result += expandBraced(text.slice(dollar + 2, close), lookup, onUnset);
            i = close + 1;
        }
        else {
            const name = NAME.exec(text.slice(dollar + 1))?.[0];
            // As compose: a "$" that starts no variable ("grep 'OK$'", "5$") stays as it is.
            if (!name) {
                result += '$';
                i = dollar + 1;
                continue;
            }
            result += interpolation_valueOf(name, lookup, onUnset);
            i = dollar + 1 + name.length;
        }
    }
    return result;
}
function matchingBrace(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === '{')
            depth++;
        else if (text[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}
function interpolation_valueOf(name, lookup, onUnset) {
    const value = lookup(name);
    if (value === undefined)
        onUnset(name);
    return value ?? '';
}
function expandBraced(inner, lookup, onUnset) {
    const name = NAME.exec(inner)?.[0];
    if (!name)
        throw new InterpolationError(`"\${${inner}}" does not start with a variable name`);
    const rest = inner.slice(name.length);
    if (!rest)
        return interpolation_valueOf(name, lookup, onUnset);
    const operator = /^(:?[-?+])/.exec(rest)?.[1];
    if (!operator)
        throw new InterpolationError(`"\${${inner}}" is not a valid substitution; use \${${name}:-default}`);
    const argument = () => interpolate(rest.slice(operator.length), lookup, onUnset);
    const value = lookup(name);
    const missing = operator.startsWith(':') ? !value : value === undefined;
    switch (operator.replace(':', '')) {
        case '-':
            return missing ? argument() : value;
        case '+':
            return missing ? '' : argument();
        default:
            if (missing) {
                const message = argument();
                throw new InterpolationError(`required variable ${name} is missing a value${message ? `: ${message}` : ''}`);
            }
            return value;
    }
}

;// CONCATENATED MODULE: ./src/config/compose/files/paths.ts



const REMOTE = /^([a-z][a-z0-9+.-]*:\/\/|git@)/i;
/** Relative paths of one file's raw model made absolute against `dir`, as compose resolves them while
 * loading: build contexts, env files, bind sources, extends files, secret and config files. */
function resolveRelativePaths(top, dir) {
    const absolute = (path) => path.startsWith('~') ? (0,external_node_os_.homedir)() + path.slice(1) : (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(dir, path);
    if ((0,values/* isRecord */.u4)(top.services)) {
        for (const service of Object.values(top.services)) {
            if ((0,values/* isRecord */.u4)(service))
                resolveService(service, absolute);
        }
    }
    for (const section of ['secrets', 'configs']) {
        const entries = top[section];
        if (!(0,values/* isRecord */.u4)(entries))
            continue;
        for (const entry of Object.values(entries)) {
            if ((0,values/* isRecord */.u4)(entry) && typeof entry.file === 'string')
                entry.file = absolute(entry.file);
        }
    }
}
function resolveService(service, absolute) {
    const build = service.build;
    if (typeof build === 'string' && !REMOTE.test(build))
        service.build = absolute(build);
    if ((0,values/* isRecord */.u4)(build) && !REMOTE.test(String(build.context ?? '.')))
        build.context = absolute(String(build.context ?? '.'));
    const envFile = service.env_file;
    if (typeof envFile === 'string')
        service.env_file = absolute(envFile);
    if (Array.isArray(envFile)) {
        service.env_file = envFile.map((entry) => typeof entry === 'string'
            ? absolute(entry)
            : (0,values/* isRecord */.u4)(entry) && typeof entry.path === 'string'
                ? { ...entry, path: absolute(entry.path) }
                : entry);
    }
    if ((0,values/* isRecord */.u4)(service.extends) && typeof service.extends.file === 'string')
        service.extends.file = absolute(service.extends.file);
    if (Array.isArray(service.volumes)) {
        service.volumes = service.volumes.map((volume) => resolveVolume(volume, absolute));
    }
}
function resolveVolume(volume, absolute) {
    if (typeof volume === 'string') {
        const [source, ...rest] = volume.split(':');
        const isPath = source !== undefined && rest.length && /^[.~]/.test(source);
        return isPath ? [absolute(source), ...rest].join(':') : volume;
    }
    if ((0,values/* isRecord */.u4)(volume) && typeof volume.source === 'string') {
        const bind = volume.type === 'bind' || (volume.type === undefined && /^[.~/]/.test(volume.source));
        if (bind)
            return { ...volume, source: absolute(volume.source) };
    }
    return volume;
}

;// CONCATENATED MODULE: ./src/config/compose/files/documents.ts






function readComposeText(path, shownAs) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j1(code === 'ENOENT'
            ? `compose file ${shownAs} does not exist`
            : `cannot read compose file ${shownAs} (${code})`);
    }
}
/** The documents of a compose text; relative paths resolve against `dir` (the project's, or an
 * included or extended file's own folder). */
function parseComposeDocuments(text, file, dir, lookup, unset) {
    const trees = (0,values/* readYamlDocuments */.Cw)(text, file, (value, path, line) => {
        try {
            return interpolate(value, lookup, (name) => {
                if (!unset.has(name))
                    unset.set(name, `${file}:${line}`);
            });
        }
        catch (error) {
            if (error instanceof InterpolationError)
                throw new errors/* ConfigurationError */.j1(`${file}:${line}: ${path}: ${error.message}`);
            throw error;
        }
    });
    const documents = trees.filter((tree) => tree.value !== null && tree.value !== undefined);
    return documents.map((tree) => {
        if (!(0,values/* isRecord */.u4)(tree.value))
            throw new errors/* ConfigurationError */.j1(`${file}:1: expected a mapping with "services:"`);
        resolveRelativePaths(tree.value, dir);
        return { file, value: tree.value, locations: fileLocations(tree.lines, file) };
    });
}

;// CONCATENATED MODULE: ./src/config/compose/files/merge.ts

/**
 * Compose's override rules (`-f a -f b`, several YAML documents, `extends`): mappings merge key by key,
 * sequences append and then keep one entry per identity (a port, a mount target, a variable), a scalar
 * of the later file wins; `!reset` drops what came before, `!override` replaces it whole.
 */
function mergeCompose(base, override, path = []) {
    if (override === values/* RESET_TAG */.$Y)
        return undefined;
    if (override instanceof values/* OverrideTag */.Tg)
        return override.value;
    if (override === undefined)
        return base;
    if (base === undefined || base === null || base === values/* RESET_TAG */.$Y)
        return override;
    const rule = ruleOf(path);
    if (rule === 'replace')
        return override;
    if (rule === 'mapping')
        return mergeMappings(toMapping(base, null), toMapping(override, null), path);
    if (rule === 'depends_on')
        return mergeMappings(toMapping(base, DEPENDENCY), toMapping(override, DEPENDENCY), path);
    if (rule === 'key-values')
        return { ...toKeyValues(base), ...toKeyValues(override) };
    if (rule === 'build')
        return mergeMappings(toBuild(base), toBuild(override), path);
    if (rule === 'sequence')
        return unique([...toSequence(base), ...toSequence(override)], path);
    if ((0,values/* isRecord */.u4)(base) && (0,values/* isRecord */.u4)(override))
        return mergeMappings(base, override, path);
    if (Array.isArray(base) && Array.isArray(override))
        return unique([...base, ...override], path);
    return override;
}
/** Drops what `!reset` left and unwraps `!override` in a tree that merged with nothing before it. */
function withoutTags(value, path = []) {
    if (value instanceof values/* OverrideTag */.Tg)
        return withoutTags(value.value, path);
    if (Array.isArray(value))
        return unique(value.filter((item) => item !== values/* RESET_TAG */.$Y).map((item) => withoutTags(item, path)), path);
    if (!(0,values/* isRecord */.u4)(value))
        return value;
    const result = {};
    for (const [key, item] of Object.entries(value)) {
        if (item !== values/* RESET_TAG */.$Y)
            result[key] = withoutTags(item, [...path, key]);
    }
    return result;
}
const DEPENDENCY = { condition: 'service_started', required: true };
const SERVICE_RULES = {
    command: 'replace',
    entrypoint: 'replace',
    'healthcheck.test': 'replace',
    depends_on: 'depends_on',
    networks: 'mapping',
    environment: 'key-values',
    labels: 'key-values',
    annotations: 'key-values',
    sysctls: 'key-values',
    'build.args': 'key-values',
    'build.labels': 'key-values',
    'deploy.labels': 'key-values',
    build: 'build',
    dns: 'sequence',
    dns_opt: 'sequence',
    dns_search: 'sequence',
    env_file: 'sequence',
    tmpfs: 'sequence',
    extra_hosts: 'sequence',
};
function ruleOf(path) {
    if (path[0] === 'services' && path.length >= 3) {
        const rest = path.slice(2);
        if (rest[0] === 'ulimits' && rest.length === 2)
            return 'replace';
        return SERVICE_RULES[rest.join('.')];
    }
    if ((path[0] === 'networks' || path[0] === 'volumes') && path.length === 3 && path[2] === 'labels')
        return 'key-values';
    return undefined;
}
function mergeMappings(base, override, path) {
    const result = { ...base };
    for (const [key, value] of Object.entries(override)) {
        const merged = mergeCompose(result[key], value, [...path, key]);
        if (merged === undefined)
            delete result[key];
        else
            result[key] = merged;
    }
    return result;
}
function toMapping(value, fill) {
    if ((0,values/* isRecord */.u4)(value))
        return value;
    if (!Array.isArray(value))
        return {};
    return Object.fromEntries(value.map((item) => [String(item), fill && { ...fill }]));
}
function toBuild(value) {
    return typeof value === 'string' ? { context: value } : (0,values/* isRecord */.u4)(value) ? value : {};
}
/** `[K=v, K]` or `{K: v}` as one mapping; a bare `K` stays null (its value comes from the environment). */
function toKeyValues(value) {
    if ((0,values/* isRecord */.u4)(value))
        return { ...value };
    if (!Array.isArray(value))
        return {};
    const result = {};
    for (const item of value) {
        const text = String(item);
        const equals = text.indexOf('=');
        if (equals < 0)
            result[text] = null;
        else
            result[text.slice(0, equals)] = text.slice(equals + 1);
    }
    return result;
}
function toSequence(value) {
    if (Array.isArray(value))
        return value;
    if ((0,values/* isRecord */.u4)(value))
        return Object.entries(value).map(([key, item]) => (item === null ? key : `${key}=${item}`));
    return [value];
}
/** One entry per identity, the later one in the place of the first, as compose's EnforceUnicity. */
function unique(items, path) {
    const identify = identityOf(path);
    if (!identify)
        return items;
    const result = [];
    const seen = new Map();
    for (const item of items) {
        const key = identify(item);
        const index = key === undefined ? undefined : seen.get(key);
        if (index !== undefined)
            result[index] = item;
        else {
            if (key !== undefined)
                seen.set(key, result.length);
            result.push(item);
        }
    }
    return result;
}
const byText = (item) => (typeof item === 'object' ? undefined : String(item).split('=')[0]);
const byTarget = (item) => (0,values/* isRecord */.u4)(item) ? String(item.target) : typeof item === 'string' ? (item.split(':')[1] ?? item) : undefined;
const byMount = (base) => (item) => (0,values/* isRecord */.u4)(item)
    ? item.target !== undefined
        ? String(item.target)
        : `${base}/${String(item.source)}`
    : `${base}/${String(item)}`;
function identityOf(path) {
    if (path[0] !== 'services' || path.length < 3)
        return undefined;
    const key = path.slice(2).join('.');
    if (['cap_add', 'cap_drop', 'dns', 'dns_opt', 'dns_search', 'links', 'profiles', 'tmpfs'].includes(key))
        return byText;
    if (path.length === 5 && path[2] === 'networks' && path[4] === 'aliases')
        return byText;
    if (key === 'volumes' || key === 'devices')
        return byTarget;
    if (key === 'secrets')
        return byMount('/run/secrets');
    if (key === 'configs')
        return byMount('');
    if (key === 'expose' || key === 'extra_hosts')
        return (item) => String(item);
    if (key === 'ports')
        return (item) => ((0,values/* isRecord */.u4)(item) ? JSON.stringify(item) : String(item));
    if (key === 'env_file')
        return (item) => ((0,values/* isRecord */.u4)(item) ? String(item.path) : String(item));
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/compose/files/extends.ts






/** Resolves `extends` of every service of one document, from the same document or another file. */
function applyExtends(top, file, context) {
    if (!(0,values/* isRecord */.u4)(top.services))
        return;
    const services = top.services;
    for (const name of Object.keys(services))
        extendService(services, name, file, context, []);
}
function extendService(services, name, file, context, chain) {
    const service = services[name];
    if (!(0,values/* isRecord */.u4)(service) || service.extends === undefined)
        return (0,values/* isRecord */.u4)(service) ? service : undefined;
    const where = context.locations.get(`services.${name}.extends`) ?? file;
    const link = `${file}#${name}`;
    if (chain.includes(link))
        throw new errors/* ConfigurationError */.j1(`${where}: extends cycle ${[...chain, link].join(' -> ')}; remove one extends`);
    const written = service.extends;
    const ref = (0,values/* isRecord */.u4)(written) ? written.service : written;
    if (typeof ref !== 'string')
        throw new errors/* ConfigurationError */.j1(`${where}: services.${name}.extends: give the service to extend ("extends: base" or { service: base, file: other.yml })`);
    const otherFile = (0,values/* isRecord */.u4)(written) && typeof written.file === 'string' ? written.file : undefined;
    let base;
    if (otherFile === undefined) {
        if (!(ref in services))
            throw new errors/* ConfigurationError */.j1(`${where}: service "${name}" extends "${ref}", which is not a service of ${file}; services: ${Object.keys(services).join(', ')}`);
        base = extendService(services, ref, file, context, [...chain, link]);
        renameLocations(context.locations, context.locations, `services.${ref}`, `services.${name}`);
    }
    else {
        base = baseFromFile(otherFile, ref, name, where, context, [...chain, link]);
    }
    const merged = mergeCompose(structuredClone(base ?? {}), withoutExtends(service), [
        'services',
        name,
    ]);
    services[name] = merged;
    return merged;
}
function withoutExtends(service) {
    const rest = { ...service };
    delete rest.extends;
    return rest;
}
function baseFromFile(file, ref, name, where, context, chain) {
    const documents = parseComposeDocuments(readComposeText(file, file), file, (0,external_node_path_.dirname)(file), context.lookup, context.unset);
    let merged = {};
    const locations = new Map();
    for (const document of documents) {
        merged = mergeCompose(merged, document.value);
        for (const [path, at] of document.locations)
            locations.set(path, at);
    }
    const services = (0,values/* isRecord */.u4)(merged.services) ? merged.services : undefined;
    if (!services || !(ref in services))
        throw new errors/* ConfigurationError */.j1(`${where}: service "${name}" extends "${ref}", which is not a service of ${file}`);
    const own = { ...context, locations };
    const base = extendService(services, ref, file, own, chain);
    renameLocations(context.locations, locations, `services.${ref}`, `services.${name}`);
    return base;
}

;// CONCATENATED MODULE: ./src/config/compose/files/include.ts








const SECTIONS = ['services', 'volumes', 'networks', 'secrets', 'configs'];
/** Top-level `include:`: each file is loaded as a project of its own (paths against its folder, its
 * `.env`), and its services, volumes, networks, secrets and configs are added; a name both define fails. */
function applyInclude(top, file, context) {
    const entries = top.include;
    delete top.include;
    if (entries === undefined || entries === null)
        return;
    const where = context.locations.get('include') ?? file;
    if (!Array.isArray(entries))
        throw new errors/* ConfigurationError */.j1(`${where}: include: expected a list of files or of { path, project_directory, env_file }`);
    for (const entry of entries) {
        const record = (0,values/* isRecord */.u4)(entry) ? entry : { path: entry };
        const paths = (Array.isArray(record.path) ? record.path : [record.path]).map(String);
        const base = (0,external_node_path_.dirname)(file);
        const absolute = paths.map((path) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(base, path)));
        const projectDir = typeof record.project_directory === 'string'
            ? (0,external_node_path_.resolve)(base, record.project_directory)
            : (0,external_node_path_.dirname)(absolute[0]);
        const envFiles = record.env_file === undefined
            ? [(0,external_node_path_.resolve)(projectDir, '.env')]
            : [record.env_file].flat().map((f) => (0,external_node_path_.resolve)(base, String(f)));
        const own = {};
        for (const envFile of envFiles)
            if ((0,external_node_fs_.existsSync)(envFile))
                Object.assign(own, parseEnvFileText((0,external_node_fs_.readFileSync)(envFile, 'utf8'), envFile));
        const lookup = (name) => context.lookup(name) ?? own[name];
        const included = loadIncluded(absolute, projectDir, { ...context, lookup }, where);
        for (const section of SECTIONS) {
            const add = included.value[section];
            if (!(0,values/* isRecord */.u4)(add))
                continue;
            const target = (top[section] ??= {});
            for (const [name, value] of Object.entries(add)) {
                if (name in target && JSON.stringify(target[name]) !== JSON.stringify(value))
                    throw new errors/* ConfigurationError */.j1(`${where}: included file ${paths.join(', ')} defines ${section.replace(/s$/, '')} "${name}", which this file defines too; rename one of them`);
                target[name] = value;
            }
        }
        for (const [path, at] of included.locations)
            if (!context.locations.has(path))
                context.locations.set(path, at);
    }
}
function loadIncluded(files, projectDir, context, where) {
    let value = {};
    const locations = new Map();
    for (const file of files) {
        if (context.chain.includes(file))
            throw new errors/* ConfigurationError */.j1(`${where}: include cycle ${[...context.chain, file].join(' -> ')}`);
        for (const document of parseComposeDocuments(readComposeText(file, file), file, projectDir, context.lookup, context.unset)) {
            const own = { ...context, locations: document.locations, chain: [...context.chain, file] };
            applyExtends(document.value, file, own);
            applyInclude(document.value, file, own);
            value = mergeCompose(value, document.value);
            for (const [path, at] of document.locations)
                locations.set(path, at);
        }
    }
    return { value, locations };
}

;// CONCATENATED MODULE: ./src/config/compose/project/profiles.ts
/** Services without profiles, those of an active profile (`*`: all), those asked for by name and what
 * they depend on, as `docker compose up NAME` enables them. */
function selectProfiles(services, active, named, ctx) {
    for (const name of named) {
        if (!services.has(name))
            ctx.fail('services', `no such service: "${name}"; services: ${[...services.keys()].join(', ')}`);
    }
    const enabledNames = new Set(named);
    // Naming services selects them and what they depend on, whatever their profiles, as `docker compose up NAME`.
    const isEnabled = (spec) => named.length
        ? enabledNames.has(spec.name)
        : !spec.profiles.length ||
            active.includes('*') ||
            spec.profiles.some((profile) => active.includes(profile));
    const pending = [...named];
    while (pending.length) {
        const spec = services.get(pending.pop())?.spec;
        for (const dependency of Object.keys(spec?.dependsOn ?? {})) {
            if (!enabledNames.has(dependency) && services.has(dependency)) {
                enabledNames.add(dependency);
                pending.push(dependency);
            }
        }
    }
    const enabled = [...services.values()].filter(({ spec }) => isEnabled(spec));
    for (const { spec, dependencies } of enabled) {
        for (const dependency of Object.keys(spec.dependsOn)) {
            const target = services.get(dependency)?.spec;
            if (target === undefined) {
                delete spec.dependsOn[dependency];
                continue;
            }
            if (isEnabled(target))
                continue;
            if (dependencies.optional.includes(dependency)) {
                delete spec.dependsOn[dependency];
                continue;
            }
            ctx.fail(dependencies.paths[dependency], `service "${spec.name}" depends on "${dependency}", which is only enabled with profile ${target.profiles.join(' or ')}; activate one of them or remove the dependency`);
        }
    }
    if (!enabled.length) {
        const profiles = [...new Set([...services.values()].flatMap(({ spec }) => spec.profiles))];
        ctx.fail('services', `no service is enabled; every service is in a profile, activate one of ${profiles.join(', ')}`);
    }
    return enabled.map(({ spec }) => spec);
}

;// CONCATENATED MODULE: ./src/config/compose/project/resources.ts

/** Top-level volumes, networks, secrets and configs. Ours are created per environment (driver options
 * aside: the engine's local driver); external ones are used as they are and never removed. */
function readTopLevelResources(top, ctx) {
    const resources = {
        volumes: [],
        externalVolumes: {},
        networks: [],
        externalNetworks: {},
        secrets: {},
        configs: {},
    };
    for (const [name, settings] of entries(top.volumes, 'volumes', ctx)) {
        ctx.namedVolumes.add(name);
        const external = externalName(settings, `volumes.${name}`, name, ctx);
        if (external !== undefined)
            resources.externalVolumes[name] = external;
        else
            resources.volumes.push(name);
        if ((0,values/* isRecord */.u4)(settings) && (settings.driver !== undefined || settings.driver_opts !== undefined))
            ctx.warn(`volumes.${name}`, `volume "${name}": driver and driver_opts are ignored; inception creates a local volume per environment`);
    }
    for (const [name, settings] of entries(top.networks, 'networks', ctx)) {
        ctx.declaredNetworks.push(name);
        const external = externalName(settings, `networks.${name}`, name, ctx);
        if (external !== undefined)
            resources.externalNetworks[name] = external;
        else if (name !== 'default')
            resources.networks.push(name);
    }
    for (const section of ['secrets', 'configs']) {
        for (const [name, settings] of entries(top[section], section, ctx)) {
            const path = `${section}.${name}`;
            const record = (0,values/* readRecord */.aE)(settings ?? {}, path, ctx.at);
            (section === 'secrets' ? ctx.declaredSecrets : ctx.declaredConfigs).push(name);
            const source = fileSource(record, path, name, section, ctx);
            if (source)
                resources[section][name] = source;
        }
    }
    return resources;
}
function entries(value, path, ctx) {
    if (value === undefined || value === null)
        return [];
    return Object.entries((0,values/* readRecord */.aE)(value, path, ctx.at)).filter(([name]) => !name.startsWith('x-'));
}
function externalName(settings, path, name, ctx) {
    if (!(0,values/* isRecord */.u4)(settings) || settings.external === undefined)
        return undefined;
    if (!(0,values/* readBoolean */.Vf)(settings.external, `${path}.external`, ctx.at))
        return undefined;
    return settings.name === undefined ? name : (0,values/* readString */.E3)(settings.name, `${path}.name`, ctx.at);
}
function fileSource(record, path, name, section, ctx) {
    if (record.file !== undefined)
        return { file: (0,values/* readString */.E3)(record.file, `${path}.file`, ctx.at) };
    if (record.environment !== undefined) {
        const variable = (0,values/* readString */.E3)(record.environment, `${path}.environment`, ctx.at);
        return { content: ctx.env(variable) ?? '', variable };
    }
    if (record.content !== undefined && section === 'configs')
        return { content: (0,values/* readString */.E3)(record.content, `${path}.content`, ctx.at) };
    if (record.external !== undefined && (0,values/* readBoolean */.Vf)(record.external, `${path}.external`, ctx.at)) {
        ctx.warn(path, `${section.slice(0, -1)} "${name}" is external (a swarm object), which a single engine does not have; it is not mounted`);
        return undefined;
    }
    return ctx.fail(path, `${section.slice(0, -1)} "${name}" needs "file", "environment"${section === 'configs' ? ' or "content"' : ''}`);
}

;// CONCATENATED MODULE: ./src/config/compose/schema/schema-keys.ts
/** The keys the compose specification (compose-spec.json, as compose-go v2.9 validates it) allows, by
 * place; a key outside these lists is an error, as in `docker compose`. `x-` keys are free everywhere. */
const TOP_LEVEL_KEYS = [
    'version',
    'name',
    'include',
    'services',
    'models',
    'networks',
    'volumes',
    'secrets',
    'configs',
];
const SERVICE_KEYS = [
    'annotations',
    'attach',
    'blkio_config',
    'build',
    'cap_add',
    'cap_drop',
    'cgroup',
    'cgroup_parent',
    'command',
    'configs',
    'container_name',
    'cpu_count',
    'cpu_percent',
    'cpu_period',
    'cpu_quota',
    'cpu_rt_period',
    'cpu_rt_runtime',
    'cpu_shares',
    'cpus',
    'cpuset',
    'credential_spec',
    'depends_on',
    'deploy',
    'develop',
    'device_cgroup_rules',
    'devices',
    'dns',
    'dns_opt',
    'dns_search',
    'domainname',
    'entrypoint',
    'env_file',
    'environment',
    'expose',
    'extends',
    'external_links',
    'extra_hosts',
    'gpus',
    'group_add',
    'healthcheck',
    'hostname',
    'image',
    'init',
    'ipc',
    'isolation',
    'label_file',
    'labels',
    'links',
    'logging',
    'mac_address',
    'mem_limit',
    'mem_reservation',
    'mem_swappiness',
    'memswap_limit',
    'models',
    'network_mode',
    'networks',
    'oom_kill_disable',
    'oom_score_adj',
    'pid',
    'pids_limit',
    'platform',
    'ports',
    'post_start',
    'pre_stop',
    'privileged',
    'profiles',
    'provider',
    'pull_policy',
    'pull_refresh_after',
    'read_only',
    'restart',
    'runtime',
    'scale',
    'secrets',
    'security_opt',
    'shm_size',
    'stdin_open',
    'stop_grace_period',
    'stop_signal',
    'storage_opt',
    'sysctls',
    'tmpfs',
    'tty',
    'ulimits',
    'use_api_socket',
    'user',
    'userns_mode',
    'uts',
    'volumes',
    'volumes_from',
    'working_dir',
];
/** Keys of nested mappings, by their path with `*` for a name. */
const NESTED_KEYS = {
    'services.*.build': [
        'additional_contexts',
        'args',
        'cache_from',
        'cache_to',
        'context',
        'dockerfile',
        'dockerfile_inline',
        'entitlements',
        'extra_hosts',
        'isolation',
        'labels',
        'network',
        'no_cache',
        'platforms',
        'privileged',
        'provenance',
        'pull',
        'sbom',
        'secrets',
        'shm_size',
        'ssh',
        'tags',
        'target',
        'ulimits',
    ],
    'services.*.healthcheck': [
        'disable',
        'interval',
        'retries',
        'start_interval',
        'start_period',
        'test',
        'timeout',
    ],
    'services.*.deploy': [
        'endpoint_mode',
        'labels',
        'mode',
        'placement',
        'replicas',
        'resources',
        'restart_policy',
        'rollback_config',
        'update_config',
    ],
    'services.*.deploy.resources': ['limits', 'reservations'],
    'services.*.deploy.resources.limits': ['cpus', 'memory', 'pids'],
    'services.*.deploy.resources.reservations': ['cpus', 'devices', 'generic_resources', 'memory'],
    'services.*.depends_on.*': ['condition', 'required', 'restart'],
    'services.*.ports[]': ['app_protocol', 'host_ip', 'mode', 'name', 'protocol', 'published', 'target'],
    'services.*.volumes[]': [
        'bind',
        'consistency',
        'image',
        'read_only',
        'source',
        'target',
        'tmpfs',
        'type',
        'volume',
    ],
    'services.*.volumes[].bind': ['create_host_path', 'propagation', 'recursive', 'selinux'],
    'services.*.volumes[].volume': ['labels', 'nocopy', 'subpath'],
    'services.*.volumes[].tmpfs': ['mode', 'size'],
    'services.*.volumes[].image': ['subpath'],
    'services.*.networks.*': [
        'aliases',
        'driver_opts',
        'gw_priority',
        'interface_name',
        'ipv4_address',
        'ipv6_address',
        'link_local_ips',
        'mac_address',
        'priority',
    ],
    'services.*.extends': ['service', 'file'],
    'services.*.logging': ['driver', 'options'],
    'services.*.secrets[]': ['source', 'target', 'uid', 'gid', 'mode'],
    'services.*.configs[]': ['source', 'target', 'uid', 'gid', 'mode'],
    'services.*.env_file[]': ['path', 'format', 'required'],
    'services.*.devices[]': ['source', 'target', 'permissions'],
    'services.*.ulimits.*': ['soft', 'hard'],
    'include[]': ['path', 'env_file', 'project_directory'],
    'networks.*': [
        'attachable',
        'driver',
        'driver_opts',
        'enable_ipv4',
        'enable_ipv6',
        'external',
        'internal',
        'ipam',
        'labels',
        'name',
    ],
    'volumes.*': ['driver', 'driver_opts', 'external', 'labels', 'name'],
    'secrets.*': [
        'driver',
        'driver_opts',
        'environment',
        'external',
        'file',
        'labels',
        'name',
        'template_driver',
    ],
    'configs.*': ['content', 'environment', 'external', 'file', 'labels', 'name', 'template_driver'],
};

;// CONCATENATED MODULE: ./src/config/compose/schema/unknown-keys.ts




/** Every key outside the compose schema, as one error listing each with its file, line and the key it
 * most likely meant; `x-` keys are free. */
function checkSchemaKeys(top, locations, file) {
    const problems = [];
    const check = (record, known, path) => {
        if (!(0,values/* isRecord */.u4)(record))
            return;
        for (const key of Object.keys(record)) {
            if (known.includes(key) || key.startsWith('x-'))
                continue;
            const keyPath = (0,values/* joinPath */.uJ)(path, key);
            problems.push(`${locate(locations, keyPath, `${file}:1`)}: ${keyPath}: ${message(key, known)}`);
        }
    };
    check(top, TOP_LEVEL_KEYS, '');
    for (const [pattern, known] of Object.entries(NESTED_KEYS)) {
        for (const [path, value] of expand(top, pattern))
            check(value, known, path);
    }
    if ((0,values/* isRecord */.u4)(top.services)) {
        for (const [name, service] of Object.entries(top.services))
            check(service, SERVICE_KEYS, `services.${name}`);
    }
    if (problems.length === 1)
        throw new errors/* ConfigurationError */.j1(problems[0]);
    if (problems.length)
        throw new errors/* ConfigurationError */.j1(`${problems.length} keys are not in the compose specification:\n${problems.join('\n')}`);
}
/** The values at a pattern like `services.*.volumes[].bind`, with their paths. */
function expand(value, pattern) {
    let found = [['', value]];
    for (const part of pattern.split('.')) {
        const list = part.endsWith('[]');
        const key = list ? part.slice(0, -2) : part;
        const next = [];
        for (const [path, current] of found) {
            if (!(0,values/* isRecord */.u4)(current))
                continue;
            const children = key === '*'
                ? Object.entries(current)
                    .filter(([name]) => !name.startsWith('x-'))
                    .map(([name, child]) => [(0,values/* joinPath */.uJ)(path, name), child])
                : key in current
                    ? [[(0,values/* joinPath */.uJ)(path, key), current[key]]]
                    : [];
            for (const [childPath, child] of children) {
                if (!list)
                    next.push([childPath, child]);
                else if (Array.isArray(child))
                    child.forEach((item, index) => next.push([`${childPath}[${index}]`, item]));
            }
        }
        found = next;
    }
    return found;
}
function message(key, known) {
    const guess = (0,values/* closestName */.Nf)(key, known);
    const shown = JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);
    return guess
        ? `unknown key ${shown}; did you mean "${guess}"?`
        : `unknown key ${shown}: it is not in the compose specification (write x-${key} for a key of your own)`;
}

;// CONCATENATED MODULE: ./src/config/compose/loader.ts
















/** One compose file, as `docker compose -f FILE` reads it. */
async function loadComposeFile(path, options = {}) {
    return loadComposeFiles([path], options);
}
/** Several files, later ones overriding earlier ones (`-f a -f b`); the first one's folder is the project's. */
async function loadComposeFiles(paths, options = {}) {
    const [first, ...more] = paths;
    if (first === undefined)
        throw new errors/* ConfigurationError */.j1('give at least one compose file');
    return parseComposeText(readComposeText(first, first), first, options, more);
}
/** Parses compose text; `file` is where it came from (relative paths, `.env` and messages use it);
 * `overrides` are further files merged over it. */
function parseComposeText(text, file, options = {}, overrides = []) {
    const absoluteFile = (0,external_node_path_.resolve)(file);
    const dir = (0,external_node_path_.dirname)(absoluteFile);
    const variables = options.env ?? process.env;
    const dotEnv = readDotEnv(dir);
    const lookup = (name) => variables[name] ?? dotEnv[name];
    const unset = new Map();
    const locations = new Map();
    let merged = {};
    const sources = [
        { file, text },
        ...overrides.map((path) => ({ file: path, text: readComposeText(path, path) })),
    ];
    for (const source of sources) {
        for (const document of parseComposeDocuments(source.text, source.file, dir, lookup, unset)) {
            const context = { lookup, unset, locations: document.locations, chain: [(0,external_node_path_.resolve)(source.file)] };
            applyExtends(document.value, source.file, context);
            applyInclude(document.value, source.file, context);
            merged = mergeCompose(merged, document.value);
            for (const [path, at] of document.locations)
                locations.set(path, at);
        }
    }
    const top = withoutTags(merged);
    if (!Object.keys(top).length)
        throw new errors/* ConfigurationError */.j1(`${file}:1: the file is empty; it needs "services:"`);
    checkSchemaKeys(top, locations, file);
    const ctx = new ComposeContext(file, dir, locations, lookup);
    for (const [name, where] of unset) {
        ctx.warnings.push(`${where}: variable ${name} is not set; using an empty string (give a default with \${${name}:-value})`);
    }
    if (top.models !== undefined)
        ctx.warnUnsupported('models');
    if (top.version !== undefined)
        ctx.warn('version', 'the attribute "version" is obsolete and ignored; remove it');
    if (top.networks !== undefined)
        checkTopLevelNetworks(top.networks, 'networks', ctx);
    const resources = readTopLevelResources(top, ctx);
    const services = readServices(top, ctx);
    checkDependencies(services, ctx);
    const profiles = options.profiles?.length ? options.profiles : splitList(lookup('COMPOSE_PROFILES'));
    const enabled = selectProfiles(services, profiles, options.services ?? [], ctx);
    withoutUnusedResources(resources, enabled);
    return {
        file: absoluteFile,
        files: sources.map((source) => (0,external_node_path_.resolve)(source.file)),
        name: projectName(options.projectName ?? lookup('COMPOSE_PROJECT_NAME'), top.name, (0,external_node_path_.basename)(dir), ctx),
        services: enabled,
        ...resources,
        warnings: ctx.warnings,
    };
}
/** Volumes and networks no enabled service uses are left out, as compose leaves them out. */
function withoutUnusedResources(resources, services) {
    const volumes = new Set(services.flatMap((service) => service.volumes.filter((v) => v.type === 'volume').map((v) => v.source)));
    const networks = new Set(services.flatMap((service) => (service.networkMode ? [] : Object.keys(service.networks))));
    resources.volumes = resources.volumes.filter((name) => volumes.has(name));
    resources.networks = resources.networks.filter((name) => networks.has(name));
    for (const name of Object.keys(resources.externalVolumes))
        if (!volumes.has(name))
            delete resources.externalVolumes[name];
    for (const name of Object.keys(resources.externalNetworks))
        if (!networks.has(name))
            delete resources.externalNetworks[name];
}
function splitList(value) {
    return (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
}
function readDotEnv(dir) {
    const path = (0,external_node_path_.join)(dir, '.env');
    return (0,external_node_fs_.existsSync)(path) ? parseEnvFileText((0,external_node_fs_.readFileSync)(path, 'utf8'), path) : {};
}
function readServices(top, ctx) {
    if (top.services === undefined || top.services === null)
        ctx.fail('services', 'the file needs "services:" with at least one service');
    const entries = Object.entries((0,values/* readRecord */.aE)(top.services, 'services', ctx.at)).filter(([name]) => !name.startsWith('x-'));
    if (!entries.length)
        ctx.fail('services', 'declare at least one service');
    return new Map(entries.map(([name, value]) => [name, parseService(name, value, ctx)]));
}
function checkDependencies(services, ctx) {
    for (const [name, { spec, dependencies }] of services) {
        for (const [dependency, condition] of Object.entries(spec.dependsOn)) {
            const path = dependencies.paths[dependency];
            const target = services.get(dependency)?.spec;
            if (!target) {
                if (dependencies.optional.includes(dependency))
                    continue;
                ctx.fail(path, `service "${name}" depends on "${dependency}", which is not a service of this file; services: ${[...services.keys()].join(', ')}`);
            }
            if (condition === 'service_healthy' && (!target.healthcheck || target.healthcheck.test[0] === 'NONE')) {
                ctx.fail(path, `service "${name}" waits for "${dependency}" to be healthy, but "${dependency}" has no healthcheck; add a healthcheck to "${dependency}", or use condition service_started and give "${dependency}" an x-inception wait (http, tcp, log, ...)`);
            }
        }
    }
    const cycle = findCycle(new Map([...services].map(([name, { spec }]) => [name, Object.keys(spec.dependsOn)])));
    if (cycle) {
        ctx.fail(`services.${cycle[0]}.depends_on`, `dependency cycle ${cycle.join(' -> ')}; remove one of these dependencies`);
    }
}
/** The folder's name and `name:` are normalised as compose does (lower case; only letters, digits, `_`
 * and `-`; starting with a letter or digit); a name given outright (COMPOSE_PROJECT_NAME) must be valid. */
function projectName(given, written, folder, ctx) {
    const normalise = (text) => text
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '')
        .replace(/^[_-]+/, '');
    if (given) {
        if (normalise(given) !== given)
            throw new errors/* ConfigurationError */.j1(`project name "${given}" (COMPOSE_PROJECT_NAME) is not valid; use lower-case letters, digits, "_" and "-", starting with a letter or digit`);
        return given;
    }
    if (written === undefined || written === null || written === '')
        return normalise(folder) || 'inception';
    const text = (0,values/* readString */.E3)(written, 'name', ctx.at);
    const name = normalise(text);
    if (!name)
        ctx.fail('name', `"${text}" has no letters or digits to name the project with`);
    return name;
}

;// CONCATENATED MODULE: ./src/config/compose/index.ts





/***/ })

};
