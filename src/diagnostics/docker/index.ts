export { collectDockerDiagnostics } from './collector.js';
export { failureSentence } from './container-state.js';
export type { ContainerState } from './container-state.js';
