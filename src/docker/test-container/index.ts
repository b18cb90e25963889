export { runTestContainer } from './run.js';
