import { resourceOptions } from './resource-options.js';
import type Docker from 'dockerode';
import {
  sharedNamespaceService,
  type HealthcheckSpec,
  type ServiceSpec,
} from '../../../config/compose/index.js';
import { environmentLabels, LABEL_REPLICA, LABEL_SERVICE } from '../../../shared/identity/labels.js';
import { serviceNetworking, type NetworkContext } from './networking.js';
import { NS_PER_MS, runtimeOptions } from './runtime-options.js';
import { serviceBinds, serviceMounts, type MountContext } from './service-mounts.js';

export { volumeName } from './service-mounts.js';

/** `<environment>-<container_name or service>`: `container_name` stays recognisable, and two environments
 * from one file never collide. */
export function containerName(environment: string, service: string): string {
  return `${environment}-${service}`;
}

export interface CreateContext {
  environment: string;
  network: string;
  image: string;
  externalVolumes?: Record<string, string>;
  externalNetworks?: Record<string, string>;
  files?: MountContext['files'];
  /** Container name of each service (container_name aside, the service's). */
  containerOf?: NetworkContext['containerOf'];
  /** For replica 2 and up: the suffix of its name. */
  replica?: number;
}

function healthcheckConfig(spec: HealthcheckSpec): Docker.ContainerCreateOptions['Healthcheck'] {
  return {
    Test: spec.test,
    Interval: spec.intervalMs === undefined ? undefined : spec.intervalMs * NS_PER_MS,
    Timeout: spec.timeoutMs === undefined ? undefined : spec.timeoutMs * NS_PER_MS,
    Retries: spec.retries,
    StartPeriod: spec.startPeriodMs === undefined ? undefined : spec.startPeriodMs * NS_PER_MS,
  };
}

/** The Engine API create options for one service of an environment. Pure, so the mapping is unit-tested. */
export function containerCreateOptions(
  service: ServiceSpec,
  context: CreateContext,
): Docker.ContainerCreateOptions {
  const containerOf = context.containerOf ?? ((name: string) => containerName(context.environment, name));
  const networking = serviceNetworking(service, {
    environment: context.environment,
    network: context.network,
    externalNetworks: context.externalNetworks ?? {},
    containerOf,
  });
  const runtime = runtimeOptions(service.runtime);
  // `ipc: service:x` / `pid: service:x` share x's namespace: its (first) container's, as compose does.
  for (const [key, field] of [
    ['ipc', 'IpcMode'],
    ['pid', 'PidMode'],
  ] as const) {
    const shared = sharedNamespaceService(service.runtime[key]);
    if (shared !== undefined) runtime.host[field] = `container:${containerOf(shared)}`;
  }
  const sharesNamespace = networking.mode.startsWith('container:') || service.networkMode !== undefined;
  const base = containerOf(service.name);
  const exposed: Record<string, object> = {};
  const bindings: Record<string, { HostPort: string; HostIp?: string }[]> = {};
  for (const port of service.expose) exposed[`${port}/tcp`] = {};
  for (const port of service.ports) {
    const key = `${port.containerPort}/${port.protocol}`;
    exposed[key] = {};
    const binding = {
      HostPort: port.hostPort === undefined ? '' : String(port.hostPort),
      HostIp: port.hostIp,
    };
    (bindings[key] ??= []).push(binding);
  }
  const tmpfs: Record<string, string> = {};
  for (const entry of service.tmpfs) {
    const [target = entry, options = ''] = entry.split(/:(.*)/s);
    tmpfs[target] = options;
  }
  const mounts = serviceMounts(service, {
    environment: context.environment,
    externalVolumes: context.externalVolumes ?? {},
    files: context.files ?? { secrets: {}, configs: {} },
  });
  const binds = serviceBinds(service);
  return {
    ...runtime.config,
    name: context.replica && context.replica > 1 ? `${base}-${context.replica}` : base,
    Image: context.image,
    platform: service.runtime.platform,
    Cmd: service.command,
    Entrypoint: service.entrypoint,
    Env: Object.entries(service.environment).map(([key, value]) => `${key}=${value}`),
    ExposedPorts: sharesNamespace ? undefined : exposed,
    WorkingDir: service.workingDir,
    User: service.user,
    // With the host's UTS namespace the container has the host's name: the engine refuses one of its own.
    Hostname:
      sharesNamespace || (service.runtime.uts === 'host' && !service.hostname)
        ? undefined
        : (service.hostname ?? service.name),
    Labels: {
      ...service.labels,
      ...environmentLabels(context.environment, 'service'),
      [LABEL_SERVICE]: service.name,
      ...(service.replicas > 1 ? { [LABEL_REPLICA]: String(context.replica ?? 1) } : {}),
    },
    Healthcheck: service.healthcheck ? healthcheckConfig(service.healthcheck) : undefined,
    HostConfig: {
      ...runtime.host,
      ...resourceOptions(service.resources),
      PortBindings: sharesNamespace ? undefined : bindings,
      Tmpfs: tmpfs,
      Mounts: mounts,
      Binds: binds.length ? binds : undefined,
      NetworkMode: networking.mode,
      VolumesFrom: service.volumesFrom.length
        ? service.volumesFrom.map((from) => `${containerOf(from.service)}${from.readOnly ? ':ro' : ''}`)
        : undefined,
    },
    NetworkingConfig: networking.first
      ? { EndpointsConfig: { [networking.first.name]: networking.first.endpoint } }
      : undefined,
  };
}
