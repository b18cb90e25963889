import type { ServiceSpec } from '../model.js';
import type { ComposeContext } from '../context.js';
import { parseBuild } from './source/build.js';
import { noDependencies, parseDependsOn, type Dependencies } from './startup/depends-on.js';
import { parseHealthcheck } from './startup/healthcheck.js';
import { parseServiceNetworks, type ServiceNetworks } from './networking/networks.js';
import { parseFileMounts } from './storage/file-mounts.js';
import { parseLinks, parseNetworkMode, parseVolumesFrom } from './networking/network-mode.js';
import { parseRuntime, RUNTIME_KEYS } from './execution/runtime.js';
import { parseExpose, parsePorts } from './networking/ports.js';
import { parseServiceVolumes } from './storage/volumes.js';
import { parseDuration } from '../../values/index.js';
import { parseEnvironment } from './metadata/environment.js';
import { parseDeployRestart, parseReplicas, parseResources, RESOURCE_KEYS } from './resources/resources.js';
import { parseCommand } from './execution/command.js';
import { parseDevelop } from './source/develop.js';
import { parseHooks } from './execution/hooks.js';
import { parseLabels } from './metadata/labels.js';
import { readRecord, readString, readStringOrList } from '../../values/index.js';
import { parseWaitStrategy } from './startup/wait-strategy.js';

export const DEFAULT_START_TIMEOUT_MS = 120_000;

const HONOURED_KEYS = [
  'image',
  'build',
  'command',
  'entrypoint',
  'environment',
  'env_file',
  'ports',
  'expose',
  'depends_on',
  'healthcheck',
  'tmpfs',
  'volumes',
  'working_dir',
  'user',
  'labels',
  'label_file',
  'networks',
  'deploy',
  ...RESOURCE_KEYS,
  'profiles',
  'container_name',
  'hostname',
  'secrets',
  'configs',
  'network_mode',
  'volumes_from',
  'links',
  'scale',
  'develop',
  'post_start',
  'pre_stop',
  ...RUNTIME_KEYS,
];

export interface ParsedService {
  spec: ServiceSpec;
  dependencies: Dependencies;
}

