export const id = 876;
export const ids = [876,495];
export const modules = {

/***/ 70858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ Pipeline),
/* harmony export */   C$: () => (/* binding */ SetupDocker),
/* harmony export */   Mc: () => (/* reexport safe */ _docker_environment_index_js__WEBPACK_IMPORTED_MODULE_0__.Mc),
/* harmony export */   Me: () => (/* binding */ CollectLogs),
/* harmony export */   OT: () => (/* binding */ ENV_KIND_CLUSTER),
/* harmony export */   V5: () => (/* binding */ LoadImages),
/* harmony export */   bM: () => (/* binding */ ENV_KIND_REGISTRY),
/* harmony export */   hY: () => (/* reexport safe */ _docker_environment_index_js__WEBPACK_IMPORTED_MODULE_0__.hY),
/* harmony export */   lO: () => (/* reexport safe */ _docker_environment_index_js__WEBPACK_IMPORTED_MODULE_0__.lO),
/* harmony export */   mI: () => (/* binding */ SetupKind),
/* harmony export */   pM: () => (/* binding */ BuildImages),
/* harmony export */   tn: () => (/* binding */ RunTests)
/* harmony export */ });
/* harmony import */ var _docker_environment_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11659);
/** Input and output names of every action, exactly as in their action.yml files; state lives in each action's state.ts. */
/** Environment variables setup-docker exports for later steps; run-tests and collect-logs read them. */

/** Environment variables setup-kind exports for later steps (KUBECONFIG too). */
const ENV_KIND_CLUSTER = 'INCEPTION_KIND_CLUSTER';
const ENV_KIND_REGISTRY = 'INCEPTION_KIND_REGISTRY';
const SetupDocker = {
    inputs: {
        composeFile: 'compose-file',
        environmentName: 'environment-name',
        profiles: 'profiles',
        wait: 'wait',
        timeout: 'timeout',
        build: 'build',
        noCache: 'no-cache',
        keep: 'keep',
        collectOnFailure: 'collect-logs-on-failure',
        matrix: 'matrix',
    },
    outputs: { environment: 'environment', network: 'network', services: 'services' },
};
const BuildImages = {
    inputs: {
        images: 'images',
        context: 'context',
        dockerfile: 'dockerfile',
        target: 'target',
        buildArgs: 'build-args',
        name: 'name',
        tag: 'tag',
        noCache: 'no-cache',
        labels: 'labels',
        /** Loading what was built into a kind cluster. */
        load: 'load',
        clusterName: 'cluster-name',
        nodes: 'nodes',
    },
    outputs: { images: 'images', refs: 'refs' },
};
const RunTests = {
    inputs: {
        mode: 'mode',
        image: 'image',
        command: 'command',
        env: 'env',
        environment: 'environment',
        network: 'network',
        reports: 'reports',
        reportsDir: 'reports-dir',
        timeout: 'timeout',
        workingDirectory: 'working-directory',
        name: 'name',
        kubeconfig: 'kubeconfig',
        context: 'context',
        namespace: 'namespace',
        jobManifest: 'job-manifest',
        testContainer: 'test-container',
        args: 'args',
        envFrom: 'env-from',
        serviceAccount: 'service-account',
        resources: 'resources',
        nodeSelector: 'node-selector',
        unschedulableTimeout: 'unschedulable-timeout',
        keepNamespace: 'keep-namespace',
    },
    outputs: {
        result: 'result',
        exitCode: 'exit-code',
        duration: 'duration',
        reports: 'reports',
        namespace: 'namespace',
        job: 'job',
    },
    /** Cluster mode exports these when the tests fail, so collect-logs finds the run. */
    env: { namespace: 'INCEPTION_NAMESPACE', job: 'INCEPTION_TEST_JOB' },
};
const CollectLogs = {
    inputs: {
        environment: 'environment',
        path: 'path',
        artifactName: 'artifact-name',
        upload: 'upload',
        retentionDays: 'retention-days',
        matrix: 'matrix',
        docker: 'docker',
        kubernetes: 'kubernetes',
        kubeconfig: 'kubeconfig',
        context: 'context',
        namespaces: 'namespaces',
        selectors: 'selectors',
        kindCluster: 'kind-cluster',
        when: 'when',
    },
    outputs: { path: 'path', artifactName: 'artifact-name', artifactId: 'artifact-id' },
    /** Variables collect-logs reads for its Kubernetes defaults: run-tests (cluster mode) and setup-kind export them. */
    env: { namespace: RunTests.env.namespace, kindCluster: ENV_KIND_CLUSTER, kubeconfig: 'KUBECONFIG' },
};
const SetupKind = {
    inputs: {
        version: 'version',
        nodeImage: 'node-image',
        kubectlVersion: 'kubectl-version',
        clusterName: 'cluster-name',
        config: 'config',
        workers: 'workers',
        nodeLabels: 'node-labels',
        extraPortMappings: 'extra-port-mappings',
        registry: 'registry',
        registryImage: 'registry-image',
        wait: 'wait',
        kubeconfig: 'kubeconfig',
        keep: 'keep',
        collectOnFailure: 'collect-logs-on-failure',
        matrix: 'matrix',
        installOnly: 'install-only',
        cache: 'cache',
    },
    outputs: {
        kubeconfig: 'kubeconfig',
        context: 'context',
        clusterName: 'cluster-name',
        kindVersion: 'kind-version',
        kubernetesVersion: 'kubernetes-version',
        registry: 'registry',
    },
};
const LoadImages = {
    inputs: {
        images: 'images',
        clusterName: 'cluster-name',
        nodes: 'nodes',
        retries: 'retries',
        registry: 'registry',
    },
    outputs: { images: 'images', refs: 'refs' },
};
/** The root action.yml: the whole pipeline of an inception.yml in one step. */
const Pipeline = {
    inputs: {
        config: 'config',
        environmentName: 'environment-name',
        env: 'env',
        build: 'build',
        noCache: 'no-cache',
        reportsDir: 'reports-dir',
        keep: 'keep',
        collectOnFailure: 'collect-logs-on-failure',
        matrix: 'matrix',
    },
    outputs: {
        result: 'result',
        exitCode: 'exit-code',
        environment: 'environment',
        services: 'services',
        reports: 'reports',
    },
};


