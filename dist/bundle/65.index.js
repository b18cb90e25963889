export const id = 65;
export const ids = [65];
export const modules = {

/***/ 26065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildImagesAction: () => (/* binding */ buildImagesAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
// EXTERNAL MODULE: ./src/docker/build/index.ts + 10 modules
var build = __webpack_require__(23719);
// EXTERNAL MODULE: ./src/shared/format/format-duration.ts
var format_duration = __webpack_require__(3619);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 12 modules
var runner = __webpack_require__(2136);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/values/index.ts + 5 modules
var values = __webpack_require__(46435);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
;// CONCATENATED MODULE: ./src/actions/build-images/inputs.ts






const { inputs } = constants/* BuildImages */.pM;
const IMAGE_KEYS = ['name', 'context', 'dockerfile', 'target', 'build-args', 'tags'];
const SINGLE_IMAGE_INPUTS = [inputs.name, inputs.context, inputs.dockerfile, inputs.target, inputs.buildArgs];
/** Reads every input of build-images once; paths are resolved against GITHUB_WORKSPACE. */
function readBuildImagesInputs(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const list = (0,runner/* yamlInput */.eR)(inputs.images);
    let images;
    if (list !== undefined) {
        const mixed = SINGLE_IMAGE_INPUTS.filter((name) => (0,runner/* stringInput */.Uj)(name) !== undefined);
        if (mixed.length > 0) {
            throw new errors/* ConfigurationError */.j1(`Give either "${inputs.images}" (a list) or the single-image inputs, not both; move ${mixed.map((name) => `"${name}"`).join(', ')} into the list entries.`);
        }
        images = imageList(list, workspace);
    }
    else {
        const name = (0,runner/* nameInput */.K3)(inputs.name, 255, 'orders-api');
        if (!name) {
            throw new errors/* ConfigurationError */.j1(`Give "${inputs.images}" (a YAML list of {name, context, dockerfile, target, build-args, tags}) or "${inputs.name}" for one image.`);
        }
        images = [
            {
                name: (0,build/* validateImageName */.He)(name, `Input "${inputs.name}"`),
                context: (0,runner/* workspacePath */.X5)((0,runner/* stringInput */.Uj)(inputs.context) ?? '.', workspace, inputs.context, 'services/api'),
                dockerfile: (0,runner/* stringInput */.Uj)(inputs.dockerfile) ?? 'Dockerfile',
                ...optional('target', (0,runner/* stringInput */.Uj)(inputs.target)),
                buildArgs: (0,runner/* keyValueInput */.Bb)(inputs.buildArgs),
                tags: [],
            },
        ];
    }
    const given = (0,runner/* nameInput */.K3)(inputs.tag, 128, 'pr-42');
    const tag = given === undefined ? (0,build/* defaultRunTag */.HX)(env) : (0,build/* validateTag */.z7)(given, `Input "${inputs.tag}"`);
    images.forEach((image, index) => {
        const where = list === undefined
            ? `Input "${inputs.dockerfile}"`
            : `Input "${inputs.images}", entry ${index + 1} "dockerfile"`;
        const dockerfile = image.dockerfile ?? 'Dockerfile';
        if (!(0,runner/* isInside */.FK)(image.context, (0,external_node_path_.resolve)(image.context, dockerfile))) {
            throw new errors/* ConfigurationError */.j1(`${where} is ${(0,runner/* quoted */.TL)(dockerfile)}, outside the build context ${image.context}; give a path inside the context, relative to it, e.g. dockerfile: docker/Dockerfile.test.`);
        }
        (0,build/* imageReferences */.Ef)(image.name, tag, image.tags ?? [], list === undefined ? `Input "${inputs.name}"` : `Input "${inputs.images}", entry ${index + 1}`);
    });
    return {
        images,
        tag,
        noCache: (0,runner/* booleanInput */.tE)(inputs.noCache, false),
        labels: (0,runner/* keyValueInput */.Bb)(inputs.labels),
        ...readLoad(),
    };
}
function readLoad() {
    const { load, clusterName, nodes } = inputs;
    const value = (0,runner/* stringInput */.Uj)(load)?.toLowerCase() ?? 'none';
    if (value === 'kind')
        return { load: { cluster: (0,runner/* stringInput */.Uj)(clusterName), nodes: (0,runner/* listInput */.dt)(nodes) } };
    if (!['none', 'false', 'no', 'off'].includes(value)) {
        throw new errors/* ConfigurationError */.j1(`Input "${load}" is "${value}"; write kind (load into the kind cluster) or none.`);
    }
    const ignored = [clusterName, nodes].filter((name) => (0,runner/* stringInput */.Uj)(name) !== undefined);
    if (ignored.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${ignored.map((name) => `"${name}"`).join(' and ')} only appl${ignored.length > 1 ? 'y' : 'ies'} with "${load}: kind": add ${load}: kind, or leave ${ignored.length > 1 ? 'them' : 'it'} out.`);
    }
    return {};
}
function imageList(value, workspace) {
    const where = `Input "${inputs.images}"`;
    if (!Array.isArray(value) || value.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${where} must be a non-empty YAML list, e.g.\n- name: api\n  context: services/api`);
    }
    return (0,runner/* atMostItems */.x_)(value, inputs.images).map((item, index) => {
        const at = `${where}, entry ${index + 1}`;
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
            throw new errors/* ConfigurationError */.j1(`${at} must be a mapping with at least "name".`);
        }
        const entry = item;
        const unknown = Object.keys(entry).find((key) => !IMAGE_KEYS.includes(key));
        if (unknown !== undefined)
            throw new errors/* ConfigurationError */.j1(`${at}: ${(0,values/* unknownKeyMessage */.VP)(unknown, IMAGE_KEYS)}.`);
        const name = inputs_text(entry.name, `${at} "name"`);
        if (!name)
            throw new errors/* ConfigurationError */.j1(`${at} needs a "name", e.g. - { name: api, context: services/api }.`);
        return {
            name: (0,build/* validateImageName */.He)(name, `${at} "name"`),
            context: (0,runner/* workspacePath */.X5)(inputs_text(entry.context, `${at} "context"`) ?? '.', workspace, inputs.images, '[{ name: api, context: services/api }]'),
            dockerfile: inputs_text(entry.dockerfile, `${at} "dockerfile"`) ?? 'Dockerfile',
            ...optional('target', inputs_text(entry.target, `${at} "target"`)),
            buildArgs: buildArgs(entry['build-args'], `${at} "build-args"`),
            tags: tagList(entry.tags, `${at} "tags"`),
        };
    });
}
function inputs_text(value, where) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value === 'string' || typeof value === 'number')
        return String(value).trim();
    throw new errors/* ConfigurationError */.j1(`${where} must be a string.`);
}
function buildArgs(value, where) {
    if (value === undefined || value === null)
        return {};
    if (Array.isArray(value))
        return (0,runner/* keyValueLines */.E5)(value.map(String), where);
    if (typeof value !== 'object')
        throw new errors/* ConfigurationError */.j1(`${where} must be a mapping of KEY: value.`);
    const result = {};
    for (const [key, arg] of Object.entries(value)) {
        if (typeof arg === 'object' && arg !== null)
            throw new errors/* ConfigurationError */.j1(`${where}: "${key}" must be a string.`);
        result[key] = arg == null ? '' : String(arg);
    }
    return result;
}
function tagList(value, where) {
    if (value === undefined || value === null)
        return [];
    const items = Array.isArray(value) ? value : String(value).split(/[\s,]+/);
    return items
        .map((item) => {
        if (typeof item === 'object' && item !== null)
            throw new errors/* ConfigurationError */.j1(`${where} must be a list of strings.`);
        return String(item).trim();
    })
        .filter((item) => item !== '');
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}

