import type Docker from 'dockerode';
import { formatDuration } from '../../shared/format/format-duration.js';
import {
  LABEL_ENVIRONMENT,
  LABEL_REPLICA,
  LABEL_ROLE,
  LABEL_SERVICE,
  labelFilter,
} from '../../shared/identity/labels.js';
import { formatTable } from './print-services.js';

/** One container of an environment as `inception status` shows it. */
export interface ServiceStatus {
  environment: string;
  service: string;
  /** Which replica, for a service with several (`deploy.replicas`, `scale`). */
  replica?: number;
  container: string;
  /** The engine's state: running, exited, restarting, … */
  state: string;
  exitCode?: number;
  /** healthy, unhealthy, starting; absent without a health check. */
  health?: string;
  startedAt?: string;
  /** Seconds since it started, while it runs. */
  uptimeSeconds?: number;
  ports: { host: number; container: number; protocol: string }[];
}

/** One entry a port: the engine lists a binding once for IPv4 and once for IPv6, and under load Docker 20.10
 * may give the two different host ports. We print 127.0.0.1, so the IPv4 one wins. */
function publishedPorts(ports: Docker.Port[]): ServiceStatus['ports'] {
  const published = ports.filter((port) => port.PublicPort);
  const hasIpv4 = new Set(
    published.filter((port) => !isIpv6(port)).map((port) => `${port.PrivatePort}/${port.Type}`),
  );
  const unique = new Map<string, ServiceStatus['ports'][number]>();
  for (const port of published) {
    if (isIpv6(port) && hasIpv4.has(`${port.PrivatePort}/${port.Type}`)) continue;
    const entry = { host: port.PublicPort, container: port.PrivatePort, protocol: port.Type };
    unique.set(JSON.stringify(entry), entry);
  }
  return [...unique.values()];
}

const isIpv6 = (port: Docker.Port) => (port.IP ?? '').includes(':');

/** Every container of the environment (of every environment without one), test containers included. */
export async function serviceStatuses(
  docker: Docker,
  environment: string | undefined,
  now = Date.now(),
): Promise<ServiceStatus[]> {
  const containers = await docker.listContainers({
    all: true,
    filters: JSON.stringify(labelFilter(environment)),
  });
  const inspected = await Promise.all(
    containers.map((info) =>
      docker
        .getContainer(info.Id)
        .inspect()
        .catch(() => undefined),
    ),
  );
  return containers
    .map((info, index) => {
      const details = inspected[index];
      const state = details?.State;
      const running = state?.Running === true;
      const startedAt = state?.StartedAt && !state.StartedAt.startsWith('0001') ? state.StartedAt : undefined;
      return {
        environment: info.Labels[LABEL_ENVIRONMENT] ?? '',
        service: info.Labels[LABEL_SERVICE] ?? info.Labels[LABEL_ROLE] ?? '',
        ...(info.Labels[LABEL_REPLICA] ? { replica: Number(info.Labels[LABEL_REPLICA]) } : {}),
        container: (info.Names[0] ?? info.Id).replace(/^\//, ''),
        state: state?.Status ?? info.State,
        ...(running || state?.ExitCode === undefined ? {} : { exitCode: state.ExitCode }),
        ...(state?.Health?.Status ? { health: state.Health.Status } : {}),
        ...(startedAt ? { startedAt } : {}),
        ...(running && startedAt
          ? { uptimeSeconds: Math.max(0, Math.round((now - Date.parse(startedAt)) / 1000)) }
          : {}),
        ports: publishedPorts(info.Ports),
      };
    })
    .sort(
      (a, b) =>
        a.environment.localeCompare(b.environment) ||
        a.service.localeCompare(b.service) ||
        (a.replica ?? 1) - (b.replica ?? 1),
    );
}

/** The table `inception status` prints; the environment column only when several are shown. */
export function statusTable(statuses: ServiceStatus[], withEnvironment: boolean): string[] {
  const rows = [[...(withEnvironment ? ['ENVIRONMENT'] : []), 'SERVICE', 'STATE', 'HEALTH', 'UP', 'PORTS']];
  for (const status of statuses) {
    const ports = status.ports.map((port) => `127.0.0.1:${port.host}->${port.container}/${port.protocol}`);
    rows.push([
      ...(withEnvironment ? [status.environment] : []),
      status.replica === undefined ? status.service : `${status.service} #${status.replica}`,
      status.exitCode === undefined ? status.state : `${status.state} (${status.exitCode})`,
      status.health ?? '-',
      status.uptimeSeconds === undefined ? '-' : formatDuration(status.uptimeSeconds * 1000),
      ports.join(', ') || '-',
    ]);
  }
  return formatTable(rows);
}
