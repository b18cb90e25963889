export const id = 934;
export const ids = [934];
export const modules = {

/***/ 31934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadKubeClients: () => (/* binding */ loadKubeClients)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57048);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/** Clients for the cluster a kubeconfig names: the given file, else $KUBECONFIG, else ~/.kube/config,
 * else the in-cluster service account. Nothing here is kind-specific. */
function loadKubeClients(options = {}) {
    const config = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    try {
        if (options.kubeconfig) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(options.kubeconfig)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`kubeconfig ${options.kubeconfig} does not exist: point it at your cluster's kubeconfig.`);
            }
            config.loadFromFile(options.kubeconfig);
        }
        else {
            config.loadFromDefault();
        }
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot read the kubeconfig: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    if (options.context) {
        if (!config.getContextObject(options.context)) {
            const known = config.getContexts().map((context) => context.name);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`kubeconfig has no context "${options.context}"; it has: ${known.join(', ') || 'none'}`);
        }
        config.setCurrentContext(options.context);
    }
    if (!config.getCurrentCluster()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('no cluster in the kubeconfig: run setup-kind first, or pass a kubeconfig.');
    }
    return {
        config,
        core: config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y),
        batch: config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .BatchV1Api */ .Q8C),
        apps: config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .AppsV1Api */ .eY6),
        context: config.getCurrentContext(),
    };
}


/***/ })

};
