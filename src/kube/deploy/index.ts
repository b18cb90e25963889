// Manifests onto a cluster: read (files, folders, kustomizations) with image placeholders, applied
// server-side, or a Helm chart installed; waited for; rolled to new images or restarted.
export { applyObjects } from './apply.js';
export {
  helmBinary,
  helmUninstallArgs,
  helmUpgradeArgs,
  installHelmRelease,
  requireHelm,
  uninstallHelmRelease,
} from './helm.js';
export type { HelmTarget } from './helm.js';
export { readManifests, substitutePlaceholders } from './manifests.js';
export { listWorkloadImages, restartWorkload, setWorkloadImages } from './rollout.js';
export type { WorkloadImages } from './rollout.js';
export { waitForWorkloads } from './wait.js';
