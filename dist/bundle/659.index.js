export const id = 659;
export const ids = [659,403];
export const modules = {

/***/ 22576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rd: () => (/* reexport */ buildImages),
  HX: () => (/* reexport */ defaultRunTag),
  z7: () => (/* reexport */ validateTag)
});

// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __webpack_require__(60438);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/format-duration.ts
var format_duration = __webpack_require__(91463);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./src/shared/glob.ts
var glob = __webpack_require__(55403);
;// CONCATENATED MODULE: ./src/docker/build/context-ignore.ts



/**
 * The rules of a `.dockerignore` file, matched the way the Docker CLI does: the last matching line wins,
 * `!` re-includes, and a pattern that matches a directory also matches everything below it.
 */
class DockerIgnore {
    rules;
    constructor(text, where = '.dockerignore') {
        this.rules = [];
        for (const raw of text.split(/\r?\n/)) {
            let line = raw.trim();
            if (line === '' || line.startsWith('#'))
                continue;
            const exclusion = line.startsWith('!');
            if (exclusion)
                line = line.slice(1).trim();
            const cleaned = external_node_path_.posix.normalize(line).replace(/^\/+/, '').replace(/\/+$/, '');
            if (cleaned === '' || cleaned === '.') {
                if (exclusion)
                    throw new errors/* ConfigurationError */.j1(`${where}: "${raw.trim()}" re-includes nothing; remove the line.`);
                continue;
            }
            this.rules.push({ regexp: (0,glob/* globToRegExp */.t)(cleaned), exclusion });
        }
    }
    /** Whether some rule re-includes paths, so an ignored directory may still hold files to send. */
    get hasExclusions() {
        return this.rules.some((rule) => rule.exclusion);
    }
    /** `path` is relative to the context, with `/` separators. */
    ignores(path) {
        const segments = path.split('/');
        const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
        let ignored = false;
        for (const rule of this.rules) {
            if (candidates.some((candidate) => rule.regexp.test(candidate)))
                ignored = !rule.exclusion;
        }
        return ignored;
    }
}

;// CONCATENATED MODULE: ./src/docker/build/context.ts






/**
 * Tars `contextDir` the way `docker build` sends it: `.dockerignore` honoured, the Dockerfile and
 * `.dockerignore` always sent, owners reset to root. The Dockerfile must sit inside the context.
 */
async function createBuildContext(contextDir, dockerfile = 'Dockerfile') {
    const root = (0,external_node_path_.resolve)(contextDir);
    const rootStat = await (0,promises_.stat)(root).catch(() => undefined);
    if (!rootStat?.isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`Build context "${contextDir}" is not a directory; give a folder that exists.`);
    }
    const dockerfilePath = (0,external_node_path_.resolve)(root, dockerfile);
    const dockerfileInTar = (0,external_node_path_.relative)(root, dockerfilePath).split(external_node_path_.sep).join('/');
    if (dockerfileInTar === '' || dockerfileInTar.startsWith('..') || (0,external_node_path_.isAbsolute)(dockerfileInTar)) {
        throw new errors/* ConfigurationError */.j1(`Dockerfile "${dockerfile}" is outside the build context "${contextDir}"; move it into the context and give its path relative to the context.`);
    }
    if (!(await (0,promises_.stat)(dockerfilePath).catch(() => undefined))?.isFile()) {
        throw new errors/* ConfigurationError */.j1(`Dockerfile "${dockerfileInTar}" does not exist in the build context "${contextDir}".`);
    }
    const ignoreText = await (0,promises_.readFile)((0,external_node_path_.join)(root, '.dockerignore'), 'utf8').catch(() => '');
    const ignore = new DockerIgnore(ignoreText, (0,external_node_path_.join)(contextDir, '.dockerignore'));
    const alwaysSent = new Set([dockerfileInTar, '.dockerignore']);
    const entries = await walk(root, '', ignore, alwaysSent);
    const tar = (0,tar_stream.pack)();
    void writeEntries(tar, entries).then(() => tar.finalize(), (error) => tar.destroy(error));
    // tar-stream's pack is a streamx Readable: its pipe() feeds the engine request like a Node stream.
    return {
        tar: tar,
        dockerfile: dockerfileInTar,
        entries: entries.map((entry) => entry.path),
    };
}
async function walk(root, dir, ignore, alwaysSent) {
    const entries = [];
    const names = (await (0,promises_.readdir)((0,external_node_path_.join)(root, dir))).sort();
    for (const name of names) {
        const path = dir ? `${dir}/${name}` : name;
        const absolute = (0,external_node_path_.join)(root, path);
        const info = await (0,promises_.lstat)(absolute);
        const ignored = ignore.ignores(path) && !alwaysSent.has(path);
        if (info.isDirectory()) {
            if (ignored && !ignore.hasExclusions && ![...alwaysSent].some((p) => p.startsWith(`${path}/`)))
                continue;
            const children = await walk(root, path, ignore, alwaysSent);
            if (!ignored || children.length > 0)
                entries.push({ path, absolute, kind: 'directory' }, ...children);
        }
        else if (!ignored && (info.isFile() || info.isSymbolicLink())) {
            entries.push({ path, absolute, kind: info.isFile() ? 'file' : 'symlink' });
        }
    }
    return entries;
}
async function writeEntries(tar, entries) {
    for (const entry of entries) {
        const info = await (0,promises_.lstat)(entry.absolute);
        const header = { name: entry.path, mode: info.mode & 0o7777, mtime: info.mtime, uid: 0, gid: 0 };
        if (entry.kind === 'directory')
            await addEntry(tar, { ...header, name: `${entry.path}/`, type: 'directory' });
        else if (entry.kind === 'symlink') {
            await addEntry(tar, { ...header, type: 'symlink', linkname: await (0,promises_.readlink)(entry.absolute) });
        }
        else {
            await new Promise((done, fail) => {
                const sink = tar.entry({ ...header, type: 'file', size: info.size }, (error) => error ? fail(error) : done());
                (0,external_node_fs_.createReadStream)(entry.absolute).on('error', fail).pipe(sink);
            });
        }
    }
}
function addEntry(tar, header) {
    return new Promise((done, fail) => {
        tar.entry(header, (error) => (error ? fail(error) : done()));
    });
}

;// CONCATENATED MODULE: ./src/docker/build/builder.ts

/** BuildKit over the API needs a Linux engine and API 1.39+ (the `/session` endpoint). */
const BUILDKIT_MIN_API = [1, 39];
async function chooseBuilder(docker, env = process.env) {
    if (env.DOCKER_BUILDKIT === '0')
        return { kind: 'classic', reason: 'DOCKER_BUILDKIT=0 is set' };
    let version;
    try {
        version = await docker.version();
    }
    catch (error) {
        return { kind: 'classic', reason: `the engine's version could not be read (${(0,errors/* errorMessage */.gJ)(error)})` };
    }
    if (version.Os && version.Os !== 'linux') {
        return {
            kind: 'classic',
            reason: `the engine runs ${version.Os} containers and BuildKit needs a Linux engine`,
        };
    }
    const [major = 0, minor = 0] = (version.ApiVersion ?? '0.0').split('.').map(Number);
    if (major < BUILDKIT_MIN_API[0] || (major === BUILDKIT_MIN_API[0] && minor < BUILDKIT_MIN_API[1])) {
        return {
            kind: 'classic',
            reason: `the engine's API ${version.ApiVersion} is older than ${BUILDKIT_MIN_API.join('.')}, which BuildKit needs`,
        };
    }
    return { kind: 'buildkit' };
}

