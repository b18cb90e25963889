export const id = 630;
export const ids = [630];
export const modules = {

/***/ 88630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pipelineAction: () => (/* binding */ pipelineAction)
/* harmony export */ });
// Main and post each load only their own dependencies.
const pipelineAction = {
    main: async (signal) => (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(40), __webpack_require__.e(517), __webpack_require__.e(396), __webpack_require__.e(130), __webpack_require__.e(625)]).then(__webpack_require__.bind(__webpack_require__, 66828))).pipelineMain(signal),
    post: async () => (await __webpack_require__.e(/* import() */ 754).then(__webpack_require__.bind(__webpack_require__, 56754))).pipelinePost(),
};


/***/ })

};