/***/ }),

/***/ 73876:
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
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 8 modules
var runner = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
// EXTERNAL MODULE: ./src/shared/format-duration.ts
var format_duration = __webpack_require__(91463);
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

;// CONCATENATED MODULE: ./src/actions/load-images/main.ts







const { inputs, outputs } = constants/* LoadImages */.V5;
async function loadImagesMain() {
    const images = (0,runner/* listInput */.dt)(inputs.images);
    if (images.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputs.images}" is empty: list the images to load, one name:tag a line.`);
    }
    const docker = await (0,client/* connectDocker */.Z)();
    const delivered = await deliverImages(docker, {
        images,
        cluster: (0,runner/* stringInput */.Uj)(inputs.clusterName),
        nodes: (0,runner/* listInput */.dt)(inputs.nodes),
        retries: (0,runner/* integerInput */.$A)(inputs.retries, 2),
        registry: registryFrom((0,runner/* stringInput */.Uj)(inputs.registry)),
        logger: runner/* actionsLogger */.MV,
    });
    core/* setOutput */.uH(outputs.images, JSON.stringify(Object.fromEntries(delivered.map((image) => [image.ref, image.clusterRef]))));
    core/* setOutput */.uH(outputs.refs, delivered.map((image) => image.clusterRef).join('\n'));
}

;// CONCATENATED MODULE: ./src/actions/load-images/index.ts

const loadImagesAction = { main: loadImagesMain };



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


/***/ })

};