// EXTERNAL MODULE: ./src/shared/labels.ts
var shared_labels = __webpack_require__(44758);
;// CONCATENATED MODULE: ./src/docker/build/labels.ts

/**
 * Labels of a built image: OCI metadata from the GitHub context when present, the user's labels,
 * and ours last so a user label cannot hide an image from cleanup.
 */
function imageLabels(runTag, userLabels, env = process.env, now = new Date()) {
    const labels = { 'org.opencontainers.image.created': now.toISOString() };
    if (env.GITHUB_REPOSITORY) {
        const server = env.GITHUB_SERVER_URL || 'https://github.com';
        labels['org.opencontainers.image.source'] = `${server}/${env.GITHUB_REPOSITORY}`;
    }
    if (env.GITHUB_SHA)
        labels['org.opencontainers.image.revision'] = env.GITHUB_SHA;
    return { ...labels, ...userLabels, [shared_labels/* LABEL_MANAGED */.TA]: 'true', [shared_labels/* LABEL_RUN */.Bt]: runTag };
}

;// CONCATENATED MODULE: ./src/docker/build/buildkit-status.ts
/**
 * Decoder for the BuildKit progress messages the engine sends during a `version=2` build
 * (`{"id":"moby.buildkit.trace","aux":"<base64 moby.buildkit.v1.StatusResponse>"}`).
 * Only the fields we print are read. A hand-written protobuf reader keeps the bundle free of
 * protobufjs and of .proto files that would have to be found on disk at run time.
 */
function decodeBuildkitStatus(base64) {
    const status = { vertexes: [], logs: [], warnings: [] };
    for (const field of readFields(Buffer.from(base64, 'base64'))) {
        if (field.bytes === undefined)
            continue;
        if (field.number === 1)
            status.vertexes.push(decodeVertex(field.bytes));
        else if (field.number === 3)
            status.logs.push(decodeLog(field.bytes));
        else if (field.number === 4) {
            const short = readFields(field.bytes).find((f) => f.number === 3)?.bytes;
            if (short)
                status.warnings.push(short.toString('utf8'));
        }
    }
    return status;
}
function decodeVertex(bytes) {
    const vertex = {
        digest: '',
        name: '',
        cached: false,
        started: false,
        completed: false,
        error: '',
    };
    for (const field of readFields(bytes)) {
        if (field.number === 1)
            vertex.digest = buildkit_status_text(field);
        else if (field.number === 3)
            vertex.name = buildkit_status_text(field);
        else if (field.number === 4)
            vertex.cached = field.varint === 1n;
        else if (field.number === 5)
            vertex.started = true;
        else if (field.number === 6)
            vertex.completed = true;
        else if (field.number === 7)
            vertex.error = buildkit_status_text(field);
    }
    return vertex;
}
function decodeLog(bytes) {
    const log = { vertex: '', stream: 1, message: '' };
    for (const field of readFields(bytes)) {
        if (field.number === 1)
            log.vertex = buildkit_status_text(field);
        else if (field.number === 3)
            log.stream = Number(field.varint ?? 1n);
        else if (field.number === 4)
            log.message = buildkit_status_text(field);
    }
    return log;
}
function buildkit_status_text(field) {
    return field.bytes ? field.bytes.toString('utf8') : '';
}
function readFields(buffer) {
    const fields = [];
    let offset = 0;
    const readVarint = () => {
        let result = 0n;
        let shift = 0n;
        for (;;) {
            if (offset >= buffer.length)
                throw new Error('truncated BuildKit status message');
            const byte = buffer[offset++];
            result |= BigInt(byte & 0x7f) << shift;
            if ((byte & 0x80) === 0)
                return result;
            shift += 7n;
        }
    };
    while (offset < buffer.length) {
        const key = readVarint();
        const number = Number(key >> 3n);
        const wireType = Number(key & 7n);
        if (wireType === 0)
            fields.push({ number, varint: readVarint() });
        else if (wireType === 2) {
            const length = Number(readVarint());
            fields.push({ number, bytes: buffer.subarray(offset, offset + length) });
            offset += length;
        }
        else if (wireType === 1)
            offset += 8;
        else if (wireType === 5)
            offset += 4;
        else
            throw new Error(`unsupported protobuf wire type ${wireType} in BuildKit status message`);
    }
    return fields;
}

;// CONCATENATED MODULE: ./src/docker/build/progress.ts

/** Lines of one failing step kept for the error message; the full output is in the log group. */
const FAILURE_TAIL_LINES = 60;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const CLASSIC_STEP = /^Step \d+\/\d+ : /;
/**
 * Follows a build's JSON stream: prints readable lines, remembers each step's output so a failure
 * can show the step that failed, and picks up the image ID.
 */
