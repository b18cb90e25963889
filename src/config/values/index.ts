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
export { joinPath, lineOfPath, readYamlTree } from './yaml-tree.js';
export { closestName, unknownKeyMessage } from './suggest.js';
