export const id = 654;
export const ids = [654];
export const modules = {

/***/ 86654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setupKindPost: () => (/* binding */ setupKindPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _diagnostics_collect_and_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33489);
/* harmony import */ var _docker_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79949);
/* harmony import */ var _kube_kind_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75327);
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2136);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65647);








/**
 * The post step, which the runner also runs after a cancellation: diagnostics first when the job failed
 * (or setup-kind itself never finished, as when it was cancelled), then the cluster goes unless `keep`.
 */
async function setupKindPost() {
    const state = _state_js__WEBPACK_IMPORTED_MODULE_5__/* .setupKindState */ .n.read();
    const cluster = state?.cluster;
    if (!cluster)
        return;
    const kubeconfig = state.kubeconfig ?? '';
    const kind = state.kind ?? 'kind';
    await (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .collectThenTearDown */ .MC)({
        subject: `kind cluster ${cluster}`,
        verb: 'Delete',
        collect: state.collect ?? 'on-failure',
        keep: state.keep ?? false,
        collectDiagnostics: async () => {
            const collected = await (0,_diagnostics_collect_and_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .collectAndUpload */ .V)({
                logger: _runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsLogger */ .MV,
                // Docker diagnostics belong to setup-docker's post step; here only the cluster is collected.
                collectDocker: false,
                kubernetes: {
                    kubeconfig,
                    kindCluster: cluster,
                    kindBinary: kind,
                    // The cluster lives only for this job, so all of it is the job's; kube-system says why nodes or
                    // CoreDNS did not come up.
                    namespaces: ['all', 'kube-system'],
                },
                matrix: state.matrix,
                // setup-docker's post step may upload in the same job, under the plain name.
                artifactPrefix: 'inception-diagnostics-cluster',
                writeSummary: _runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJobSummary */ .j7,
                redactor: _runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .stepSecrets */ .aw,
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`diagnostics: ${collected.path}`);
        },
        tearDown: async () => {
            const docker = await (0,_docker_client_js__WEBPACK_IMPORTED_MODULE_2__/* .connectDocker */ .Z)();
            await (0,_kube_kind_index_js__WEBPACK_IMPORTED_MODULE_3__/* .deleteKindCluster */ .mH)({ docker, kind, name: cluster, kubeconfig, logger: _runner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsLogger */ .MV });
        },
    });
}


/***/ }),

/***/ 65647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setupKindState)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2136);

const setupKindState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('setup-kind');


/***/ })

};