class BuildProgress {
    print;
    imageId;
    error;
    steps = [];
    vertexes = new Map();
    partialLogs = new Map();
    classicPartial = '';
    constructor(print) {
        this.print = print;
    }
    handle(message) {
        if (message.errorDetail || message.error) {
            this.finish();
            this.error = (message.errorDetail?.message || message.error || 'unknown build error').trim();
            this.print(`ERROR: ${this.error}`);
        }
        else if (message.id === 'moby.buildkit.trace' && typeof message.aux === 'string') {
            this.handleBuildkit(decodeBuildkitStatus(message.aux));
        }
        else if (isImageIdAux(message.aux)) {
            this.imageId = message.aux.ID;
        }
        else if (typeof message.stream === 'string') {
            this.handleClassic(message.stream);
        }
        else if (typeof message.status === 'string') {
            this.print(message.id ? `${message.id}: ${message.status}` : message.status);
        }
    }
    /** Flushes partial lines; call when the stream ends. */
    finish() {
        if (this.classicPartial)
            this.classicLine(this.classicPartial);
        this.classicPartial = '';
        for (const [digest, rest] of this.partialLogs)
            if (rest)
                this.vertexLine(digest, rest);
        this.partialLogs.clear();
    }
    /** The failing step (its header and last lines) followed by the engine's error message. */
    failureReport() {
        const failed = [...this.vertexes.values()].filter((step) => step.error).at(-1) ?? this.steps.at(-1);
        const message = this.error ?? failed?.error ?? 'the build stream ended without an image ID';
        if (!failed)
            return message;
        const lines = failed.lines.slice(-FAILURE_TAIL_LINES).map((line) => line.replace(ANSI, ''));
        const skipped = failed.lines.length - lines.length;
        return [
            failed.header,
            ...(skipped > 0 ? [`... (${skipped} earlier lines in the build log)`] : []),
            ...lines,
            message,
        ].join('\n');
    }
    handleClassic(chunk) {
        const parts = (this.classicPartial + chunk).split('\n');
        this.classicPartial = parts.pop() ?? '';
        for (const line of parts)
            this.classicLine(line);
    }
    classicLine(raw) {
        const line = raw.replace(/\r$/, '');
        if (CLASSIC_STEP.test(line))
            this.steps.push({ header: line, lines: [] });
        else if (line.trim() !== '')
            this.steps.at(-1)?.lines.push(line);
        if (line.trim() !== '')
            this.print(line);
    }
    handleBuildkit(status) {
        for (const vertex of status.vertexes) {
            let step = this.vertexes.get(vertex.digest);
            if (!step && vertex.name) {
                const number = this.vertexes.size + 1;
                step = { header: `#${number} ${vertex.name}`, lines: [], number, cachedShown: false };
                this.vertexes.set(vertex.digest, step);
                this.steps.push(step);
                this.print(step.header);
            }
            if (!step)
                continue;
            if (vertex.cached && !step.cachedShown) {
                step.cachedShown = true;
                this.print(`#${step.number} CACHED`);
            }
            if (vertex.error && !step.error) {
                step.error = vertex.error;
                this.print(`#${step.number} ERROR: ${vertex.error}`);
            }
        }
        for (const log of status.logs) {
            const parts = ((this.partialLogs.get(log.vertex) ?? '') + log.message).split('\n');
            this.partialLogs.set(log.vertex, parts.pop() ?? '');
            for (const line of parts)
                this.vertexLine(log.vertex, line.replace(/\r$/, ''));
        }
        for (const warning of status.warnings)
            this.print(`WARNING: ${warning}`);
    }
    vertexLine(digest, line) {
        const step = this.vertexes.get(digest);
        step?.lines.push(line);
        this.print(step ? `#${step.number} ${line}` : line);
    }
}
function isImageIdAux(aux) {
    return typeof aux === 'object' && aux !== null && typeof aux.ID === 'string';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/docker/build/tags.ts


const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const NAME_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const REGISTRY_HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:]+\])(?::\d+)?$/;
/**
 * The tag every image of one run gets: `run-<id>-<attempt>` on GitHub, `local-<yyyymmddhhmmss>-<random>`
 * elsewhere, so two runs never share a tag.
 */
function defaultRunTag(env = process.env, now = new Date()) {
    if (env.GITHUB_RUN_ID)
        return `run-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || '1'}`;
    const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
    return `local-${stamp}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
}
/** A tag we may put on a built image; `latest` is refused with the reason. */
function validateTag(tag, where) {
    if (tag === 'latest') {
        throw new errors/* ConfigurationError */.j1(`${where}: the tag "latest" is not allowed. kind and Kubernetes always pull ":latest" images ` +
            '(imagePullPolicy Always), so a locally built or loaded image would be ignored, and runs tagged ' +
            '"latest" cannot be told apart. Leave the tag out to get a unique tag per run, or give a specific one.');
    }
    if (!TAG.test(tag)) {
        throw new errors/* ConfigurationError */.j1(`${where}: "${tag}" is not a valid image tag; use letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-").`);
    }
    return tag;
}
/** An image name without a tag: lowercase path components, optionally after a registry host. */
function validateImageName(name, where) {
    const parts = name.split('/');
    const hasHost = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]);
    if (hasHost && !REGISTRY_HOST.test(parts[0])) {
        throw new errors/* ConfigurationError */.j1(`${where}: "${parts[0]}" in "${name}" is not a valid registry host.`);
    }
    const path = hasHost ? parts.slice(1) : parts;
    const lastPart = path.at(-1) ?? '';
    if (lastPart.includes(':') || lastPart.includes('@')) {
        throw new errors/* ConfigurationError */.j1(`${where}: "${name}" carries a tag or digest; give the name alone (the run tag is added) and put extra tags in "tags".`);
    }
    if (path.length === 0 || !path.every((component) => NAME_COMPONENT.test(component))) {
        throw new errors/* ConfigurationError */.j1(`${where}: "${name}" is not a valid image name; use lowercase letters, digits and single ".", "_" or "-" between them, with "/" between components.`);
    }
    return name;
}
/**
 * `<name>:<runTag>` first, then the extra tags: a bare tag (`v1`) is applied to `name`,
 * anything with `/` or `:` is a full reference that must carry its own tag.
 */
function imageReferences(name, runTag, extraTags, where) {
    const refs = [`${name}:${validateTag(runTag, `${where} run tag`)}`];
    for (const extra of extraTags) {
        if (!extra.includes('/') && !extra.includes(':')) {
            refs.push(`${name}:${validateTag(extra, `${where} tags`)}`);
            continue;
        }
        const colon = extra.lastIndexOf(':');
        if (colon <= extra.lastIndexOf('/')) {
            throw new errors/* ConfigurationError */.j1(`${where} tags: "${extra}" is a reference without a tag; write "${extra}:<tag>" (not "latest").`);
        }
        validateImageName(extra.slice(0, colon), `${where} tags`);
        refs.push(`${extra.slice(0, colon)}:${validateTag(extra.slice(colon + 1), `${where} tags`)}`);
    }
    return [...new Set(refs)];
}

;// CONCATENATED MODULE: ./src/docker/build/build-images.ts








