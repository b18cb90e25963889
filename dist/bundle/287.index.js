export const id = 287;
export const ids = [287];
export const modules = {

/***/ 2287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliverImages: () => (/* reexport */ deliverImages),
  loadImagesAction: () => (/* binding */ loadImagesAction),
  registryFrom: () => (/* reexport */ registryFrom)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/docker/client.ts
var client = __webpack_require__(79949);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 12 modules
var runner = __webpack_require__(2136);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/shared/format/format-duration.ts
var format_duration = __webpack_require__(3619);
// EXTERNAL MODULE: ./src/kube/kind/index.ts + 6 modules
var kind = __webpack_require__(75327);
;// CONCATENATED MODULE: ./src/actions/load-images/deliver.ts






/** Gets images into a kind cluster: pushed to its local registry when it has one, else loaded into nodes. */
async function deliverImages(docker, options) {
    const { logger, registry } = options;
    if (registry) {
        if (options.nodes.length > 0)
            logger.warn('nodes is ignored with a local registry: every node pulls from it.');
        return logger.group(`Push ${options.images.length} image(s) to ${registry}`, async () => {
            const pushed = await (0,kind/* pushToLocalRegistry */._c)(docker, registry, options.images, logger);
            return pushed.map(({ ref, registryRef }) => ({ ref, clusterRef: registryRef }));
        });
    }
    const cluster = options.cluster || process.env[constants/* ENV_KIND_CLUSTER */.OT];
    if (!cluster) {
        throw new errors/* ConfigurationError */.j1(`No kind cluster named: give "cluster-name", or run setup-kind earlier in the job (it exports ${constants/* ENV_KIND_CLUSTER */.OT}).`);
    }
    const target = (0,kind/* parseNodeTarget */.nP)(options.nodes);
    return logger.group(`Load ${options.images.length} image(s) into kind cluster ${cluster}`, async () => {
        const result = await (0,kind/* loadImages */.z6)({
            docker,
            cluster,
            images: options.images,
            ...(target.kind === 'names' ? { nodes: target.names } : {}),
            ...(target.kind === 'selector' ? { nodeSelector: target.selector } : {}),
            retries: options.retries,
            logger,
        });
        const loaded = result.nodes.filter((node) => node.loaded.length > 0).length;
        logger.info(`${loaded} node(s) loaded, ${result.nodes.length - loaded} already had the images; ${(0,format_duration/* formatDuration */.a)(result.durationMs)}`);
        return result.images.map(({ ref }) => ({ ref, clusterRef: ref }));
    });
}
/** The registry to push to: the input when given (`false` turns it off), else what setup-kind exported. */
function registryFrom(input, env = process.env) {
    if (input === undefined)
        return env[constants/* ENV_KIND_REGISTRY */.bM] || undefined;
    if (['false', 'no', 'off', 'none'].includes(input.toLowerCase()))
        return undefined;
    return input;
}

;// CONCATENATED MODULE: ./src/actions/load-images/inputs.ts





const { inputs } = constants/* LoadImages */.V5;
const MAX_RETRIES = 10;
/** Reads every input of load-images once, before the engine is asked anything. */
function readLoadImagesInputs(env = process.env) {
    const images = (0,runner/* listInput */.dt)(inputs.images);
    if (images.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputs.images}" is empty: list the images to load, one name:tag a line, e.g. images: orders-api:run-42-1.`);
    }
    images.forEach((ref, index) => (0,kind/* checkLoadableRef */.UD)(ref, `Input "${inputs.images}", image ${index + 1}`));
    const cluster = (0,runner/* nameInput */.K3)(inputs.clusterName, 50, 'integration');
    const registry = registryFrom((0,runner/* stringInput */.Uj)(inputs.registry), env);
    if (registry !== undefined && !/^[\w.-]+:\d{1,5}$/.test(registry)) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputs.registry}" is ${(0,runner/* quoted */.TL)(registry)}; write localhost:<port> of setup-kind's registry (e.g. localhost:5001), or false to load into the nodes.`);
    }
    return {
        images,
        ...(cluster === undefined
            ? {}
            : { cluster: (0,kind/* validateClusterName */.yO)(cluster, `Input "${inputs.clusterName}"`) }),
        nodes: (0,runner/* listInput */.dt)(inputs.nodes),
        retries: (0,runner/* integerInput */.$A)(inputs.retries, 2, 0, MAX_RETRIES),
        ...(registry === undefined ? {} : { registry }),
    };
}

;// CONCATENATED MODULE: ./src/actions/load-images/main.ts






const { outputs } = constants/* LoadImages */.V5;
async function loadImagesMain() {
    const inputs = readLoadImagesInputs();
    const docker = await (0,client/* connectDocker */.Z)();
    const delivered = await deliverImages(docker, { ...inputs, logger: runner/* actionsLogger */.MV });
    core/* setOutput */.uH(outputs.images, JSON.stringify(Object.fromEntries(delivered.map((image) => [image.ref, image.clusterRef]))));
    core/* setOutput */.uH(outputs.refs, delivered.map((image) => image.clusterRef).join('\n'));
}

;// CONCATENATED MODULE: ./src/actions/load-images/index.ts

const loadImagesAction = { main: loadImagesMain };



/***/ })

};
