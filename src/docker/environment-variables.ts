import type { EnvironmentInfo } from './environment-info.js';

export function serviceVariablePrefix(service: string): string {
  return `INCEPTION_${service.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

/** How later steps on the host reach each service: INCEPTION_<SERVICE>_HOST/_PORT/_PORT_<n>/_URL/_IP. */
export function hostVariables(info: EnvironmentInfo): Record<string, string> {
  const variables: Record<string, string> = {
    INCEPTION_ENVIRONMENT: info.name,
    INCEPTION_NETWORK: info.network,
    INCEPTION_SERVICES: JSON.stringify(info.services),
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
  const variables: Record<string, string> = {
    INCEPTION_ENVIRONMENT: info.name,
    INCEPTION_NETWORK: info.network,
  };
  for (const [service, address] of Object.entries(info.services)) {
    const prefix = serviceVariablePrefix(service);
    variables[`${prefix}_HOST`] = address.hostname;
    variables[`${prefix}_IP`] = address.ip;
    if (address.internalUrl) variables[`${prefix}_URL`] = address.internalUrl;
  }
  return variables;
}
