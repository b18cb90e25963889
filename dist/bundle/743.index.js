export const id = 743;
export const ids = [743];
export const modules = {

/***/ 31743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* reexport */ loadComposeFile),
  q: () => (/* reexport */ parseWaitStrategy)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/values/index.ts + 5 modules
var values = __webpack_require__(46435);
;// CONCATENATED MODULE: ./src/config/compose/context.ts


/** What every part of the compose loader needs: where things are, the variables, the warnings so far. */
class ComposeContext {
    file;
    dir;
    lines;
    env;
    warnings = [];
    /** Named volumes declared at the top level. */
    namedVolumes = new Set();
    at = (path) => `${this.lineAt(path)}: ${path}`;
    constructor(
    /** The file as messages show it. */
    file, 
    /** Absolute folder of the file; relative paths in it resolve against this. */
    dir, lines, env) {
        this.file = file;
        this.dir = dir;
        this.lines = lines;
        this.env = env;
    }
    lineAt(path) {
        return `${this.file}:${(0,values/* lineOfPath */.ZS)(this.lines, path)}`;
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

const ONE_NETWORK = 'every service joins the one environment network';
/** A service's `networks:`; we keep only the aliases, since every service shares one network. */
function parseServiceAliases(value, path, ctx, service) {
    if (Array.isArray(value)) {
        (0,values/* readList */.LD)(value, path, ctx.at).forEach((item, index) => {
            const name = (0,values/* readString */.E3)(item, `${path}[${index}]`, ctx.at);
            if (name !== 'default')
                warnNamedNetwork(name, `${path}[${index}]`, ctx, service);
        });
        return [];
    }
    const aliases = [];
    for (const [name, settings] of Object.entries((0,values/* readRecord */.aE)(value, path, ctx.at))) {
        const networkPath = `${path}.${name}`;
        if (name !== 'default')
            warnNamedNetwork(name, networkPath, ctx, service);
        if (settings === null)
            continue;
        if (!(0,values/* isRecord */.u4)(settings))
            ctx.fail(networkPath, 'expected a mapping like { aliases: [api.local] }');
        ctx.warnUnknownKeys(settings, ['aliases'], networkPath, service);
        if (settings.aliases === undefined)
            continue;
        (0,values/* readList */.LD)(settings.aliases, `${networkPath}.aliases`, ctx.at).forEach((alias, index) => {
            const text = (0,values/* readString */.E3)(alias, `${networkPath}.aliases[${index}]`, ctx.at);
            if (!aliases.includes(text))
                aliases.push(text);
        });
    }
    return aliases;
}
function warnNamedNetwork(name, path, ctx, service) {
    ctx.warn(path, `service "${service}": network "${name}" is ignored; ${ONE_NETWORK}`);
}
/** Top-level `networks:`: only `default` has a meaning for us, and its settings do not. */
function checkTopLevelNetworks(value, path, ctx) {
    if (value === null)
        return;
    for (const [name, settings] of Object.entries((0,values/* readRecord */.aE)(value, path, ctx.at))) {
        if (name.startsWith('x-'))
            continue;
        if (name !== 'default')
            ctx.warn(`${path}.${name}`, `network "${name}" is ignored; ${ONE_NETWORK}`);
        else if ((0,values/* isRecord */.u4)(settings) && Object.keys(settings).length) {
            ctx.warn(`${path}.${name}`, `the settings of network "default" are ignored; inception creates its own network per environment`);
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
    const result = { conditions: {}, paths: {} };
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
    if (parts.length === 1) {
        ctx.fail(path, `"${text}" is an anonymous volume, which inception does not create; name it ("data:${text}" with "data" declared under the top-level volumes:) or use tmpfs`);
    }
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
    return mount(source, target, readOnly, path, ctx);
}
function parseLongVolume(item, path, ctx, service, result) {
    ctx.warnUnknownKeys(item, volumes_LONG_FORM_KEYS, path, service);
    const type = item.type === undefined ? undefined : (0,values/* readString */.E3)(item.type, `${path}.type`, ctx.at);
    if (item.target === undefined)
        ctx.fail(path, 'the long form needs "target" (the path in the container)');
    const target = (0,values/* readString */.E3)(item.target, `${path}.target`, ctx.at);
    if (type === 'tmpfs') {
        const options = item.tmpfs === undefined ? {} : (0,values/* readRecord */.aE)(item.tmpfs, `${path}.tmpfs`, ctx.at);
        const size = options.size === undefined ? undefined : parseByteSize(options.size, ctx.at(`${path}.tmpfs.size`));
        result.tmpfs.push(size === undefined ? target : `${target}:size=${size}`);
        return;
    }
    if (type !== undefined && type !== 'volume' && type !== 'bind') {
        ctx.fail(`${path}.type`, `type "${type}" is not supported; use volume, bind or tmpfs`);
    }
    if (item.source === undefined)
        ctx.fail(path, `the long form needs "source" (a volume name or a host path)`);
    const source = (0,values/* readString */.E3)(item.source, `${path}.source`, ctx.at);
    const readOnly = item.read_only === undefined ? false : (0,values/* readBoolean */.Vf)(item.read_only, `${path}.read_only`, ctx.at);
    if (type !== undefined && sourceType(source) !== type) {
        const hint = type === 'bind' ? 'a host path ("./dir" or "/abs")' : 'a volume name';
        ctx.fail(`${path}.source`, `"${source}" does not fit type ${type}; give ${hint}`);
    }
    result.volumes.push(mount(source, target, readOnly, path, ctx));
}
function sourceType(source) {
    return source.startsWith('~') || source.startsWith('.') || (0,external_node_path_.isAbsolute)(source) ? 'bind' : 'volume';
}
function mount(source, target, readOnly, path, ctx) {
    if (!target.startsWith('/'))
        ctx.fail(path, `the container path "${target}" must be absolute`);
    if (sourceType(source) === 'bind') {
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

;// CONCATENATED MODULE: ./src/config/compose/env-file.ts


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
const SERVICE_KEYS = [
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
];
const IGNORED_WITH_REASON = {
    container_name: 'inception names containers per environment so two environments never collide',
    restart: 'a service that stops fails the environment instead of being restarted',
};
function parseService(name, value, ctx) {
    const path = `services.${name}`;
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name)) {
        ctx.fail(path, `"${name}" is not a valid service name; use letters, digits, "_", "." and "-"`);
    }
    const raw = (0,values/* readRecord */.aE)(value, path, ctx.at);
    for (const key of Object.keys(raw)) {
        const reason = IGNORED_WITH_REASON[key];
        if (reason)
            ctx.warn(`${path}.${key}`, `service "${name}": ${key} is ignored; ${reason}`);
        else if (!SERVICE_KEYS.includes(key) && !key.startsWith('x-'))
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
        aliases: has('networks') ? parseServiceAliases(raw.networks, at('networks'), ctx, name) : [],
        limits: parseLimits(raw, path, ctx, name),
        profiles: has('profiles') ? (0,values/* readStringOrList */.pU)(raw.profiles, at('profiles'), ctx.at) : [],
        wait: { kind: 'started' },
        startTimeoutMs: DEFAULT_START_TIMEOUT_MS,
    };
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
        : { conditions: {}, paths: {} };
    spec.dependsOn = dependencies.conditions;
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
    ctx.warnUnknownKeys(deploy, ['resources'], deployPath, service);
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

;// CONCATENATED MODULE: ./src/config/compose/dependency-graph.ts
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

;// CONCATENATED MODULE: ./src/config/compose/interpolation.ts
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
            if (!name) {
                throw new InterpolationError(`invalid "$" in ${JSON.stringify(text)}; write "$$" for a literal "$", or \${NAME} for a variable`);
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

;// CONCATENATED MODULE: ./src/config/compose/loader.ts












const TOP_LEVEL_KEYS = ['name', 'services', 'volumes', 'networks', 'version'];
async function loadComposeFile(path, options = {}) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j1(code === 'ENOENT'
            ? `compose file ${path} does not exist`
            : `cannot read compose file ${path} (${code})`);
    }
    return parseComposeText(text, path, options);
}
/** Parses compose text; `file` is where it came from (relative paths, `.env` and messages use it). */
function parseComposeText(text, file, options = {}) {
    const absoluteFile = (0,external_node_path_.resolve)(file);
    const dir = (0,external_node_path_.dirname)(absoluteFile);
    const variables = options.env ?? process.env;
    const dotEnv = readDotEnv(dir);
    const lookup = (name) => variables[name] ?? dotEnv[name];
    const unset = [];
    const tree = (0,values/* readYamlTree */._d)(text, file, (value, path, line) => {
        try {
            return interpolate(value, lookup, (name) => unset.push({ name, path }));
        }
        catch (error) {
            if (error instanceof InterpolationError)
                throw new errors/* ConfigurationError */.j1(`${file}:${line}: ${path}: ${error.message}`);
            throw error;
        }
    });
    const top = (0,values/* isRecord */.u4)(tree.value)
        ? tree.value
        : (0,values/* fail */.fJ)(values/* plainLocator */.VV, `${file}:1`, 'expected a mapping with "services:"');
    const ctx = new ComposeContext(file, dir, tree.lines, lookup);
    for (const { name, path } of unset) {
        ctx.warn(path, `variable ${name} is not set; using an empty string (give a default with \${${name}:-value})`);
    }
    ctx.warnUnknownKeys(top, TOP_LEVEL_KEYS, '');
    if (top.networks !== undefined)
        checkTopLevelNetworks(top.networks, 'networks', ctx);
    for (const [name, settings] of Object.entries((0,values/* readRecord */.aE)(top.volumes ?? {}, 'volumes', ctx.at))) {
        ctx.namedVolumes.add(name);
        // We create every volume fresh for the environment, so driver, external and name change nothing.
        if ((0,values/* isRecord */.u4)(settings))
            ctx.warnUnknownKeys(settings, [], `volumes.${name}`);
    }
    const services = readServices(top, ctx);
    checkDependencies(services, ctx);
    const enabled = selectProfiles(services, options.profiles ?? [], ctx);
    return {
        file: absoluteFile,
        name: projectName(top.name, (0,external_node_path_.basename)(dir), ctx),
        services: enabled,
        volumes: [...ctx.namedVolumes],
        warnings: ctx.warnings,
    };
}
function readDotEnv(dir) {
    const path = (0,external_node_path_.join)(dir, '.env');
    return (0,external_node_fs_.existsSync)(path) ? parseEnvFileText((0,external_node_fs_.readFileSync)(path, 'utf8'), path) : {};
}
function readServices(top, ctx) {
    if (top.services === undefined || top.services === null)
        ctx.fail('services', 'the file needs "services:" with at least one service');
    const entries = Object.entries((0,values/* readRecord */.aE)(top.services, 'services', ctx.at));
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
function selectProfiles(services, active, ctx) {
    const isEnabled = (spec) => !spec.profiles.length ||
        active.includes('*') ||
        spec.profiles.some((profile) => active.includes(profile));
    const enabled = [...services.values()].filter(({ spec }) => isEnabled(spec));
    for (const { spec, dependencies } of enabled) {
        for (const dependency of Object.keys(spec.dependsOn)) {
            const target = services.get(dependency)?.spec;
            if (isEnabled(target))
                continue;
            ctx.fail(dependencies.paths[dependency], `service "${spec.name}" depends on "${dependency}", which is only enabled with profile ${target.profiles.join(' or ')}; activate one of them or remove the dependency`);
        }
    }
    if (!enabled.length) {
        const profiles = [...new Set([...services.values()].flatMap(({ spec }) => spec.profiles))];
        ctx.fail('services', `no service is enabled; every service is in a profile, activate one of ${profiles.join(', ')}`);
    }
    return enabled.map(({ spec }) => spec);
}
function projectName(written, folder, ctx) {
    const sanitize = (text) => text
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '');
    if (written === undefined || written === null)
        return sanitize(folder) || 'inception';
    const name = sanitize((0,values/* readString */.E3)(written, 'name', ctx.at));
    if (!name)
        ctx.fail('name', `"${written}" has no letters or digits to name the project with`);
    return name;
}

;// CONCATENATED MODULE: ./src/config/compose/index.ts




/***/ })

};