// EXTERNAL MODULE: ./src/shared/format/markdown.ts
var markdown = __webpack_require__(85116);
;// CONCATENATED MODULE: ./src/actions/build-images/main.ts









async function buildImagesMain(signal) {
    const inputs = readBuildImagesInputs();
    for (const image of inputs.images)
        (0,runner/* learnVariables */.IM)(image.buildArgs ?? {});
    const docker = await (0,client/* connectDocker */.Z)();
    const built = await (0,build/* buildImages */.rd)(docker, inputs.images, {
        runTag: inputs.tag,
        noCache: inputs.noCache,
        labels: inputs.labels,
        logger: runner/* actionsLogger */.MV,
        signal,
    });
    let delivered = [];
    if (inputs.load) {
        const { deliverImages, registryFrom } = await Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(287)]).then(__webpack_require__.bind(__webpack_require__, 2287));
        delivered = await deliverImages(docker, {
            images: built.map((image) => image.ref),
            cluster: inputs.load.cluster,
            nodes: inputs.load.nodes,
            retries: 2,
            registry: registryFrom(undefined),
            logger: runner/* actionsLogger */.MV,
        });
    }
    const clusterRefs = new Map(delivered.map((image) => [image.ref, image.clusterRef]));
    const images = Object.fromEntries(built.map((image) => [
        image.name,
        {
            ref: image.ref,
            id: image.id,
            tags: image.tags,
            ...(clusterRefs.has(image.ref) ? { clusterRef: clusterRefs.get(image.ref) } : {}),
        },
    ]));
    core/* setOutput */.uH(constants/* BuildImages */.pM.outputs.images, JSON.stringify(images));
    core/* setOutput */.uH(constants/* BuildImages */.pM.outputs.refs, built.map((image) => image.ref).join('\n'));
    await (0,runner/* writeJobSummary */.j7)(builtImagesMarkdown(built));
}
function builtImagesMarkdown(built) {
    const rows = built.map((image) => [
        image.name,
        image.tags.map((tag) => `\`${tag}\``).join('<br>'),
        `\`${image.id.slice(7, 19)}\``,
        image.builder,
        (0,format_duration/* formatDuration */.a)(image.durationMs),
    ]);
    return [
        `### 🐳 Built ${built.length} image${built.length === 1 ? '' : 's'}`,
        '',
        (0,markdown/* table */.tp)(['Image', 'Tags', 'ID', 'Builder', 'Time'], rows, ['left', 'left', 'left', 'left', 'right']),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/actions/build-images/index.ts

const buildImagesAction = { main: buildImagesMain };


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

/***/ 85116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* unused harmony exports cell, escapeHtml */
/** Markdown for job summaries and index files: fences that text cannot close, tables whose cells cannot break the row. */
/** A fenced code block whose fence is longer than any backtick run inside, so the text cannot close it. */
function fencedBlock(body, info = '') {
    const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (match) => match[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${info}\n${body}\n${fence}`;
}
function codeBlock(lines) {
    return fencedBlock(lines.join('\n'), 'text');
}
/** A table cell: pipes escaped, newlines folded, empty shown as a dash. */
function cell(value) {
    const text = value === undefined || value === '' ? '-' : String(value);
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function table(header, rows, align = []) {
    const rule = header.map((_, index) => (align[index] === 'right' ? '---:' : '---'));
    return [
        `| ${header.join(' | ')} |`,
        `| ${rule.join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    ].join('\n');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A folded `<details>` block; `body` lines are markdown, so leave a blank line around blocks. */
function details(summary, body) {
    return ['<details>', `<summary>${escapeHtml(summary)}</summary>`, '', ...body, '</details>'];
}


/***/ })

};
