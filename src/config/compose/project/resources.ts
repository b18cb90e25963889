import type { ComposeContext } from '../context.js';
import type { ComposeProject, FileSource } from '../model.js';
import { isRecord, readBoolean, readRecord, readString } from '../../values/index.js';
import { readNetworkSpec } from './network-settings.js';

type Resources = Pick<
  ComposeProject,
  'volumes' | 'externalVolumes' | 'networks' | 'externalNetworks' | 'networkSettings' | 'secrets' | 'configs'
>;

/** Top-level volumes, networks, secrets and configs. Ours are created per environment (driver options
 * aside: the engine's local driver); external ones are used as they are and never removed. */
export function readTopLevelResources(top: Record<string, unknown>, ctx: ComposeContext): Resources {
  const resources: Resources = {
    volumes: [],
    externalVolumes: {},
    networks: [],
    externalNetworks: {},
    networkSettings: {},
    secrets: {},
    configs: {},
  };
  for (const [name, settings] of entries(top.volumes, 'volumes', ctx)) {
    ctx.namedVolumes.add(name);
    const external = externalName(settings, `volumes.${name}`, name, ctx);
    if (external !== undefined) resources.externalVolumes[name] = external;
    else resources.volumes.push(name);
    if (isRecord(settings) && (settings.driver !== undefined || settings.driver_opts !== undefined))
      ctx.warn(
        `volumes.${name}`,
        `volume "${name}": driver and driver_opts are ignored; inception creates a local volume per environment`,
      );
  }
  for (const [name, settings] of entries(top.networks, 'networks', ctx)) {
    ctx.declaredNetworks.push(name);
    const external = externalName(settings, `networks.${name}`, name, ctx);
    if (external === undefined) readOwnNetwork(name, settings, resources, ctx);
    else {
      resources.externalNetworks[name] = external;
      if (name === 'default') warnExternalDefault(external, ctx);
    }
  }
  for (const section of ['secrets', 'configs'] as const) {
    for (const [name, settings] of entries(top[section], section, ctx)) {
      const path = `${section}.${name}`;
      const record = readRecord(settings ?? {}, path, ctx.at);
      (section === 'secrets' ? ctx.declaredSecrets : ctx.declaredConfigs).push(name);
      const source = fileSource(record, path, name, section, ctx);
      if (source) resources[section][name] = source;
    }
  }
  return resources;
}

function readOwnNetwork(name: string, settings: unknown, resources: Resources, ctx: ComposeContext): void {
  // `default` is the environment's own network, always created: it is not listed with the others.
  if (name !== 'default') resources.networks.push(name);
  const spec = readNetworkSpec(name, settings, ctx);
  if (spec) resources.networkSettings[name] = spec;
}

function warnExternalDefault(external: string, ctx: ComposeContext): void {
  ctx.warn(
    `networks.default`,
    `networks.default is external ("${external}"), which inception does not apply: every service joins the environment's own network, so that two environments never share one. To join "${external}" as well, declare it under another name (networks: { shared: { external: true, name: ${external} } }) and list that under the service's networks`,
  );
}

function entries(value: unknown, path: string, ctx: ComposeContext): [string, unknown][] {
  if (value === undefined || value === null) return [];
  return Object.entries(readRecord(value, path, ctx.at)).filter(([name]) => !name.startsWith('x-'));
}

function externalName(
  settings: unknown,
  path: string,
  name: string,
  ctx: ComposeContext,
): string | undefined {
  if (!isRecord(settings) || settings.external === undefined) return undefined;
  if (!readBoolean(settings.external, `${path}.external`, ctx.at)) return undefined;
  return settings.name === undefined ? name : readString(settings.name, `${path}.name`, ctx.at);
}

function fileSource(
  record: Record<string, unknown>,
  path: string,
  name: string,
  section: 'secrets' | 'configs',
  ctx: ComposeContext,
): FileSource | undefined {
  if (record.file !== undefined) return { file: readString(record.file, `${path}.file`, ctx.at) };
  if (record.environment !== undefined) {
    const variable = readString(record.environment, `${path}.environment`, ctx.at);
    return { content: ctx.env(variable) ?? '', variable };
  }
  if (record.content !== undefined && section === 'configs')
    return { content: readString(record.content, `${path}.content`, ctx.at) };
  if (record.external !== undefined && readBoolean(record.external, `${path}.external`, ctx.at)) {
    ctx.warn(
      path,
      `${section.slice(0, -1)} "${name}" is external (a swarm object), which a single engine does not have; it is not mounted`,
    );
    return undefined;
  }
  return ctx.fail(
    path,
    `${section.slice(0, -1)} "${name}" needs "file", "environment"${section === 'configs' ? ' or "content"' : ''}`,
  );
}
