import type Docker from 'dockerode';
import type { ServiceSpec } from '../../../config/compose/index.js';
import { ipv4HostPort } from '../../host-port.js';
import type { ServiceAddress } from '../info.js';

/** How the service is reached: from the host (published ports) and from inside the network (its name). */
export function serviceAddress(
  service: ServiceSpec,
  info: Docker.ContainerInspectInfo,
  network: string,
): ServiceAddress {
  const hostPorts: Record<string, number> = {};
  for (const [key, bindings] of Object.entries(info.NetworkSettings.Ports ?? {})) {
    const published = ipv4HostPort(bindings);
    if (published) hostPorts[key] = published;
  }
  const address: ServiceAddress = {
    container: info.Name.replace(/^\//, ''),
    containerId: info.Id,
    ip: info.NetworkSettings.Networks?.[network]?.IPAddress ?? '',
    hostname: service.name,
    hostPorts,
  };
  const httpPort = service.wait.kind === 'http' ? service.wait.port : undefined;
  if (httpPort !== undefined) {
    const scheme = service.wait.kind === 'http' ? service.wait.scheme : 'http';
    const published = hostPorts[`${httpPort}/tcp`];
    if (published) address.url = `${scheme}://127.0.0.1:${published}`;
    address.internalUrl = `${scheme}://${service.name}:${httpPort}`;
  }
  return address;
}
