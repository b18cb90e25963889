// Manifests onto a cluster: read (files, folders, kustomizations) with image placeholders, applied
// server-side, waited for.
export { applyObjects } from './apply.js';
export { readManifests, substitutePlaceholders } from './manifests.js';
export { waitForWorkloads } from './wait.js';
