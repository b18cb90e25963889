export { runTestContainer } from './run.js';
export type { TestContainerOptions, TestRunResult } from './run.js';