export function parseService(name: string, value: unknown, ctx: ComposeContext): ParsedService {
  const path = `services.${name}`;
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name)) {
    ctx.fail(path, `"${name}" is not a valid service name; use letters, digits, "_", "." and "-"`);
  }
  const raw = readRecord(value, path, ctx.at);
  for (const key of Object.keys(raw)) {
    if (!HONOURED_KEYS.includes(key) && !key.startsWith('x-')) ctx.warnUnsupported(`${path}.${key}`, name);
  }
  const at = (key: string) => `${path}.${key}`;
  const has = (key: string) => raw[key] !== undefined && raw[key] !== null;

  const serviceNetworks: ServiceNetworks = has('networks')
    ? parseServiceNetworks(raw.networks, at('networks'), ctx, name, ctx.declaredNetworks)
    : { aliases: { default: [] }, endpoints: {} };
  const spec: ServiceSpec = {
    name,
    environment: parseEnvironment(raw, path, ctx),
    ports: has('ports') ? parsePorts(raw.ports, at('ports'), ctx, name) : [],
    expose: has('expose') ? parseExpose(raw.expose, at('expose'), ctx) : [],
    dependsOn: {},
    restartsWith: [],
    tmpfs: [],
    volumes: [],
    labels: parseLabels(raw, path, ctx),
    aliases: [],
    networks: serviceNetworks.aliases,
    networkEndpoints: serviceNetworks.endpoints,
    secrets: has('secrets')
      ? parseFileMounts(raw.secrets, at('secrets'), ctx, 'secrets', ctx.declaredSecrets)
      : [],
    configs: has('configs')
      ? parseFileMounts(raw.configs, at('configs'), ctx, 'configs', ctx.declaredConfigs)
      : [],
    volumesFrom: has('volumes_from') ? parseVolumesFrom(raw.volumes_from, at('volumes_from'), ctx) : [],
    links: has('links') ? parseLinks(raw.links, at('links'), ctx) : [],
    replicas: parseReplicas(raw, path, ctx),
    runtime: parseRuntime(raw, path, ctx),
    resources: parseResources(raw, path, ctx, name),
    profiles: has('profiles') ? readStringOrList(raw.profiles, at('profiles'), ctx.at) : [],
    watch: parseWatchRules(raw, path, ctx, name),
    postStart: has('post_start') ? parseHooks(raw.post_start, at('post_start'), ctx) : [],
    preStop: has('pre_stop') ? parseHooks(raw.pre_stop, at('pre_stop'), ctx) : [],
    wait: { kind: 'started' },
    startTimeoutMs: DEFAULT_START_TIMEOUT_MS,
  };
  spec.aliases = [...new Set(Object.values(spec.networks).flat())];
  const deployRestart = parseDeployRestart(raw, path, ctx, name);
  if (deployRestart !== undefined) spec.runtime.restart = deployRestart;
  if (serviceNetworks.macAddress && !spec.runtime.macAddress)
    spec.runtime.macAddress = serviceNetworks.macAddress;
  if (has('network_mode')) {
    const mode = parseNetworkMode(raw.network_mode, at('network_mode'), ctx);
    if (mode) spec.networkMode = mode;
    if (mode && has('networks'))
      ctx.fail(at('network_mode'), `service "${name}" has both network_mode and networks; keep one`);
    // The container is created without them: it has no network of its own to publish on or name.
    const dropped = [
      ...(spec.ports.length ? ['ports'] : []),
      ...(spec.expose.length ? ['expose'] : []),
      ...(has('hostname') ? ['hostname'] : []),
    ];
    if (mode && dropped.length) {
      const written = readString(raw.network_mode, at('network_mode'), ctx.at);
      const advice =
        mode.kind === 'service' && dropped.includes('ports')
          ? `; publish the ports on "${mode.target}", whose network namespace it shares`
          : '';
      ctx.warn(
        at('network_mode'),
        `service "${name}": ${dropped.join(', ')} ${dropped.length > 1 ? 'are' : 'is'} not applied with network_mode "${written}"${advice}`,
      );
    }
  }
  if (has('container_name'))
    spec.containerName = readString(raw.container_name, at('container_name'), ctx.at);
  if (has('hostname')) spec.hostname = readString(raw.hostname, at('hostname'), ctx.at);
  if (has('image')) spec.image = readString(raw.image, at('image'), ctx.at);
  if (has('build')) spec.build = parseBuild(raw.build, at('build'), ctx, name);
  if (!spec.image && !spec.build) ctx.fail(path, `service "${name}" needs "image" or "build"`);
  if (spec.build && spec.runtime.platform)
    ctx.warn(
      at('platform'),
      `platform "${spec.runtime.platform}" is given to the container only: the image is built for the engine's own platform`,
    );
  if (has('command')) spec.command = parseCommand(raw.command, at('command'), ctx);
  if (has('entrypoint')) spec.entrypoint = parseCommand(raw.entrypoint, at('entrypoint'), ctx);
  if (has('healthcheck')) spec.healthcheck = parseHealthcheck(raw.healthcheck, at('healthcheck'), ctx, name);
  if (has('working_dir')) spec.workingDir = readString(raw.working_dir, at('working_dir'), ctx.at);
  if (has('user')) spec.user = readString(raw.user, at('user'), ctx.at);
  if (has('tmpfs')) spec.tmpfs = parseTmpfs(raw.tmpfs, at('tmpfs'), ctx);
  if (has('volumes')) {
    const volumes = parseServiceVolumes(raw.volumes, at('volumes'), ctx, name);
    spec.volumes = volumes.volumes;
    spec.tmpfs.push(...volumes.tmpfs);
  }
  const dependencies = has('depends_on')
    ? parseDependsOn(raw.depends_on, at('depends_on'), ctx, name)
    : noDependencies();
  spec.dependsOn = dependencies.conditions;
  spec.restartsWith = dependencies.restart;
  // As compose: a service whose namespace, volumes or name another one uses starts first.
  // A link or a shared namespace also restarts with its service; volumes_from does not (compose-go's normalize).
  const implied: [string, string, boolean][] = [
    ...spec.links.map((link): [string, string, boolean] => [link.service, at('links'), true]),
    ...spec.volumesFrom.map((from): [string, string, boolean] => [from.service, at('volumes_from'), false]),
    ...(spec.networkMode?.kind === 'service'
      ? [[spec.networkMode.target, at('network_mode'), true] as [string, string, boolean]]
      : []),
    ...(['ipc', 'pid'] as const).flatMap((key): [string, string, boolean][] => {
      const target = sharedNamespaceService(spec.runtime[key]);
      return target === undefined ? [] : [[target, at(key), true]];
    }),
  ];
  for (const [dependency, where, restart] of implied) {
    if (spec.dependsOn[dependency]) continue;
    spec.dependsOn[dependency] = 'service_started';
    dependencies.paths[dependency] = where;
    if (restart) spec.restartsWith.push(dependency);
  }
  if (spec.runtime.readOnly)
    for (const kind of ['secrets', 'configs'] as const)
      if (spec[kind].some((mount) => mount.uid ?? mount.gid ?? mount.mode))
        ctx.warn(
          at(kind),
          `service "${name}": ${kind} uid, gid and mode are not applied: with read_only the files are bind-mounted (root's, 0444) instead of copied in`,
        );
  const healthy = spec.healthcheck !== undefined && spec.healthcheck.test[0] !== 'NONE';
  spec.wait = healthy ? { kind: 'healthy' } : { kind: 'started' };
  if (has('x-inception')) applyInceptionExtension(raw['x-inception'], at('x-inception'), ctx, spec);
  return { spec, dependencies };
}

