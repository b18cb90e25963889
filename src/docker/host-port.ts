/** One published binding of a container port, as inspect lists it under NetworkSettings.Ports. */
export interface PortBinding {
  HostIp?: string;
  HostPort?: string;
}

/**
 * The host port to reach a container port on at 127.0.0.1. The engine lists one binding for IPv4 and one
 * for IPv6, and under load Docker 20.10 may give the two different host ports: the IPv4 one is the one
 * 127.0.0.1 answers on.
 */
export function ipv4HostPort(bindings: PortBinding[] | null | undefined): number | undefined {
  const published = (bindings ?? []).filter((binding) => binding.HostPort);
  const chosen = published.find((binding) => !(binding.HostIp ?? '').includes(':')) ?? published[0];
  return chosen ? Number(chosen.HostPort) : undefined;
}
