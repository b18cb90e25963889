export const id = 717;
export const ids = [717];
export const modules = {

/***/ 86717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTestsContainerPost: () => (/* binding */ runTestsContainerPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _docker_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79949);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _shared_identity_labels_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25757);
/* harmony import */ var _shared_identity_run_identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61048);





/** Container mode's post step: the test container, when a killed main step left it. Only ours: a
 * container of that name made by another run, or by anyone else, stays. */
async function runTestsContainerPost(name) {
    const docker = await (0,_docker_client_js__WEBPACK_IMPORTED_MODULE_1__/* .connectDocker */ .Z)();
    const container = docker.getContainer(name);
    let labels;
    try {
        labels = (await container.inspect()).Config.Labels ?? {};
    }
    catch {
        return;
    }
    if (labels[_shared_identity_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .LABEL_MANAGED */ .TA] !== 'true' || labels[_shared_identity_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .LABEL_RUN_ID */ .Ni] !== (0,_shared_identity_run_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .currentRun */ .xh)().runId) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Container ${name} is not this run's test container; left as it is.`);
        return;
    }
    try {
        await container.remove({ force: true, v: true });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Removed test container ${name}, left by the main step`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not remove test container ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
}


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
