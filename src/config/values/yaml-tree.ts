import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Pair, Scalar, ScalarTag, Tags } from 'yaml';
import { isRecord } from './value-readers.js';
import { ConfigurationError } from '../../errors.js';

/** A YAML file as plain values, plus the line of every key path so messages can point at it. */
export interface YamlTree {
  value: unknown;
  /** Path (`services.api.ports[0]`) -> 1-based line. */
  lines: Map<string, number>;
}

/** Called for every string scalar with its path and line; returns the value to keep (interpolation hooks in here). */
export type StringHook = (text: string, path: string, line: number) => unknown;

/** Far more than any compose file or inception.yml holds. */
const MAX_VALUES = 50_000;

export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/** Compose's `!reset` (drop what earlier files set) and `!override` (replace instead of merging) tags. */
export const RESET_TAG = Symbol('!reset');
export class OverrideTag {
  constructor(readonly value: unknown) {}
}

/** `0440` is octal, as Go's YAML (compose-go's) reads it: `mode: 0440` means r--r-----, not 440. */
const LEGACY_OCTAL: ScalarTag = {
  tag: 'tag:yaml.org,2002:int',
  format: 'OCT',
  default: true,
  test: /^0[0-7]+$/,
  resolve: (text: string) => parseInt(text, 8),
};

const PARSE_OPTIONS = {
  merge: true,
  uniqueKeys: true,
  customTags: (tags: Tags) => [LEGACY_OCTAL, ...tags],
} as const;

export function readYamlTree(text: string, file: string, onString: StringHook = (text) => text): YamlTree {
  const lineCounter = new LineCounter();
  return convertDocument(parseDocument(text, { lineCounter, ...PARSE_OPTIONS }), lineCounter, file, onString);
}

/** Every document of a `---` separated stream, in order; an empty stream gives none. */
export function readYamlDocuments(
  text: string,
  file: string,
  onString: StringHook = (text) => text,
): YamlTree[] {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, ...PARSE_OPTIONS });
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  return docs.map((doc) => convertDocument(doc as Document, lineCounter, file, onString));
}

function convertDocument(
  doc: Document,
  lineCounter: LineCounter,
  file: string,
  onString: StringHook,
): YamlTree {
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const line = syntaxError.linePos?.[0].line ?? 1;
    const reason = syntaxError.message.split(/ at line \d+/)[0];
    throw new ConfigurationError(`${file}:${line}: YAML syntax error: ${reason}`);
  }
  const lines = new Map<string, number>();
  const lineOf = (node: { range?: [number, number, number] | null }): number | undefined =>
    node.range ? lineCounter.linePos(node.range[0]).line : undefined;

  let values = 0;
  const convert = (node: unknown, path: string, depth: number): unknown => {
    if (depth > 100) throw new ConfigurationError(`${file}: ${path}: nesting too deep (recursive alias?)`);
    // Aliases repeat what they name, so a small file can stand for billions of values.
    if (++values > MAX_VALUES) {
      throw new ConfigurationError(
        `${file}:${lineOfPath(lines, path)}: ${path || 'the file'}: more than ${MAX_VALUES} values once aliases (*name) are expanded; ` +
          'use fewer aliases, or write the values out.',
      );
    }
    if (isAlias(node)) return convert(node.resolve(doc), path, depth + 1);
    const tag = (node as { tag?: string } | null)?.tag;
    if (tag === '!reset') return RESET_TAG;
    if (tag === '!override') {
      (node as { tag?: string }).tag = undefined;
      return new OverrideTag(convert(node, path, depth));
    }
    if (isScalar(node)) return convertScalar(node, path);
    if (isSeq(node)) {
      return node.items.map((item, index) => {
        const itemPath = joinPath(path, index);
        const line = lineOf(item as YamlNode);
        if (line !== undefined) lines.set(itemPath, line);
        return convert(item, itemPath, depth + 1);
      });
    }
    if (isMap(node)) {
      const result: Record<string, unknown> = Object.create(null);
      const pairs = node.items as Pair[];
      const isMerge = (pair: Pair) => isScalar(pair.key) && typeof pair.key.value === 'symbol';
      // Merged keys first so explicit keys override them; an earlier merge source wins over a later one.
      for (const pair of pairs.filter(isMerge)) {
        const sources = isSeq(pair.value) ? [...pair.value.items].reverse() : [pair.value];
        for (const source of sources) {
          const merged = convert(source, path, depth + 1);
          if (!isRecord(merged)) {
            throw new ConfigurationError(
              `${file}:${lineOf(pair.key as YamlNode) ?? 1}: ${path}: "<<" merges only mappings`,
            );
          }
          Object.assign(result, merged);
        }
      }
      for (const pair of pairs) {
        if (!isPair(pair) || isMerge(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyPath = joinPath(path, key);
        const line = lineOf(pair.key as YamlNode) ?? lineOf(pair.value as YamlNode);
        if (line !== undefined) lines.set(keyPath, line);
        result[key] = convert(pair.value, keyPath, depth + 1);
      }
      return result;
    }
    return null;
  };

  const convertScalar = (node: Scalar, path: string): unknown => {
    if (typeof node.value !== 'string') return node.value;
    return onString(node.value, path, lineOf(node) ?? lineOfPath(lines, path));
  };

  return { value: convert(doc.contents, '', 0), lines };
}

/** Line of a path, or of its nearest ancestor that the file spells out. */
export function lineOfPath(lines: Map<string, number>, path: string): number {
  let current = path;
  for (;;) {
    const line = lines.get(current);
    if (line !== undefined) return line;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) return 1;
    current = current.slice(0, cut);
  }
}