/** An image failed to build; the message holds the failing step's output and the engine's error. */
class ImageBuildError extends Error {
    image;
    report;
    name = 'ImageBuildError';
    constructor(image, report) {
        super(`image "${image}" failed to build:\n${report}`);
        this.image = image;
        this.report = report;
    }
}
/** Builds the images (at most `concurrency` at once), each tagged `<name>:<runTag>` plus its extra tags. */
async function buildImages(docker, specs, options) {
    const { logger } = options;
    const plans = specs.map((spec, index) => {
        const where = `image ${index + 1} ("${spec.name}")`;
        validateImageName(spec.name, where);
        return { spec, refs: imageReferences(spec.name, options.runTag, spec.tags ?? [], where) };
    });
    const seen = new Set();
    for (const { spec } of plans) {
        if (seen.has(spec.name)) {
            throw new errors/* ConfigurationError */.j1(`Image "${spec.name}" is listed twice; give each image a different name.`);
        }
        seen.add(spec.name);
    }
    if (plans.length === 0)
        return [];
    const state = { builder: await chooseBuilder(docker, options.env) };
    if (state.builder.kind === 'classic') {
        logger.warn(`Building with the classic builder instead of BuildKit: ${state.builder.reason}.`);
    }
    const labels = imageLabels(options.runTag, options.labels, options.env);
    const title = plans.length === 1
        ? `Build image ${plans[0]?.refs[0]}`
        : `Build ${plans.length} images (${options.runTag})`;
    return logger.group(title, async () => {
        // Every build runs to its end, so one failure does not hide another.
        const results = await (0,concurrency/* mapWithConcurrency */.W)(plans, options.concurrency ?? 2, ({ spec, refs }) => {
            const prefix = plans.length > 1 ? `[${spec.name}] ` : '';
            return buildImage(docker, spec, refs, { ...options, labels }, state, prefix).then((value) => ({ status: 'fulfilled', value }), (reason) => ({ status: 'rejected', reason }));
        });
        const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason);
        if (failures.length === 1)
            throw failures[0];
        if (failures.length > 1)
            throw new Error(failures.map((failure) => (0,errors/* errorMessage */.gJ)(failure)).join('\n\n'));
        return results.map((result) => result.value);
    });
}
async function buildImage(docker, spec, refs, options, state, prefix) {
    const { logger } = options;
    const started = Date.now();
    const [ref] = refs;
    const print = (line) => logger.output(`${prefix}${line}\n`);
    const run = async (builder) => {
        const context = await createBuildContext(spec.context, spec.dockerfile);
        const stream = await docker.buildImage(context.tar, {
            t: ref,
            dockerfile: context.dockerfile,
            buildargs: spec.buildArgs ?? {},
            labels: options.labels,
            nocache: options.noCache,
            rm: true,
            forcerm: true,
            target: spec.target,
            ...(builder === 'buildkit' ? { version: '2' } : {}),
        });
        return followBuild(stream, new BuildProgress(print));
    };
    print(`building ${ref} from ${spec.context} (${spec.dockerfile ?? 'Dockerfile'})`);
    let builder = state.builder.kind;
    let progress;
    try {
        progress = await run(builder);
    }
    catch (error) {
        if (builder !== 'buildkit' || error instanceof errors/* ConfigurationError */.j1)
            throw error;
        // The engine refused the BuildKit request itself (no build step ran): every later build would too.
        const reason = `the engine refused a BuildKit build (${(0,errors/* errorMessage */.gJ)(error)})`;
        if (state.builder.kind === 'buildkit') {
            state.builder = { kind: 'classic', reason };
            logger.warn(`Building with the classic builder instead of BuildKit: ${reason}.`);
        }
        builder = 'classic';
        progress = await run(builder);
    }
    if (progress.error || !progress.imageId)
        throw new ImageBuildError(spec.name, progress.failureReport());
    const id = (await docker.getImage(ref).inspect()).Id;
    await Promise.all(refs.slice(1).map((extra) => {
        const colon = extra.lastIndexOf(':');
        return docker.getImage(id).tag({ repo: extra.slice(0, colon), tag: extra.slice(colon + 1) });
    }));
    const durationMs = Date.now() - started;
    logger.info(`Built ${refs.join(', ')} (${id.slice(7, 19)}) in ${(0,format_duration/* formatDuration */.a)(durationMs)} with ${builder}`);
    return { name: spec.name, ref, id, tags: refs, builder, durationMs };
}
function followBuild(stream, progress) {
    return new Promise((resolve, reject) => {
        let partial = '';
        const handleLine = (line) => {
            if (line.trim() === '')
                return;
            let message;
            try {
                message = JSON.parse(line);
            }
            catch {
                message = { stream: `${line}\n` };
            }
            progress.handle(message);
        };
        stream.on('data', (chunk) => {
            const lines = (partial + chunk.toString('utf8')).split('\n');
            partial = lines.pop() ?? '';
            lines.forEach(handleLine);
        });
        stream.on('error', reject);
        stream.on('end', () => {
            handleLine(partial);
            progress.finish();
            resolve(progress);
        });
    });
}

;// CONCATENATED MODULE: ./src/docker/build/index.ts




/***/ }),

/***/ 69443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EP: () => (/* binding */ lastLogLines),
/* harmony export */   P8: () => (/* binding */ readContainerLogs),
/* harmony export */   _q: () => (/* binding */ followContainerLogs)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log_frames_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81233);


/** The container's log so far (stdout and stderr interleaved as the engine stored them). */
async function readContainerLogs(container, options = {}) {
    const raw = await container.logs({
        stdout: true,
        stderr: true,
        follow: false,
        timestamps: options.timestamps ?? false,
        ...(options.tail === undefined ? {} : { tail: options.tail }),
    });
    return (0,_log_frames_js__WEBPACK_IMPORTED_MODULE_1__/* .demultiplex */ .d)(Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw)));
}
async function lastLogLines(container, count) {
    try {
        return await readContainerLogs(container, { tail: count });
    }
    catch {
        return '';
    }
}
/** A live text stream of the container's output (stdout and stderr merged), from its start. */
async function followContainerLogs(container, tty = false) {
    const stream = (await container.logs({ stdout: true, stderr: true, follow: true }));
    if (tty)
        return stream;
    const merged = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough();
    container.modem.demuxStream(stream, merged, merged);
    stream.on('end', () => merged.end());
    stream.on('error', (error) => merged.destroy(error));
    // The engine keeps a followed log open while the container runs: closing ours must close its socket.
    merged.on('close', () => stream.destroy());
    return merged;
}


/***/ }),

/***/ 11659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mc: () => (/* reexport */ ENV_ENVIRONMENT),
  hY: () => (/* reexport */ ENV_NETWORK),
  lO: () => (/* reexport */ ENV_SERVICES),
  uW: () => (/* reexport */ generateEnvironmentName),
  Cg: () => (/* reexport */ hostVariables),
  Io: () => (/* reexport */ networkVariables),
  IE: () => (/* reexport */ removeEnvironment),
  xQ: () => (/* reexport */ upEnvironment)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/labels.ts
var labels = __webpack_require__(44758);
;// CONCATENATED MODULE: ./src/docker/environment/cleanup.ts


/** Removes exactly the resources labelled with this environment, and nothing else. Never throws: what
 * could not be removed is reported. */
