export const id = 904;
export const ids = [904];
export const modules = {

/***/ 41904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   environmentPost: () => (/* binding */ environmentPost),
/* harmony export */   setupDockerPost: () => (/* binding */ setupDockerPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _diagnostics_collect_and_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33489);
/* harmony import */ var _docker_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79949);
/* harmony import */ var _docker_environment_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95923);
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2136);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19177);






async function setupDockerPost() {
    await environmentPost(_state_js__WEBPACK_IMPORTED_MODULE_5__/* .setupDockerState */ .P.read());
}
/**
 * The post step of an action that brought up an environment (setup-docker, the root action): its
 * diagnostics when the job failed, then everything labelled with it goes unless `keep`.
 */
async function environmentPost(state) {
    const environment = state?.environment;
    if (!environment)
        return;
    const docker = await (0,_docker_client_js__WEBPACK_IMPORTED_MODULE_2__/* .connectDocker */ .Z)();
    await (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .collectThenTearDown */ .MC)({
        subject: `environment ${environment}`,
        collect: state.collect ?? 'on-failure',
        keep: state.keep ?? false,
        collectDiagnostics: async () => {
            const collected = await (0,_diagnostics_collect_and_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .collectAndUpload */ .V)({
                docker,
                environment,
                matrix: state.matrix,
                logger: _runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsLogger */ .MV,
                writeSummary: _runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJobSummary */ .j7,
                redactor: _runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stepSecrets */ .aw,
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`diagnostics: ${collected.path}`);
        },
        tearDown: async () => {
            const report = await (0,_docker_environment_index_js__WEBPACK_IMPORTED_MODULE_3__/* .removeEnvironment */ .IE)(docker, environment, _runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsLogger */ .MV, {
                graceful: state.gracefulStop ?? false,
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`removed ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
                `${report.volumes.length} volume(s), ${report.images.length} image tag(s)`);
        },
    });
}


/***/ }),

/***/ 19177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ setupDockerState)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2136);

const setupDockerState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('setup-docker');


/***/ })

};
