export const id = 754;
export const ids = [754,964];
export const modules = {

/***/ 56754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pipelinePost: () => (/* binding */ pipelinePost)
/* harmony export */ });
/* harmony import */ var _setup_docker_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64964);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78995);


/** Diagnostics of the environment when the job failed (the test step's output and reports among them),
 * then removal of everything labelled with it: containers, network, volumes, the images it built. */
async function pipelinePost() {
    await (0,_setup_docker_index_js__WEBPACK_IMPORTED_MODULE_0__.environmentPost)(_state_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineState */ .Q.read());
}


/***/ }),

/***/ 78995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ pipelineState)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2136);

const pipelineState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('pipeline');


/***/ }),

/***/ 64964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   environmentPost: () => (/* binding */ environmentPost),
/* harmony export */   setupDockerAction: () => (/* binding */ setupDockerAction)
/* harmony export */ });
// Main and post each load only their own dependencies.
const setupDockerAction = {
    main: async (signal) => (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(40), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 55217))).setupDockerMain(signal),
    post: async () => (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(40), __webpack_require__.e(517), __webpack_require__.e(489), __webpack_require__.e(904)]).then(__webpack_require__.bind(__webpack_require__, 41904))).setupDockerPost(),
};
/** For the root action, whose post step is the same. Loaded lazily like setup-docker's own. */
async function environmentPost(...args) {
    return (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(40), __webpack_require__.e(517), __webpack_require__.e(489), __webpack_require__.e(904)]).then(__webpack_require__.bind(__webpack_require__, 41904))).environmentPost(...args);
}


/***/ })

};