async function removeEnvironment(docker, environment, logger) {
    const filters = JSON.stringify((0,labels/* labelFilter */.HY)(environment));
    const report = { containers: [], networks: [], volumes: [], images: [], errors: [] };
    const attempt = async (what, fn) => {
        try {
            await fn();
            return true;
        }
        catch (error) {
            const message = (0,errors/* errorMessage */.gJ)(error);
            if (/no such|not found|404/i.test(message))
                return true;
            report.errors.push(`${what}: ${message}`);
            logger.warn(`could not remove ${what}: ${message}`);
            return false;
        }
    };
    /** Removes every item at once, noting the name of each one removed (or already gone) in `removed`. */
    const removeAll = (kind, items, name, remove, removed) => Promise.all(items.map(async (item) => {
        if (await attempt(`${kind} ${name(item)}`, () => remove(item)))
            removed.push(name(item));
    }));
    // Containers first: a network or volume still in use by one cannot be removed.
    await removeAll('container', await docker.listContainers({ all: true, filters }), (info) => info.Names[0]?.replace(/^\//, '') ?? info.Id, (info) => docker.getContainer(info.Id).remove({ force: true, v: true }), report.containers);
    const [networks, { Volumes: volumes = [] }, images] = await Promise.all([
        docker.listNetworks({ filters }),
        docker.listVolumes({ filters }),
        docker.listImages({ filters }),
    ]);
    // Images built for the environment lose their per-environment tag; layers stay for the next build's cache.
    const tags = images.flatMap((image) => image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>');
    await Promise.all([
        removeAll('network', networks, (network) => network.Name, (network) => docker.getNetwork(network.Id).remove(), report.networks),
        removeAll('volume', volumes, (volume) => volume.Name, (volume) => docker.getVolume(volume.Name).remove(), report.volumes),
        removeAll('image tag', tags, (tag) => tag, (tag) => docker.getImage(tag).remove({ noprune: true }), report.images),
    ]);
    return report;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/docker/environment/name.ts


const VALID = /^[a-z0-9][a-z0-9_.-]{0,62}$/;
/** `<project>-<random>`: unique per call, so two environments from one file never share a name. */
function generateEnvironmentName(project) {
    const base = project
        .toLowerCase()
        .replace(/[^a-z0-9_.-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '')
        .slice(0, 40)
        .replace(/[^a-z0-9]+$/, '');
    return `${base || 'env'}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
function validateEnvironmentName(name, where = 'environment name') {
    if (!VALID.test(name)) {
        throw new errors/* ConfigurationError */.j1(`${where} "${name}" is not usable as a Docker name: use lowercase letters, digits, "-", "_" or ".", ` +
            'starting with a letter or digit, at most 63 characters.');
    }
    return name;
}

// EXTERNAL MODULE: ./src/shared/format-duration.ts
var format_duration = __webpack_require__(91463);
;// CONCATENATED MODULE: ./src/docker/environment/container-spec.ts

const NS_PER_MS = 1_000_000;
function containerName(environment, service) {
    return `${environment}-${service}`;
}
function volumeName(environment, volume) {
    return `${environment}_${volume}`;
}
function healthcheckConfig(spec) {
    return {
        Test: spec.test,
        Interval: spec.intervalMs === undefined ? undefined : spec.intervalMs * NS_PER_MS,
        Timeout: spec.timeoutMs === undefined ? undefined : spec.timeoutMs * NS_PER_MS,
        Retries: spec.retries,
        StartPeriod: spec.startPeriodMs === undefined ? undefined : spec.startPeriodMs * NS_PER_MS,
    };
}
/** The Engine API create options for one service of an environment. Pure, so the mapping is unit-tested. */
function containerCreateOptions(service, context) {
    const exposed = {};
    const bindings = {};
    for (const port of service.expose)
        exposed[`${port}/tcp`] = {};
    for (const port of service.ports) {
        const key = `${port.containerPort}/${port.protocol}`;
        exposed[key] = {};
        const binding = {
            HostPort: port.hostPort === undefined ? '' : String(port.hostPort),
            HostIp: port.hostIp,
        };
        (bindings[key] ??= []).push(binding);
    }
    const tmpfs = {};
    for (const entry of service.tmpfs) {
        const [target = entry, options = ''] = entry.split(/:(.*)/s);
        tmpfs[target] = options;
    }
    const mounts = service.volumes.map((volume) => ({
        Type: volume.type,
        Source: volume.type === 'volume' ? volumeName(context.environment, volume.source) : volume.source,
        Target: volume.target,
        ReadOnly: volume.readOnly,
    }));
    return {
        name: containerName(context.environment, service.name),
        Image: context.image,
        Cmd: service.command,
        Entrypoint: service.entrypoint,
        Env: Object.entries(service.environment).map(([key, value]) => `${key}=${value}`),
        ExposedPorts: exposed,
        WorkingDir: service.workingDir,
        User: service.user,
        Hostname: service.name,
        Labels: {
            ...service.labels,
            ...(0,labels/* environmentLabels */.ZC)(context.environment, 'service'),
            [labels/* LABEL_SERVICE */.bb]: service.name,
        },
        Healthcheck: service.healthcheck ? healthcheckConfig(service.healthcheck) : undefined,
        HostConfig: {
            PortBindings: bindings,
            Tmpfs: tmpfs,
            Mounts: mounts,
            NanoCpus: service.limits.nanoCpus,
            Memory: service.limits.memoryBytes,
            NetworkMode: context.network,
        },
        NetworkingConfig: {
            EndpointsConfig: { [context.network]: { Aliases: [service.name, ...service.aliases] } },
        },
    };
}

;// CONCATENATED MODULE: ./src/docker/environment/readiness/describe-wait.ts
/** How a wait reads in a log line or an error: "HTTP 200 on :8080/healthz". */
function describeWait(wait) {
    switch (wait.kind) {
        case 'healthy':
            return 'its health check to pass';
        case 'started':
            return 'it to start';
        case 'log':
            return `log line /${wait.pattern}/${wait.times > 1 ? ` ${wait.times} times` : ''}`;
        case 'http':
            return `HTTP ${wait.status.join('|')} on :${wait.port}${wait.path}${wait.body ? ` with body /${wait.body}/` : ''}`;
        case 'tcp':
            return `TCP port ${wait.port} to accept connections`;
        case 'exit':
            return `it to exit with code ${wait.code}`;
        case 'running':
            return `it to keep running for ${wait.forMs / 1000}s`;
    }
}

// EXTERNAL MODULE: ./src/docker/container-logs.ts
var container_logs = __webpack_require__(69443);
;// CONCATENATED MODULE: ./src/docker/environment/readiness/log-matcher.ts

/** Counts lines of a container's output matching a pattern, from its start, while it runs. */
class LogMatcher {
    pattern;
    matches = 0;
    pending = '';
    stream;
    constructor(pattern) {
        this.pattern = pattern;
    }
    async attach(container) {
        this.stream = await (0,container_logs/* followContainerLogs */._q)(container);
        this.stream.setEncoding('utf8');
        this.stream.on('data', (chunk) => this.consume(chunk));
        this.stream.on('error', () => { });
    }
    get count() {
        return this.matches;
    }
    consume(chunk) {
        const lines = (this.pending + chunk).split('\n');
        this.pending = lines.pop() ?? '';
        for (const line of lines)
            if (this.pattern.test(line))
                this.matches++;
        // A ready line printed without a trailing newline still counts.
        if (this.pending && this.pattern.test(this.pending)) {
            this.matches++;
            this.pending = '';
        }
    }
    close() {
        this.stream?.destroy();
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/docker/environment/readiness/probes.ts



/** True when a TCP connection opens within the timeout. */
function probeTcp(target, timeoutMs = 1000) {
    return new Promise((resolve) => {
        const socket = external_node_net_default().connect({ host: target.host, port: target.port });
        const done = (ok) => {
            socket.destroy();
            resolve(ok);
        };
        socket.setTimeout(timeoutMs, () => done(false));
        socket.once('connect', () => done(true));
        socket.once('error', () => done(false));
    });
}
/** One GET; undefined when nothing answers. The body is capped: we only match a pattern in it. */
function probeHttp(target, path, scheme, timeoutMs = 2000) {
    const client = scheme === 'https' ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve) => {
        const request = client.get({ host: target.host, port: target.port, path, timeout: timeoutMs, rejectUnauthorized: false }, (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk) => {
                if (body.length < 64 * 1024)
                    body += chunk;
            });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
            response.on('error', () => resolve(undefined));
        });
        request.on('timeout', () => request.destroy());
        request.on('error', () => resolve(undefined));
    });
}

;// CONCATENATED MODULE: ./src/docker/environment/readiness/wait-for-service.ts





const POLL_MS = 250;
const LAST_LINES = 50;
/** Where a port of the container answers from here: its published host port, else its network IP. */
function probeTarget(info, port, network) {
    const bindings = info.NetworkSettings.Ports?.[`${port}/tcp`];
    const hostPort = bindings?.find((binding) => binding.HostPort)?.HostPort;
    if (hostPort)
        return { host: '127.0.0.1', port: Number(hostPort) };
    const ip = info.NetworkSettings.Networks?.[network]?.IPAddress;
    return ip ? { host: ip, port } : undefined;
}
async function conditionMet(wait, info, network, prepared) {
    const state = info.State;
    switch (wait.kind) {
        case 'started':
            return state.Running || (state.Status === 'exited' && state.ExitCode === 0);
        case 'healthy':
            return state.Health?.Status === 'healthy';
        case 'running':
            return state.Running && Date.now() - Date.parse(state.StartedAt) >= wait.forMs;
        case 'log':
            return (prepared.logs?.count ?? 0) >= wait.times;
        case 'exit':
            return state.Status === 'exited' && state.ExitCode === wait.code;
        case 'tcp': {
            const target = state.Running ? probeTarget(info, wait.port, network) : undefined;
            return target ? probeTcp(target) : false;
        }
        case 'http': {
            const target = state.Running ? probeTarget(info, wait.port, network) : undefined;
            if (!target)
                return false;
            const answer = await probeHttp(target, wait.path, wait.scheme);
            if (!answer || !wait.status.includes(answer.status))
                return false;
            return prepared.body === undefined || prepared.body.test(answer.body);
        }
    }
}
/** Why the container can never become ready, or undefined while it still may. */
function terminalFailure(wait, info) {
    const state = info.State;
    if (state.Status === 'exited' || state.Status === 'dead') {
        if (wait.kind === 'exit' && state.ExitCode === wait.code)
            return undefined;
        if (wait.kind === 'started' && state.ExitCode === 0)
            return undefined;
        const oom = state.OOMKilled ? ' (killed: out of memory)' : '';
        return `exited with code ${state.ExitCode}${oom} while waiting for ${describeWait(wait)}`;
    }
    if (state.Health?.Status === 'unhealthy' && wait.kind !== 'exit') {
        const last = state.Health.Log?.at(-1)?.Output?.trim();
        return `turned unhealthy while waiting for ${describeWait(wait)}${last ? ` (last check: ${last})` : ''}`;
    }
    return undefined;
}
/** Ends early on abort. The listener goes with the timer: every service polls on one shared signal. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
/** Resolves when the service is ready by its wait strategy; throws with its last log lines as soon as it
 * exits, turns unhealthy, or misses its deadline. */
async function waitForService(options) {
    const { container, wait, service } = options;
    const deadline = Date.now() + options.timeoutMs;
    const logs = wait.kind === 'log' ? new LogMatcher(new RegExp(wait.pattern)) : undefined;
    const body = wait.kind === 'http' && wait.body !== undefined ? new RegExp(wait.body) : undefined;
    const prepared = { logs, body };
    await logs?.attach(container);
    const fail = async (reason) => {
        throw new errors/* ServiceStartError */.MU(service, reason, await (0,container_logs/* lastLogLines */.EP)(container, LAST_LINES));
    };
    try {
        for (;;) {
            if (options.signal?.aborted)
                throw new Error(`stopped waiting for "${service}": another service failed`);
            const info = await container.inspect();
            if (await conditionMet(wait, info, options.network, prepared))
                return;
            const failure = terminalFailure(wait, info);
            if (failure)
                return await fail(failure);
            if (Date.now() >= deadline) {
                const seconds = Math.round(options.timeoutMs / 1000);
                return await fail(`was not ready within ${seconds}s: waited for ${describeWait(wait)}`);
            }
            await sleep(POLL_MS, options.signal);
        }
    }
    finally {
        logs?.close();
    }
}

;// CONCATENATED MODULE: ./src/docker/environment/service-address.ts
/** How the service is reached: from the host (published ports) and from inside the network (its name). */
function serviceAddress(service, info, network) {
    const hostPorts = {};
    for (const [key, bindings] of Object.entries(info.NetworkSettings.Ports ?? {})) {
        const published = bindings?.find((binding) => binding.HostPort)?.HostPort;
        if (published)
            hostPorts[key] = Number(published);
    }
    const address = {
        container: info.Name.replace(/^\//, ''),
        containerId: info.Id,
        ip: info.NetworkSettings.Networks?.[network]?.IPAddress ?? '',
        hostname: service.name,
        hostPorts,
    };
    const httpPort = service.wait.kind === 'http' ? service.wait.port : undefined;
    if (httpPort !== undefined) {
        const scheme = service.wait.kind === 'http' ? service.wait.scheme : 'http';
        const published = hostPorts[`${httpPort}/tcp`];
        if (published)
            address.url = `${scheme}://127.0.0.1:${published}`;
        address.internalUrl = `${scheme}://${service.name}:${httpPort}`;
    }
    return address;
}

;// CONCATENATED MODULE: ./src/docker/environment/service-plan.ts

/** Applies per-service wait overrides and makes one-shot dependencies wait for their exit. Pure. */
function planServices(project, overrides = {}, timeoutMs) {
    const names = new Set(project.services.map((service) => service.name));
    for (const name of Object.keys(overrides)) {
        if (!names.has(name)) {
            throw new errors/* ConfigurationError */.j1(`wait: service "${name}" is not in ${project.file}; services are: ${[...names].join(', ')}`);
        }
    }
    const awaitedToComplete = new Set(project.services.flatMap((service) => Object.entries(service.dependsOn)
        .filter(([, condition]) => condition === 'service_completed_successfully')
        .map(([dependency]) => dependency)));
    return project.services.map((service) => {
        let wait = overrides[service.name] ?? service.wait;
        if (wait.kind === 'started' && awaitedToComplete.has(service.name))
            wait = { kind: 'exit', code: 0 };
        if (wait.kind === 'healthy' && !service.healthcheck) {
            throw new errors/* ConfigurationError */.j1(`service "${service.name}" waits for its health check but has none: add a healthcheck or another wait.`);
        }
        return { ...service, wait, startTimeoutMs: timeoutMs ?? service.startTimeoutMs };
    });
}

// EXTERNAL MODULE: ./src/docker/build/index.ts + 8 modules
var build = __webpack_require__(22576);
// EXTERNAL MODULE: ./src/docker/image-pull.ts
var image_pull = __webpack_require__(7257);
;// CONCATENATED MODULE: ./src/docker/environment/service-images.ts




/** Image ref per service: built ones tagged for this environment, the rest present or pulled. */
async function prepareServiceImages(options) {
    const { docker, project, services, environment, logger } = options;
    const refs = new Map();
    const toBuild = services.filter((service) => service.build && (options.build || !service.image));
    // Services sharing one build (same context, file, target and args) share one image, built once.
    const groups = new Map();
    for (const service of toBuild) {
        const key = JSON.stringify([service.image, service.build]);
        groups.set(key, [...(groups.get(key) ?? []), service]);
    }
    if (groups.size > 0) {
        const leaders = [...groups.values()].map((group) => group[0]);
        const built = await (0,build/* buildImages */.rd)(docker, leaders.map((service) => ({
            name: service.image ? withoutTag(service.image) : `${project.name}-${service.name}`,
            context: service.build.context,
            dockerfile: service.build.dockerfile,
            target: service.build.target,
            buildArgs: service.build.args,
        })), {
            runTag: environment,
            noCache: options.noCache,
            labels: (0,labels/* environmentLabels */.ZC)(environment, 'image'),
            logger,
        });
        [...groups.values()].forEach((group, index) => {
            for (const service of group)
                refs.set(service.name, built[index].ref);
        });
    }
    const pulled = services.filter((service) => !refs.has(service.name));
    for (const service of pulled)
        refs.set(service.name, service.image);
    const images = [...new Set(pulled.map((service) => service.image))];
    // Any failure to inspect means "pull it": the pull's error says best what is wrong with the name.
    const present = await Promise.all(images.map((image) => (0,image_pull/* imagePresent */.R)(docker, image).catch(() => false)));
    const toPull = images.filter((_, index) => !present[index]);
    if (toPull.length > 0) {
        await logger.group(`Pull ${toPull.length} image(s)`, () => Promise.all(toPull.map((image) => pull(docker, image, services, logger))));
    }
    return refs;
}
/** `localhost:5000/shop/api:1.2` -> `localhost:5000/shop/api`: the name the environment's tag goes on. */
function withoutTag(image) {
    const name = image.split('@')[0];
    const colon = name.lastIndexOf(':');
    return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}
async function pull(docker, image, services, logger) {
    const users = services.filter((service) => service.image === image).map((service) => `"${service.name}"`);
    try {
        await (0,image_pull/* pullImage */.Z)(docker, image);
        logger.info(`pulled ${image}`);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Image "${image}" (service ${users.join(', ')}) is not on this engine and could not be pulled: ` +
            `${(0,errors/* errorMessage */.gJ)(error)}. Check the name and tag, log in to its registry, or build it first.`);
    }
}

;// CONCATENATED MODULE: ./src/docker/environment/up.ts










/** Brings the project up as an isolated environment: its own network, volumes and container names;
 * independent services start at once, dependents when their conditions hold. Leaves what it created in
 * place on failure, so diagnostics can be collected before `removeEnvironment`. */
async function upEnvironment(options) {
    const { docker, project, logger } = options;
    const environment = validateEnvironmentName(options.name);
    const services = planServices(project, options.waitOverrides, options.timeoutMs);
    const network = environment;
    await logger.group(`Create network and volumes of ${environment}`, async () => {
        await docker.createNetwork({
            Name: network,
            Driver: 'bridge',
            CheckDuplicate: true,
            Labels: (0,labels/* environmentLabels */.ZC)(environment, 'network'),
        });
        await Promise.all(project.volumes.map((volume) => docker.createVolume({
            Name: volumeName(environment, volume),
            Labels: (0,labels/* environmentLabels */.ZC)(environment, 'volume'),
        })));
        logger.info(`network ${network}, ${project.volumes.length} volume(s)`);
    });
    const images = await prepareServiceImages({
        docker,
        project,
        services,
        environment,
        logger,
        build: options.build ?? true,
        noCache: options.noCache ?? false,
    });
    const containers = new Map();
    await logger.group(`Start ${services.length} services of ${environment}`, () => startInDependencyOrder({ docker, services, environment, network, images, containers, logger }));
    const inspected = await Promise.all(services.map((service) => containers.get(service.name).inspect()));
    return {
        name: environment,
        network,
        services: Object.fromEntries(services.map((service, index) => [service.name, serviceAddress(service, inspected[index], network)])),
    };
}
async function startInDependencyOrder(context) {
    const { services, logger } = context;
    const byName = new Map(services.map((service) => [service.name, service]));
    const ready = new Map();
    const abort = new AbortController();
    const satisfy = async (dependency, condition) => {
        const spec = byName.get(dependency);
        await startService(spec);
        const container = context.containers.get(dependency);
        const extra = condition === 'service_healthy' && spec.wait.kind !== 'healthy'
            ? { kind: 'healthy' }
            : condition === 'service_completed_successfully' && spec.wait.kind !== 'exit'
                ? { kind: 'exit', code: 0 }
                : undefined;
        if (extra) {
            await waitForService({
                service: dependency,
                container,
                wait: extra,
                timeoutMs: spec.startTimeoutMs,
                network: context.network,
                signal: abort.signal,
            });
        }
    };
    const startService = (service) => {
        let task = ready.get(service.name);
        if (!task) {
            task = (async () => {
                await Promise.all(Object.entries(service.dependsOn).map(([dep, condition]) => satisfy(dep, condition)));
                if (abort.signal.aborted)
                    throw new Error('aborted');
                const started = Date.now();
                const container = await context.docker.createContainer(containerCreateOptions(service, {
                    environment: context.environment,
                    network: context.network,
                    image: context.images.get(service.name),
                }));
                context.containers.set(service.name, container);
                try {
                    await container.start();
                }
                catch (error) {
                    throw new errors/* ServiceStartError */.MU(service.name, `could not start: ${error.message}`, '');
                }
                logger.info(`${service.name}: started, waiting for ${describeWait(service.wait)}`);
                await waitForService({
                    service: service.name,
                    container,
                    wait: service.wait,
                    timeoutMs: service.startTimeoutMs,
                    network: context.network,
                    signal: abort.signal,
                });
                logger.info(`${service.name}: ready after ${(0,format_duration/* formatDuration */.a)(Date.now() - started)}`);
            })();
            ready.set(service.name, task);
        }
        return task;
    };
    let firstFailure;
    await Promise.allSettled(services.map((service) => startService(service).catch((error) => {
        if (!abort.signal.aborted)
            firstFailure = error;
        abort.abort();
        throw error;
    })));
    if (firstFailure !== undefined)
        throw firstFailure;
}

;// CONCATENATED MODULE: ./src/docker/environment/variables.ts
/** Variables every step after setup-docker gets; run-tests and collect-logs read them back. */
const ENV_ENVIRONMENT = 'INCEPTION_ENVIRONMENT';
const ENV_NETWORK = 'INCEPTION_NETWORK';
const ENV_SERVICES = 'INCEPTION_SERVICES';
/** `orders-db` -> `INCEPTION_ORDERS_DB`, the start of each service's variables. */
function serviceVariablePrefix(service) {
    return `INCEPTION_${service.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
/** How later steps on the host reach each service: INCEPTION_<SERVICE>_HOST/_PORT/_PORT_<n>/_URL/_IP. */
function hostVariables(info) {
    const variables = {
        [ENV_ENVIRONMENT]: info.name,
        [ENV_NETWORK]: info.network,
        [ENV_SERVICES]: JSON.stringify(info.services),
    };
    for (const [service, address] of Object.entries(info.services)) {
        const prefix = serviceVariablePrefix(service);
        variables[`${prefix}_HOST`] = '127.0.0.1';
        variables[`${prefix}_IP`] = address.ip;
        const ports = Object.entries(address.hostPorts);
        for (const [key, hostPort] of ports)
            variables[`${prefix}_PORT_${key.split('/')[0]}`] = String(hostPort);
        if (ports[0])
            variables[`${prefix}_PORT`] = String(ports[0][1]);
        if (address.url)
            variables[`${prefix}_URL`] = address.url;
    }
    return variables;
}
/** How a container on the environment network reaches each service: by its name and container port. */
function networkVariables(info) {
    const variables = { [ENV_ENVIRONMENT]: info.name };
    if (info.network)
        variables[ENV_NETWORK] = info.network;
    for (const [service, address] of Object.entries(info.services)) {
        const prefix = serviceVariablePrefix(service);
        variables[`${prefix}_HOST`] = address.hostname || service;
        if (address.ip)
            variables[`${prefix}_IP`] = address.ip;
        if (address.internalUrl)
            variables[`${prefix}_URL`] = address.internalUrl;
    }
    return variables;
}

;// CONCATENATED MODULE: ./src/docker/environment/index.ts






/***/ }),

/***/ 7257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ imagePresent),
/* harmony export */   Z: () => (/* binding */ pullImage)
/* harmony export */ });
/** Whether the engine holds the image; errors other than "no such image" are thrown. */
async function imagePresent(docker, ref) {
    try {
        await docker.getImage(ref).inspect();
        return true;
    }
    catch (error) {
        if (error.statusCode === 404)
            return false;
        throw error;
    }
}
/** Pulls the image to the end of its progress stream; an error reported inside the stream fails it too. */
async function pullImage(docker, ref) {
    const stream = await docker.pull(ref);
    await new Promise((resolve, reject) => {
        docker.modem.followProgress(stream, (error, events) => {
            const failed = error?.message ?? events.find((event) => event.error)?.error;
            if (failed)
                reject(new Error(failed));
            else
                resolve();
        });
    });
}


/***/ }),

