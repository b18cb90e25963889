export { buildImages } from './build-images.js';
export { removeKeptBuilds } from './kept-builds.js';
export type { KeptBuildsReport } from './kept-builds.js';
export type { BuiltImage, ImageBuildSpec } from './build-images.js';
export { defaultRunTag, imageReferences, validateImageName, validateTag } from './tags.js';
