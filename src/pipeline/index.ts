// The pipeline of an inception.yml, in the pieces both the `inception` command and the root action run:
// bring up the compose file, build the images, run the tests on the environment's network.
export { bringUpEnvironment } from './environment.js';
export type { BringUpOptions } from './environment.js';
export {
  buildAndLoad,
  deployToCluster,
  ensureKindCluster,
  kindClusterOf,
  runClusterTests,
} from './cluster-face.js';
export type { ClusterTarget, ClusterTestsOptions, DeployOptions, KindClusterRequest } from './cluster.js';
export { buildConfigImages } from './images.js';
export type { ConfigImagesOptions } from './images.js';
export { configTestImage, configTestName, requireTests, runConfigTests } from './tests.js';
export type { ConfigTests, ConfigTestsOptions } from './tests.js';
