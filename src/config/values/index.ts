export { parseDuration } from './duration.js';
export { splitShellWords } from './shell-words.js';
export {
  describeValue,
  fail,
  isRecord,
  plainLocator,
  readBoolean,
  readInteger,
  readKeyValues,
  readList,
  readPort,
  readRecord,
  readString,
  readStringOrList,
} from './value-readers.js';
export type { Locator } from './value-readers.js';
export {
  joinPath,
  lineOfPath,
  OverrideTag,
  readYamlDocuments,
  readYamlTree,
  RESET_TAG,
} from './yaml-tree.js';
export type { YamlTree } from './yaml-tree.js';
export { closestName, unknownKeyMessage } from './suggest.js';
