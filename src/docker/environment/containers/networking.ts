import type Docker from 'dockerode';
import type { ServiceSpec } from '../../../config/compose/index.js';

export interface NetworkContext {
  environment: string;
  /** The environment's own network, which `default` stands for. */
  network: string;
  externalNetworks: Record<string, string>;
  /** The container name of a service of the environment. */
  containerOf: (service: string) => string;
}

/** A named network of the file as the engine knows it: per environment, or the external one. */
export function engineNetworkName(
  name: string,
  context: Pick<NetworkContext, 'environment' | 'network' | 'externalNetworks'>,
): string {
  if (name === 'default') return context.network;
  return context.externalNetworks[name] ?? `${context.environment}_${name}`;
}

export interface ServiceNetworking {
  /** HostConfig.NetworkMode. */
  mode: string;
  /** The network the container is created on, with its endpoint; undefined for host/none/service:x. */
  first?: { name: string; endpoint: Docker.EndpointSettings };
  /** Networks to connect after create, before start. */
  more: { name: string; endpoint: Docker.EndpointSettings }[];
}

/** network_mode, networks with their aliases (the service's name on each), and links. Pure. */
export function serviceNetworking(service: ServiceSpec, context: NetworkContext): ServiceNetworking {
  const mode = service.networkMode;
  if (mode?.kind === 'host' || mode?.kind === 'none') return { mode: mode.kind, more: [] };
  if (mode?.kind === 'service') return { mode: `container:${context.containerOf(mode.target)}`, more: [] };
  if (mode?.kind === 'container') return { mode: `container:${mode.target}`, more: [] };
  const links = service.links.map((link) => `${context.containerOf(link.service)}:${link.alias}`);
  const endpoints = Object.entries(service.networks).map(([name, aliases]) => ({
    name: engineNetworkName(name, context),
    endpoint: {
      Aliases: [...new Set([service.name, ...aliases, ...(name === 'default' ? service.aliases : [])])],
      ...(links.length ? { Links: links } : {}),
      ...fixedAddresses(service.networkEndpoints[name]),
    } as Docker.EndpointSettings,
  }));
  const [first, ...more] = endpoints;
  if (!first) return { mode: context.network, more: [] };
  return { mode: first.name, first, more };
}

/** `ipv4_address` / `ipv6_address`: the engine takes them as the endpoint's IPAM config. */
function fixedAddresses(
  spec: ServiceSpec['networkEndpoints'][string] | undefined,
): Partial<Docker.EndpointSettings> {
  if (!spec?.ipv4Address && !spec?.ipv6Address) return {};
  return {
    IPAMConfig: {
      ...(spec.ipv4Address ? { IPv4Address: spec.ipv4Address } : {}),
      ...(spec.ipv6Address ? { IPv6Address: spec.ipv6Address } : {}),
    },
  };
}
