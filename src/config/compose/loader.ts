import { basename, dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { ComposeContext } from './context.js';
import type { ComposeProject, ServiceSpec } from './model.js';
import { parseService, type ParsedService } from './service/service.js';
import { findCycle } from './project/dependency-graph.js';
import { parseComposeDocuments, readComposeText, type UnsetVariables } from './files/documents.js';
import { readOptionalEnvFile } from './variables/env-file.js';
import { applyExtends } from './files/extends.js';
import { applyInclude } from './files/include.js';
import type { Lookup } from './variables/interpolation.js';
import type { Locations } from './files/locations.js';
import { mergeCompose, withoutTags } from './files/merge.js';
import { selectProfiles } from './project/profiles.js';
import { readTopLevelResources } from './project/resources.js';
import { checkSchemaKeys } from './schema/unknown-keys.js';
import { readRecord, readString } from '../values/index.js';

export interface ComposeLoadOptions {
  /** Active profiles; `*` activates all. Default: COMPOSE_PROFILES (from the variables or `.env`). */
  profiles?: string[];
  /** Variables for interpolation; default `process.env`. They win over the `.env` file next to the compose file. */
  env?: Record<string, string | undefined>;
  /** Services asked for by name: their profiles are activated, as `docker compose up NAME` does. */
  services?: string[];
  /** Wins over COMPOSE_PROJECT_NAME and `name:`. */
  projectName?: string;
}

/** One compose file, as `docker compose -f FILE` reads it. */
export async function loadComposeFile(
  path: string,
  options: ComposeLoadOptions = {},
): Promise<ComposeProject> {
  return loadComposeFiles([path], options);
}

/** Several files, later ones overriding earlier ones (`-f a -f b`); the first one's folder is the project's. */
export async function loadComposeFiles(
  paths: string[],
  options: ComposeLoadOptions = {},
): Promise<ComposeProject> {
  const [first, ...more] = paths;
  if (first === undefined) throw new ConfigurationError('give at least one compose file');
  return parseComposeText(readComposeText(first, first), first, options, more);
}

/** Parses compose text; `file` is where it came from (relative paths, `.env` and messages use it);
 * `overrides` are further files merged over it. */
export function parseComposeText(
  text: string,
  file: string,
  options: ComposeLoadOptions = {},
  overrides: string[] = [],
): ComposeProject {
  const absoluteFile = resolve(file);
  const dir = dirname(absoluteFile);
  const variables = options.env ?? process.env;
  const dotEnv = readOptionalEnvFile(join(dir, '.env'), (name) => variables[name]);
  const lookup: Lookup = (name) => variables[name] ?? dotEnv[name];
  const unset: UnsetVariables = new Map();
  const locations: Locations = new Map();

  let merged: Record<string, unknown> = {};
  const sources = [
    { file, text },
    ...overrides.map((path) => ({ file: path, text: readComposeText(path, path) })),
  ];
  for (const source of sources) {
    for (const document of parseComposeDocuments(source.text, source.file, dir, lookup, unset)) {
      const context = { lookup, unset, locations: document.locations, chain: [resolve(source.file)] };
      applyExtends(document.value, source.file, context);
      applyInclude(document.value, source.file, context);
      merged = mergeCompose(merged, document.value) as Record<string, unknown>;
      for (const [path, at] of document.locations) locations.set(path, at);
    }
  }
  const top = withoutTags(merged) as Record<string, unknown>;
  if (!Object.keys(top).length)
    throw new ConfigurationError(`${file}:1: the file is empty; it needs "services:"`);
  checkSchemaKeys(top, locations, file);

  const ctx = new ComposeContext(file, dir, locations, lookup);
  for (const [name, where] of unset) {
    ctx.warnings.push(
      `${where}: variable ${name} is not set; using an empty string (give a default with \${${name}:-value})`,
    );
  }
  if (top.models !== undefined) ctx.warnUnsupported('models');
  if (top.version !== undefined)
    ctx.warn('version', 'the attribute "version" is obsolete and ignored; remove it');
  const resources = readTopLevelResources(top, ctx);

  const services = readServices(top, ctx);
  checkDependencies(services, ctx);
  const profiles = options.profiles?.length ? options.profiles : splitList(lookup('COMPOSE_PROFILES'));
  const enabled = selectProfiles(services, profiles, options.services ?? [], ctx);
  withoutUnusedResources(resources, enabled);
  return {
    file: absoluteFile,
    files: sources.map((source) => resolve(source.file)),
    name: projectName(options.projectName ?? lookup('COMPOSE_PROJECT_NAME'), top.name, basename(dir), ctx),
    services: enabled,
    ...resources,
    warnings: ctx.warnings,
  };
}

/** Volumes and networks no enabled service uses (and their settings) are left out, as compose leaves them out. */
function withoutUnusedResources(
  resources: ReturnType<typeof readTopLevelResources>,
  services: ServiceSpec[],
): void {
  const volumes = new Set(
    services.flatMap((service) => service.volumes.filter((v) => v.type === 'volume').map((v) => v.source)),
  );
  const networks = new Set(
    services.flatMap((service) => (service.networkMode ? [] : Object.keys(service.networks))),
  );
  resources.volumes = resources.volumes.filter((name) => volumes.has(name));
  resources.networks = resources.networks.filter((name) => networks.has(name));
  for (const name of Object.keys(resources.externalVolumes))
    if (!volumes.has(name)) delete resources.externalVolumes[name];
  for (const name of Object.keys(resources.externalNetworks))
    if (!networks.has(name)) delete resources.externalNetworks[name];
  for (const name of Object.keys(resources.networkSettings))
    if (name !== 'default' && !networks.has(name)) delete resources.networkSettings[name];
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function readServices(top: Record<string, unknown>, ctx: ComposeContext): Map<string, ParsedService> {
  if (top.services === undefined || top.services === null)
    ctx.fail('services', 'the file needs "services:" with at least one service');
  const entries = Object.entries(readRecord(top.services, 'services', ctx.at)).filter(
    ([name]) => !name.startsWith('x-'),
  );
  if (!entries.length) ctx.fail('services', 'declare at least one service');
  return new Map(entries.map(([name, value]) => [name, parseService(name, value, ctx)]));
}

function checkDependencies(services: Map<string, ParsedService>, ctx: ComposeContext): void {
  for (const [name, { spec, dependencies }] of services) {
    for (const [dependency, condition] of Object.entries(spec.dependsOn)) {
      const path = dependencies.paths[dependency] as string;
      const target = services.get(dependency)?.spec;
      if (!target) {
        if (dependencies.optional.includes(dependency)) continue;
        ctx.fail(
          path,
          `service "${name}" depends on "${dependency}", which is not a service of this file; services: ${[...services.keys()].join(', ')}`,
        );
      }
      if (condition === 'service_healthy' && (!target.healthcheck || target.healthcheck.test[0] === 'NONE')) {
        ctx.fail(
          path,
          `service "${name}" waits for "${dependency}" to be healthy, but "${dependency}" has no healthcheck; add a healthcheck to "${dependency}", or use condition service_started and give "${dependency}" an x-inception wait (http, tcp, log, ...)`,
        );
      }
    }
  }
  const cycle = findCycle(
    new Map([...services].map(([name, { spec }]) => [name, Object.keys(spec.dependsOn)])),
  );
  if (cycle) {
    ctx.fail(
      `services.${cycle[0]}.depends_on`,
      `dependency cycle ${cycle.join(' -> ')}; remove one of these dependencies`,
    );
  }
}

/** The folder's name and `name:` are normalised as compose does (lower case; only letters, digits, `_`
 * and `-`; starting with a letter or digit); a name given outright (COMPOSE_PROJECT_NAME) must be valid. */
function projectName(
  given: string | undefined,
  written: unknown,
  folder: string,
  ctx: ComposeContext,
): string {
  const normalise = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '')
      .replace(/^[_-]+/, '');
  if (given) {
    if (normalise(given) !== given)
      throw new ConfigurationError(
        `project name "${given}" (COMPOSE_PROJECT_NAME) is not valid; use lower-case letters, digits, "_" and "-", starting with a letter or digit`,
      );
    return given;
  }
  if (written === undefined || written === null || written === '') return normalise(folder) || 'inception';
  const text = readString(written, 'name', ctx.at);
  const name = normalise(text);
  if (!name) ctx.fail('name', `"${text}" has no letters or digits to name the project with`);
  return name;
}
