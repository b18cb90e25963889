export { collectTestRuns, TESTS_DIR } from './collect.js';
export type { TestRunDiagnostics } from './collect.js';
export { failedFirstLines } from './failed-first.js';
