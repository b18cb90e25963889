export const id = 75;
export const ids = [75];
export const modules = {

/***/ 42075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planShardsAction: () => (/* binding */ planShardsAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/shard/index.ts + 9 modules
var shard = __webpack_require__(32452);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(70858);
// EXTERNAL MODULE: ./src/actions/runner/index.ts + 11 modules
var runner = __webpack_require__(26590);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/actions/plan-shards/inputs.ts





const { inputs } = constants/* PlanShards */.f0;
/** Reads every input of plan-shards once; the working directory is resolved against GITHUB_WORKSPACE. */
function readPlanShardsInputs(env = process.env) {
    const tests = (0,runner/* listInput */.dt)(inputs.tests);
    if (tests.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputs.tests}" is empty: give globs of the test files to split, one a line, e.g. tests/**/test_*.py.`);
    }
    const shards = (0,runner/* stringInput */.Uj)(inputs.shards) === undefined ? undefined : countInput(inputs.shards);
    const targetMs = (0,runner/* stringInput */.Uj)(inputs.targetDuration) === undefined ? undefined : (0,runner/* durationInput */.Ts)(inputs.targetDuration, 0);
    if (shards === undefined && targetMs === undefined) {
        throw new errors/* ConfigurationError */.j1(`Give "${inputs.shards}" (how many shards, 1 to ${shard/* MAX_SHARDS */.hH}) or "${inputs.targetDuration}" (e.g. 10m: as many shards as it takes, by the timings).`);
    }
    if (targetMs === 0) {
        throw new errors/* ConfigurationError */.j1(`Input "${inputs.targetDuration}" is 0; write how long a shard may take, e.g. 10m.`);
    }
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    return {
        tests,
        reports: (0,runner/* listInput */.dt)(inputs.reports),
        ...(shards !== undefined ? { shards } : {}),
        ...(targetMs !== undefined ? { targetSeconds: targetMs / 1000 } : {}),
        maxShards: (0,runner/* stringInput */.Uj)(inputs.maxShards) === undefined ? shard/* MAX_SHARDS */.hH : countInput(inputs.maxShards),
        workingDirectory: external_node_path_default().resolve(workspace, (0,runner/* stringInput */.Uj)(inputs.workingDirectory) ?? '.'),
    };
}
function countInput(name) {
    const value = (0,runner/* integerInput */.$A)(name, 1, 1);
    if (value > shard/* MAX_SHARDS */.hH) {
        throw new errors/* ConfigurationError */.j1(`Input "${name}" is ${value}; GitHub runs at most ${shard/* MAX_SHARDS */.hH} jobs of one matrix, so write 1 to ${shard/* MAX_SHARDS */.hH}.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/actions/plan-shards/main.ts





const { outputs } = constants/* PlanShards */.f0;
async function planShardsMain() {
    const inputs = readPlanShardsInputs();
    const plan = await (0,shard/* planFromFiles */.T9)({
        root: inputs.workingDirectory,
        tests: inputs.tests,
        reports: inputs.reports,
        ...(inputs.shards !== undefined ? { shards: inputs.shards } : {}),
        ...(inputs.targetSeconds !== undefined ? { targetSeconds: inputs.targetSeconds } : {}),
        maxShards: inputs.maxShards,
        logger: runner/* actionsLogger */.MV,
    });
    // Both are checked against the output limit before either is set.
    const matrix = (0,shard/* matrixJson */.u5)(plan);
    const planOutput = (0,shard/* planJson */.iY)(plan);
    core/* setOutput */.uH(outputs.matrix, matrix);
    core/* setOutput */.uH(outputs.plan, planOutput);
    core/* setOutput */.uH(outputs.count, String(plan.of));
    await (0,runner/* writeJobSummary */.j7)((0,shard/* planSummaryMarkdown */.Xq)(plan));
}

;// CONCATENATED MODULE: ./src/actions/plan-shards/index.ts

const planShardsAction = { main: planShardsMain };


/***/ })

};