/***/ 81233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ demultiplex),
/* harmony export */   w: () => (/* binding */ DockerFrameDecoder)
/* harmony export */ });
const HEADER_SIZE = 8;
/**
 * Splits the Engine's multiplexed attach/logs stream (non-TTY containers) into frames: each frame is an
 * 8-byte header (stream type, 3 zero bytes, big-endian payload length) and its payload. Chunks from the
 * socket cut frames anywhere, so an incomplete frame waits for the next chunk.
 */
class DockerFrameDecoder {
    pending = Buffer.alloc(0);
    push(chunk) {
        this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        const frames = [];
        while (this.pending.length >= HEADER_SIZE) {
            const length = this.pending.readUInt32BE(4);
            if (this.pending.length < HEADER_SIZE + length)
                break;
            frames.push({
                stream: this.pending[0] === 2 ? 'stderr' : 'stdout',
                payload: this.pending.subarray(HEADER_SIZE, HEADER_SIZE + length),
            });
            this.pending = this.pending.subarray(HEADER_SIZE + length);
        }
        return frames;
    }
    /** Bytes of a frame the stream ended in the middle of. */
    get leftover() {
        return this.pending.length;
    }
    /** The payload bytes received so far of the frame the stream ended in the middle of. */
    truncatedPayload() {
        return this.pending.subarray(HEADER_SIZE);
    }
}
/** A buffer starting with a frame header; a TTY container's raw output does not. */
function looksMultiplexed(buffer) {
    return buffer.length >= HEADER_SIZE && buffer[0] <= 2 && buffer[1] === 0 && buffer[2] === 0;
}
/** A whole multiplexed log as text (stdout and stderr interleaved); TTY logs pass as they are. */
function demultiplex(buffer) {
    if (!looksMultiplexed(buffer))
        return buffer.toString('utf8');
    const decoder = new DockerFrameDecoder();
    const payloads = decoder.push(buffer).map((frame) => frame.payload);
    return Buffer.concat([...payloads, decoder.truncatedPayload()]).toString('utf8');
}


