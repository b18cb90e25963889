export const id = 834;
export const ids = [834,403];
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
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6563);
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
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6563);

const setupKindState = (0,_runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .actionState */ .M3)('setup-kind');


/***/ }),

/***/ 81233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ demultiplex),
/* harmony export */   w: () => (/* binding */ DockerFrameDecoder)
/* harmony export */ });
const HEADER_SIZE = 8;
/**
 * Splits the Engine's multiplexed attach/logs stream (non-TTY containers) into frames: each frame is an
 * 8-byte header (stream type, 3 zero bytes, big-endian payload length) and its payload. Chunks from the
 * socket cut frames anywhere, so an incomplete frame waits for the next chunk.
 */
class DockerFrameDecoder {
    pending = Buffer.alloc(0);
    push(chunk) {
        this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        const frames = [];
        while (this.pending.length >= HEADER_SIZE) {
            const length = this.pending.readUInt32BE(4);
            if (this.pending.length < HEADER_SIZE + length)
                break;
            frames.push({
                stream: this.pending[0] === 2 ? 'stderr' : 'stdout',
                payload: this.pending.subarray(HEADER_SIZE, HEADER_SIZE + length),
            });
            this.pending = this.pending.subarray(HEADER_SIZE + length);
        }
        return frames;
    }
    /** Bytes of a frame the stream ended in the middle of. */
    get leftover() {
        return this.pending.length;
    }
    /** The payload bytes received so far of the frame the stream ended in the middle of. */
    truncatedPayload() {
        return this.pending.subarray(HEADER_SIZE);
    }
}
/** A buffer starting with a frame header; a TTY container's raw output does not. */
function looksMultiplexed(buffer) {
    return buffer.length >= HEADER_SIZE && buffer[0] <= 2 && buffer[1] === 0 && buffer[2] === 0;
}
/** A whole multiplexed log as text (stdout and stderr interleaved); TTY logs pass as they are. */
function demultiplex(buffer) {
    if (!looksMultiplexed(buffer))
        return buffer.toString('utf8');
    const decoder = new DockerFrameDecoder();
    const payloads = decoder.push(buffer).map((frame) => frame.payload);
    return Buffer.concat([...payloads, decoder.truncatedPayload()]).toString('utf8');
}


/***/ }),

/***/ 60438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the order of `items`. */
async function mapWithConcurrency(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 55403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ hasGlob),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * A shell-style path pattern as an anchored regular expression: `*` and `?` stay within one path
 * segment, `**` spans segments (`a/**` + `/b` also matches `a/b`), `[abc]`, `[!a-z]` classes, `\` escapes.
 */
function globToRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*') {
            if (pattern[i + 1] === '*') {
                i++;
                if (pattern[i + 1] === '/') {
                    i++;
                    source += '(?:.*/)?';
                }
                else
                    source += '.*';
            }
            else
                source += '[^/]*';
        }
        else if (ch === '?')
            source += '[^/]';
        else if (ch === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end === -1)
                source += '\\[';
            else {
                let body = pattern.slice(i + 1, end);
                const negated = body.startsWith('!') || body.startsWith('^');
                if (negated)
                    body = body.slice(1);
                source += `[${negated ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
                i = end;
            }
        }
        else if (ch === '\\' && i + 1 < pattern.length) {
            source += escapeRegExp(pattern[++i]);
        }
        else
            source += escapeRegExp(ch);
    }
    return new RegExp(`^${source}$`);
}
/** True when the text holds a character `globToRegExp` treats specially. */
function hasGlob(pattern) {
    return /[*?[]/.test(pattern);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}


/***/ }),

/***/ 44758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ LABEL_RUN),
/* harmony export */   HY: () => (/* binding */ labelFilter),
/* harmony export */   TA: () => (/* binding */ LABEL_MANAGED),
/* harmony export */   ZC: () => (/* binding */ environmentLabels),
/* harmony export */   bb: () => (/* binding */ LABEL_SERVICE),
/* harmony export */   os: () => (/* binding */ LABEL_ROLE),
/* harmony export */   zO: () => (/* binding */ LABEL_ENVIRONMENT)
/* harmony export */ });
/** Labels on every resource we create; cleanup and diagnostics find resources by them and by nothing else. */
const LABEL_MANAGED = 'io.inception.managed';
const LABEL_ENVIRONMENT = 'io.inception.environment';
const LABEL_SERVICE = 'io.inception.service';
const LABEL_RUN = 'io.inception.run';
const LABEL_ROLE = 'io.inception.role';
function environmentLabels(environment, role) {
    return { [LABEL_MANAGED]: 'true', [LABEL_ENVIRONMENT]: environment, [LABEL_ROLE]: role };
}
/** Engine API filter selecting one environment's resources, or every resource we manage. */
function labelFilter(environment) {
    return { label: environment ? [`${LABEL_ENVIRONMENT}=${environment}`] : [`${LABEL_MANAGED}=true`] };
}


/***/ })

};
