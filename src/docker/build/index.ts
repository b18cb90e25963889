export { buildImages } from './build-images.js';
export type { BuiltImage, ImageBuildSpec } from './build-images.js';
export { defaultRunTag, imageReferences, validateImageName, validateTag } from './tags.js';
