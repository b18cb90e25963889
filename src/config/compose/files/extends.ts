import { dirname } from 'node:path';
import { ConfigurationError } from '../../../errors.js';
import { isRecord } from '../../values/index.js';
import { parseComposeDocuments, readComposeText, type UnsetVariables } from './documents.js';
import type { Lookup } from '../variables/interpolation.js';
import { renameLocations, type Locations } from './locations.js';
import { mergeCompose } from './merge.js';

interface ExtendsContext {
  lookup: Lookup;
  unset: UnsetVariables;
  locations: Locations;
}

/** Resolves `extends` of every service of one document, from the same document or another file. */
export function applyExtends(top: Record<string, unknown>, file: string, context: ExtendsContext): void {
  if (!isRecord(top.services)) return;
  const services = top.services;
  for (const name of Object.keys(services)) extendService(services, name, file, context, []);
}

function extendService(
  services: Record<string, unknown>,
  name: string,
  file: string,
  context: ExtendsContext,
  chain: string[],
): Record<string, unknown> | undefined {
  const service = services[name];
  if (!isRecord(service) || service.extends === undefined) return isRecord(service) ? service : undefined;
  const where = context.locations.get(`services.${name}.extends`) ?? file;
  const link = `${file}#${name}`;
  if (chain.includes(link))
    throw new ConfigurationError(
      `${where}: extends cycle ${[...chain, link].join(' -> ')}; remove one extends`,
    );
  const written = service.extends;
  const ref = isRecord(written) ? written.service : written;
  if (typeof ref !== 'string')
    throw new ConfigurationError(
      `${where}: services.${name}.extends: give the service to extend ("extends: base" or { service: base, file: other.yml })`,
    );
  const otherFile = isRecord(written) && typeof written.file === 'string' ? written.file : undefined;
  let base: Record<string, unknown> | undefined;
  if (otherFile === undefined) {
    if (!(ref in services))
      throw new ConfigurationError(
        `${where}: service "${name}" extends "${ref}", which is not a service of ${file}; services: ${Object.keys(services).join(', ')}`,
      );
    base = extendService(services, ref, file, context, [...chain, link]);
    renameLocations(context.locations, context.locations, `services.${ref}`, `services.${name}`);
  } else {
    base = baseFromFile(otherFile, ref, name, where, context, [...chain, link]);
  }
  const merged = mergeCompose(structuredClone(base ?? {}), withoutExtends(service), [
    'services',
    name,
  ]) as Record<string, unknown>;
  services[name] = merged;
  return merged;
}

function withoutExtends(service: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...service };
  delete rest.extends;
  return rest;
}

function baseFromFile(
  file: string,
  ref: string,
  name: string,
  where: string,
  context: ExtendsContext,
  chain: string[],
): Record<string, unknown> | undefined {
  const documents = parseComposeDocuments(
    readComposeText(file, file),
    file,
    dirname(file),
    context.lookup,
    context.unset,
  );
  let merged: Record<string, unknown> = {};
  const locations: Locations = new Map();
  for (const document of documents) {
    merged = mergeCompose(merged, document.value) as Record<string, unknown>;
    for (const [path, at] of document.locations) locations.set(path, at);
  }
  const services = isRecord(merged.services) ? merged.services : undefined;
  if (!services || !(ref in services))
    throw new ConfigurationError(
      `${where}: service "${name}" extends "${ref}", which is not a service of ${file}`,
    );
  const own = { ...context, locations };
  const base = extendService(services, ref, file, own, chain);
  renameLocations(context.locations, locations, `services.${ref}`, `services.${name}`);
  return base;
}
