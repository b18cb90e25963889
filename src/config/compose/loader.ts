import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { ComposeContext } from './context.js';
import type { ComposeProject, ServiceSpec } from './model.js';
import { checkTopLevelNetworks } from './service/networks.js';
import { parseService, type ParsedService } from './service/service.js';
import { findCycle } from './dependency-graph.js';
import { parseEnvFileText } from './env-file.js';
import { interpolate, InterpolationError, type Lookup } from './interpolation.js';
import { fail, isRecord, plainLocator, readRecord, readString } from '../values/index.js';
import { readYamlTree } from '../values/index.js';

export interface ComposeLoadOptions {
  /** Active profiles; `*` activates all. */
  profiles?: string[];
  /** Variables for interpolation; default `process.env`. They win over the `.env` file next to the compose file. */
  env?: Record<string, string | undefined>;
}

const TOP_LEVEL_KEYS = ['name', 'services', 'volumes', 'networks', 'version'];

export async function loadComposeFile(
  path: string,
  options: ComposeLoadOptions = {},
): Promise<ComposeProject> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      code === 'ENOENT'
        ? `compose file ${path} does not exist`
        : `cannot read compose file ${path} (${code})`,
    );
  }
  return parseComposeText(text, path, options);
}

/** Parses compose text; `file` is where it came from (relative paths, `.env` and messages use it). */
export function parseComposeText(
  text: string,
  file: string,
  options: ComposeLoadOptions = {},
): ComposeProject {
  const absoluteFile = resolve(file);
  const dir = dirname(absoluteFile);
  const variables = options.env ?? process.env;
  const dotEnv = readDotEnv(dir);
  const lookup: Lookup = (name) => variables[name] ?? dotEnv[name];

  const unset: Array<{ name: string; path: string }> = [];
  const tree = readYamlTree(text, file, (value, path, line) => {
    try {
      return interpolate(value, lookup, (name) => unset.push({ name, path }));
    } catch (error) {
      if (error instanceof InterpolationError)
        throw new ConfigurationError(`${file}:${line}: ${path}: ${error.message}`);
      throw error;
    }
  });
  const top = isRecord(tree.value)
    ? tree.value
    : fail(plainLocator, `${file}:1`, 'expected a mapping with "services:"');
  const ctx = new ComposeContext(file, dir, tree.lines, lookup);
  for (const { name, path } of unset) {
    ctx.warn(
      path,
      `variable ${name} is not set; using an empty string (give a default with \${${name}:-value})`,
    );
  }

  ctx.warnUnknownKeys(top, TOP_LEVEL_KEYS, '');
  if (top.networks !== undefined) checkTopLevelNetworks(top.networks, 'networks', ctx);
  for (const [name, settings] of Object.entries(readRecord(top.volumes ?? {}, 'volumes', ctx.at))) {
    ctx.namedVolumes.add(name);
    // We create every volume fresh for the environment, so driver, external and name change nothing.
    if (isRecord(settings)) ctx.warnUnknownKeys(settings, [], `volumes.${name}`);
  }

  const services = readServices(top, ctx);
  checkDependencies(services, ctx);
  const enabled = selectProfiles(services, options.profiles ?? [], ctx);
  return {
    file: absoluteFile,
    name: projectName(top.name, basename(dir), ctx),
    services: enabled,
    volumes: [...ctx.namedVolumes],
    warnings: ctx.warnings,
  };
}

function readDotEnv(dir: string): Record<string, string | undefined> {
  const path = join(dir, '.env');
  return existsSync(path) ? parseEnvFileText(readFileSync(path, 'utf8'), path) : {};
}

function readServices(top: Record<string, unknown>, ctx: ComposeContext): Map<string, ParsedService> {
  if (top.services === undefined || top.services === null)
    ctx.fail('services', 'the file needs "services:" with at least one service');
  const entries = Object.entries(readRecord(top.services, 'services', ctx.at));
  if (!entries.length) ctx.fail('services', 'declare at least one service');
  return new Map(entries.map(([name, value]) => [name, parseService(name, value, ctx)]));
}

function checkDependencies(services: Map<string, ParsedService>, ctx: ComposeContext): void {
  for (const [name, { spec, dependencies }] of services) {
    for (const [dependency, condition] of Object.entries(spec.dependsOn)) {
      const path = dependencies.paths[dependency] as string;
      const target = services.get(dependency)?.spec;
      if (!target) {
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

function selectProfiles(
  services: Map<string, ParsedService>,
  active: string[],
  ctx: ComposeContext,
): ServiceSpec[] {
  const isEnabled = (spec: ServiceSpec) =>
    !spec.profiles.length ||
    active.includes('*') ||
    spec.profiles.some((profile) => active.includes(profile));
  const enabled = [...services.values()].filter(({ spec }) => isEnabled(spec));
  for (const { spec, dependencies } of enabled) {
    for (const dependency of Object.keys(spec.dependsOn)) {
      const target = services.get(dependency)?.spec as ServiceSpec;
      if (isEnabled(target)) continue;
      ctx.fail(
        dependencies.paths[dependency] as string,
        `service "${spec.name}" depends on "${dependency}", which is only enabled with profile ${target.profiles.join(' or ')}; activate one of them or remove the dependency`,
      );
    }
  }
  if (!enabled.length) {
    const profiles = [...new Set([...services.values()].flatMap(({ spec }) => spec.profiles))];
    ctx.fail(
      'services',
      `no service is enabled; every service is in a profile, activate one of ${profiles.join(', ')}`,
    );
  }
  return enabled.map(({ spec }) => spec);
}

function projectName(written: unknown, folder: string, ctx: ComposeContext): string {
  const sanitize = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '');
  if (written === undefined || written === null) return sanitize(folder) || 'inception';
  const name = sanitize(readString(written, 'name', ctx.at));
  if (!name) ctx.fail('name', `"${written}" has no letters or digits to name the project with`);
  return name;
}
