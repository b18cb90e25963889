export const id = 634;
export const ids = [634];
export const modules = {

/***/ 49634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setupKindAction: () => (/* binding */ setupKindAction)
/* harmony export */ });
// Main and post each load only their own dependencies.
const setupKindAction = {
    main: async (signal) => (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(40), __webpack_require__.e(88), __webpack_require__.e(805), __webpack_require__.e(327), __webpack_require__.e(786)]).then(__webpack_require__.bind(__webpack_require__, 78786))).setupKindMain(signal),
    post: async () => (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(40), __webpack_require__.e(517), __webpack_require__.e(327), __webpack_require__.e(489), __webpack_require__.e(654)]).then(__webpack_require__.bind(__webpack_require__, 86654))).setupKindPost(),
};


/***/ })

};
