export const id = 964;
export const ids = [964];
export const modules = {

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
