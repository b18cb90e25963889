import type { ComposeContext } from '../../context.js';
import { readList, readString, splitShellWords } from '../../../values/index.js';

/** `command: npm test` (split as a shell would, without running one) or `command: [npm, test]`. */
export function parseCommand(value: unknown, path: string, ctx: ComposeContext): string[] {
  if (typeof value === 'string') return splitShellWords(value, ctx.at(path));
  return readList(value, path, ctx.at).map((item, index) => readString(item, `${path}[${index}]`, ctx.at));
}