/***/ }),

/***/ 60438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the order of `items`. */
async function mapWithConcurrency(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 55403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ hasGlob),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * A shell-style path pattern as an anchored regular expression: `*` and `?` stay within one path
 * segment, `**` spans segments (`a/**` + `/b` also matches `a/b`), `[abc]`, `[!a-z]` classes, `\` escapes.
 */
function globToRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*') {
            if (pattern[i + 1] === '*') {
                i++;
                if (pattern[i + 1] === '/') {
                    i++;
                    source += '(?:.*/)?';
                }
                else
                    source += '.*';
            }
            else
                source += '[^/]*';
        }
        else if (ch === '?')
            source += '[^/]';
        else if (ch === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end === -1)
                source += '\\[';
            else {
                let body = pattern.slice(i + 1, end);
                const negated = body.startsWith('!') || body.startsWith('^');
                if (negated)
                    body = body.slice(1);
                source += `[${negated ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
                i = end;
            }
        }
        else if (ch === '\\' && i + 1 < pattern.length) {
            source += escapeRegExp(pattern[++i]);
        }
        else
            source += escapeRegExp(ch);
    }
    return new RegExp(`^${source}$`);
}
/** True when the text holds a character `globToRegExp` treats specially. */
function hasGlob(pattern) {
    return /[*?[]/.test(pattern);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}


/***/ }),