/** The service whose namespace `ipc: service:x` or `pid: service:x` shares, if that is what it says. */
export function sharedNamespaceService(mode: string | undefined): string | undefined {
  return mode?.startsWith('service:') ? mode.slice('service:'.length) : undefined;
}

function parseTmpfs(value: unknown, path: string, ctx: ComposeContext): string[] {
  const entries = readStringOrList(value, path, ctx.at);
  entries.forEach((entry, index) => {
    if (!entry.startsWith('/'))
      ctx.fail(Array.isArray(value) ? `${path}[${index}]` : path, `"${entry}" must be an absolute path`);
  });
  return entries;
}

/** `x-inception: { wait, timeout }`; our own extension, so a typo in it is an error, not a warning. */
function applyInceptionExtension(value: unknown, path: string, ctx: ComposeContext, spec: ServiceSpec): void {
  const extension = readRecord(value, path, ctx.at);
  for (const key of Object.keys(extension)) {
    if (key !== 'wait' && key !== 'timeout')
      ctx.fail(`${path}.${key}`, `unknown key "${key}"; x-inception takes wait and timeout`);
  }
  if (extension.wait !== undefined) spec.wait = parseWaitStrategy(extension.wait, `${path}.wait`, ctx.at);
  if (extension.timeout !== undefined) {
    spec.startTimeoutMs = parseDuration(extension.timeout, ctx.at(`${path}.timeout`));
    if (spec.startTimeoutMs <= 0) ctx.fail(`${path}.timeout`, 'the timeout must be more than 0');
  }
}

/** `develop.watch`, else the `x-develop` it was called before, which docker compose still reads (warned). */
function parseWatchRules(raw: Record<string, unknown>, path: string, ctx: ComposeContext, name: string) {
  if (raw.develop != null) return parseDevelop(raw.develop, `${path}.develop`, ctx, name);
  if (raw['x-develop'] == null) return [];
  ctx.warn(`${path}.x-develop`, `service "${name}": x-develop is deprecated; rename it develop`);
  return parseDevelop(raw['x-develop'], `${path}.x-develop`, ctx, name);
}
