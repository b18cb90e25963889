import type Docker from 'dockerode';
import type { HealthcheckSpec, ServiceSpec } from '../../config/compose/index.js';
import { environmentLabels, LABEL_SERVICE } from '../../shared/labels.js';

const NS_PER_MS = 1_000_000;

export function containerName(environment: string, service: string): string {
  return `${environment}-${service}`;
}

export function volumeName(environment: string, volume: string): string {
  return `${environment}_${volume}`;
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
  context: { environment: string; network: string; image: string },
): Docker.ContainerCreateOptions {
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
  const mounts = service.volumes.map((volume) => ({
    Type: volume.type,
    Source: volume.type === 'volume' ? volumeName(context.environment, volume.source) : volume.source,
    Target: volume.target,
    ReadOnly: volume.readOnly,
  }));
  return {
    name: containerName(context.environment, service.name),
    Image: context.image,
    Cmd: service.command,
    Entrypoint: service.entrypoint,
    Env: Object.entries(service.environment).map(([key, value]) => `${key}=${value}`),
    ExposedPorts: exposed,
    WorkingDir: service.workingDir,
    User: service.user,
    Hostname: service.name,
    Labels: {
      ...service.labels,
      ...environmentLabels(context.environment, 'service'),
      [LABEL_SERVICE]: service.name,
    },
    Healthcheck: service.healthcheck ? healthcheckConfig(service.healthcheck) : undefined,
    HostConfig: {
      PortBindings: bindings,
      Tmpfs: tmpfs,
      Mounts: mounts,
      NanoCpus: service.limits.nanoCpus,
      Memory: service.limits.memoryBytes,
      NetworkMode: context.network,
    },
    NetworkingConfig: {
      EndpointsConfig: { [context.network]: { Aliases: [service.name, ...service.aliases] } },
    },
  };
}
