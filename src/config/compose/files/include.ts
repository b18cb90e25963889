import { dirname, isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../../../errors.js';
import { isRecord } from '../../values/index.js';
import { parseComposeDocuments, readComposeText, type UnsetVariables } from './documents.js';
import { readOptionalEnvFile } from '../variables/env-file.js';
import { applyExtends } from './extends.js';
import type { Lookup } from '../variables/interpolation.js';
import type { Locations } from './locations.js';
import { mergeCompose } from './merge.js';

const SECTIONS = ['services', 'volumes', 'networks', 'secrets', 'configs'];

interface IncludeContext {
  lookup: Lookup;
  unset: UnsetVariables;
  locations: Locations;
  /** Files being included, to refuse a cycle. */
  chain: string[];
}

/** Top-level `include:`: each file is loaded as a project of its own (paths against its folder, its
 * `.env`), and its services, volumes, networks, secrets and configs are added; a name both define fails. */
export function applyInclude(top: Record<string, unknown>, file: string, context: IncludeContext): void {
  const entries = top.include;
  delete top.include;
  if (entries === undefined || entries === null) return;
  const where = context.locations.get('include') ?? file;
  if (!Array.isArray(entries))
    throw new ConfigurationError(
      `${where}: include: expected a list of files or of { path, project_directory, env_file }`,
    );
  for (const entry of entries) {
    const record: Record<string, unknown> = isRecord(entry) ? entry : { path: entry };
    const paths = (Array.isArray(record.path) ? record.path : [record.path]).map(String);
    const base = dirname(file);
    const absolute = paths.map((path) => (isAbsolute(path) ? path : resolve(base, path)));
    const projectDir =
      typeof record.project_directory === 'string'
        ? resolve(base, record.project_directory)
        : dirname(absolute[0] as string);
    const envFiles =
      record.env_file === undefined
        ? [resolve(projectDir, '.env')]
        : [record.env_file].flat().map((f) => resolve(base, String(f)));
    const own: Record<string, string | undefined> = {};
    for (const envFile of envFiles) Object.assign(own, readOptionalEnvFile(envFile, context.lookup));
    const lookup: Lookup = (name) => context.lookup(name) ?? own[name];
    const included = loadIncluded(absolute, projectDir, { ...context, lookup }, where);
    for (const section of SECTIONS) {
      const add = included.value[section];
      if (!isRecord(add)) continue;
      const target = (top[section] ??= {}) as Record<string, unknown>;
      for (const [name, value] of Object.entries(add)) {
        if (name in target && JSON.stringify(target[name]) !== JSON.stringify(value))
          throw new ConfigurationError(
            `${where}: included file ${paths.join(', ')} defines ${section.replace(/s$/, '')} "${name}", which this file defines too; rename one of them`,
          );
        target[name] = value;
      }
    }
    for (const [path, at] of included.locations)
      if (!context.locations.has(path)) context.locations.set(path, at);
  }
}

function loadIncluded(
  files: string[],
  projectDir: string,
  context: IncludeContext,
  where: string,
): { value: Record<string, unknown>; locations: Locations } {
  let value: Record<string, unknown> = {};
  const locations: Locations = new Map();
  for (const file of files) {
    if (context.chain.includes(file))
      throw new ConfigurationError(`${where}: include cycle ${[...context.chain, file].join(' -> ')}`);
    for (const document of parseComposeDocuments(
      readComposeText(file, file),
      file,
      projectDir,
      context.lookup,
      context.unset,
    )) {
      const own = { ...context, locations: document.locations, chain: [...context.chain, file] };
      applyExtends(document.value, file, own);
      applyInclude(document.value, file, own);
      value = mergeCompose(value, document.value) as Record<string, unknown>;
      for (const [path, at] of document.locations) locations.set(path, at);
    }
  }
  return { value, locations };
}
