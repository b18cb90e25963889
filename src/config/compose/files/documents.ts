import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../../errors.js';
import { isRecord, readYamlDocuments } from '../../values/index.js';
import { interpolate, InterpolationError, type Lookup } from '../variables/interpolation.js';
import { fileLocations, type Locations } from './locations.js';
import { resolveRelativePaths } from './paths.js';

/** One YAML document of a compose file, interpolated, its relative paths made absolute. */
export interface ComposeDocument {
  file: string;
  value: Record<string, unknown>;
  locations: Locations;
}

/** Where an unset variable was first used; compose warns once per variable. */
export type UnsetVariables = Map<string, string>;

export function readComposeText(path: string, shownAs: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      code === 'ENOENT'
        ? `compose file ${shownAs} does not exist`
        : `cannot read compose file ${shownAs} (${code})`,
    );
  }
}

/** The documents of a compose text; relative paths resolve against `dir` (the project's, or an
 * included or extended file's own folder). */
export function parseComposeDocuments(
  text: string,
  file: string,
  dir: string,
  lookup: Lookup,
  unset: UnsetVariables,
): ComposeDocument[] {
  const trees = readYamlDocuments(text, file, (value, path, line) => {
    try {
      return interpolate(value, lookup, (name) => {
        if (!unset.has(name)) unset.set(name, `${file}:${line}`);
      });
    } catch (error) {
      if (error instanceof InterpolationError)
        throw new ConfigurationError(`${file}:${line}: ${path}: ${error.message}`);
      throw error;
    }
  });
  const documents = trees.filter((tree) => tree.value !== null && tree.value !== undefined);
  return documents.map((tree) => {
    if (!isRecord(tree.value)) throw new ConfigurationError(`${file}:1: expected a mapping with "services:"`);
    resolveRelativePaths(tree.value, dir);
    return { file, value: tree.value, locations: fileLocations(tree.lines, file) };
  });
}
