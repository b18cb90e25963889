export { loadInceptionConfig } from './inception-config.js';
export type { InceptionConfig } from './inception-config.js';
