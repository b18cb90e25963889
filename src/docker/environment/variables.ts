import type { EnvironmentInfo } from './info.js';

/** Variables every step after setup-docker gets; run-tests and collect-logs read them back. */
export const ENV_ENVIRONMENT = 'INCEPTION_ENVIRONMENT';
export const ENV_NETWORK = 'INCEPTION_NETWORK';
export const ENV_SERVICES = 'INCEPTION_SERVICES';

/** `orders-db` -> `INCEPTION_ORDERS_DB`, the start of each service's variables. */
export function serviceVariablePrefix(service: string): string {
  return `INCEPTION_${service.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

/** How later steps on the host reach each service: INCEPTION_<SERVICE>_HOST/_PORT/_PORT_<n>/_URL/_IP. */
export function hostVariables(info: EnvironmentInfo): Record<string, string> {
  const variables: Record<string, string> = {
    [ENV_ENVIRONMENT]: info.name,
    [ENV_NETWORK]: info.network,
    [ENV_SERVICES]: JSON.stringify(info.services),
  };
  for (const [service, address] of Object.entries(info.services)) {
    const prefix = serviceVariablePrefix(service);
    variables[`${prefix}_HOST`] = '127.0.0.1';
    variables[`${prefix}_IP`] = address.ip;
    const ports = Object.entries(address.hostPorts);
    for (const [key, hostPort] of ports) variables[`${prefix}_PORT_${key.split('/')[0]}`] = String(hostPort);
    if (ports[0]) variables[`${prefix}_PORT`] = String(ports[0][1]);
    if (address.url) variables[`${prefix}_URL`] = address.url;
  }
  return variables;
}

/** How a container on the environment network reaches each service: by its name and container port. */
export function networkVariables(info: EnvironmentInfo): Record<string, string> {
  const variables: Record<string, string> = { [ENV_ENVIRONMENT]: info.name };
  if (info.network) variables[ENV_NETWORK] = info.network;
  for (const [service, address] of Object.entries(info.services)) {
    const prefix = serviceVariablePrefix(service);
    variables[`${prefix}_HOST`] = address.hostname || service;
    if (address.ip) variables[`${prefix}_IP`] = address.ip;
    if (address.internalUrl) variables[`${prefix}_URL`] = address.internalUrl;
  }
  return variables;
}