/***/ 44758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ LABEL_RUN),
/* harmony export */   HY: () => (/* binding */ labelFilter),
/* harmony export */   TA: () => (/* binding */ LABEL_MANAGED),
/* harmony export */   ZC: () => (/* binding */ environmentLabels),
/* harmony export */   bb: () => (/* binding */ LABEL_SERVICE),
/* harmony export */   os: () => (/* binding */ LABEL_ROLE),
/* harmony export */   zO: () => (/* binding */ LABEL_ENVIRONMENT)
/* harmony export */ });
/** Labels on every resource we create; cleanup and diagnostics find resources by them and by nothing else. */
const LABEL_MANAGED = 'io.inception.managed';
const LABEL_ENVIRONMENT = 'io.inception.environment';
const LABEL_SERVICE = 'io.inception.service';
const LABEL_RUN = 'io.inception.run';
const LABEL_ROLE = 'io.inception.role';
function environmentLabels(environment, role) {
    return { [LABEL_MANAGED]: 'true', [LABEL_ENVIRONMENT]: environment, [LABEL_ROLE]: role };
}
/** Engine API filter selecting one environment's resources, or every resource we manage. */
function labelFilter(environment) {
    return { label: environment ? [`${LABEL_ENVIRONMENT}=${environment}`] : [`${LABEL_MANAGED}=true`] };
}


/***/ })

};
