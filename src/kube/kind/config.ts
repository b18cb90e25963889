import { parse as parseYaml, stringify } from 'yaml';
import { isRecord } from '../../config/values/index.js';
import { ConfigurationError, errorMessage } from '../../errors.js';

export type KindRole = 'control-plane' | 'worker';
export const KIND_ROLES: readonly KindRole[] = ['control-plane', 'worker'];

export interface PortMapping {
  containerPort: number;
  hostPort: number;
  listenAddress?: string;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
}

/** What setup-kind generates a kind config from when no config file is given. */
export interface GeneratedKindConfig {
  workers: number;
  /** Labels for every node of a role. */
  nodeLabels: Partial<Record<KindRole, Record<string, string>>>;
  /** Published on the control-plane node, as kind's ingress guide does. */
  extraPortMappings: PortMapping[];
}

/** containerd reads registry hosts from here (hosts.toml per registry), which the local registry needs. */
export const CONTAINERD_REGISTRY_PATCH = `[plugins."io.containerd.grpc.v1.cri".registry]
  config_path = "/etc/containerd/certs.d"`;

interface KindNode {
  role: KindRole;
  labels?: Record<string, string>;
  extraPortMappings?: PortMapping[];
}

/** The kind config (v1alpha4) for a generated cluster: one control plane and `workers` workers. */
export function generateKindConfig(options: GeneratedKindConfig, registryPatch = false): string {
  const node = (role: KindRole, ports: PortMapping[] = []): KindNode => {
    const labels = options.nodeLabels[role];
    return {
      role,
      ...(labels && Object.keys(labels).length > 0 ? { labels } : {}),
      ...(ports.length > 0 ? { extraPortMappings: ports } : {}),
    };
  };
  const config = {
    kind: 'Cluster',
    apiVersion: 'kind.x-k8s.io/v1alpha4',
    nodes: [
      node('control-plane', options.extraPortMappings),
      ...Array.from({ length: options.workers }, () => node('worker')),
    ],
    ...(registryPatch ? { containerdConfigPatches: [CONTAINERD_REGISTRY_PATCH] } : {}),
  };
  return stringify(config);
}

/** A user's kind config with the registry patch added (other content kept as written). */
export function addRegistryPatch(configText: string, where: string): string {
  let parsed: unknown;
  try {
    parsed = parseYaml(configText);
  } catch (error) {
    throw new ConfigurationError(`${where} is not valid YAML: ${errorMessage(error)}`);
  }
  if (!isRecord(parsed)) {
    throw new ConfigurationError(
      `${where} must be a kind Cluster config (kind: Cluster, apiVersion: kind.x-k8s.io/v1alpha4).`,
    );
  }
  const patches = parsed.containerdConfigPatches ?? [];
  if (!Array.isArray(patches)) {
    throw new ConfigurationError(`${where}: containerdConfigPatches must be a list of TOML strings.`);
  }
  if (patches.some((patch) => typeof patch === 'string' && patch.includes('config_path'))) return configText;
  return stringify({ ...parsed, containerdConfigPatches: [...patches, CONTAINERD_REGISTRY_PATCH] });
}

/**
 * `8080:80`, `127.0.0.1:8080:80`, `8443:443/tcp` → a kind port mapping (host first, then the node's
 * port, as in `docker run -p`).
 */
export function parsePortMapping(text: string, where: string): PortMapping {
  const match = /^(?:(\[[0-9a-fA-F:]+\]|[0-9.]+):)?(\d+):(\d+)(?:\/(tcp|udp|sctp))?$/i.exec(text.trim());
  const port = (value: string | undefined) => Number(value);
  const valid = (value: number) => Number.isInteger(value) && value >= 0 && value <= 65535;
  if (!match || !valid(port(match[2])) || !valid(port(match[3])) || port(match[3]) === 0) {
    throw new ConfigurationError(
      `${where}: "${text}" is not a port mapping; write HOST_PORT:NODE_PORT, optionally with a listen ` +
        'address and protocol, e.g. 8080:80 or 127.0.0.1:8443:443/tcp.',
    );
  }
  const [, address, hostPort, containerPort, protocol] = match;
  return {
    containerPort: port(containerPort),
    hostPort: port(hostPort),
    ...(address ? { listenAddress: address.replace(/^\[|\]$/g, '') } : {}),
    ...(protocol ? { protocol: protocol.toUpperCase() as PortMapping['protocol'] } : {}),
  };
}

/**
 * Node labels per role from a mapping: `worker: node.type=services,tier=a`, or `worker: {node.type: services}`.
 */
export function parseNodeLabels(value: unknown, where: string): GeneratedKindConfig['nodeLabels'] {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    throw new ConfigurationError(`${where} must map a role to labels, e.g. "worker: node.type=services".`);
  }
  const result: GeneratedKindConfig['nodeLabels'] = {};
  for (const [role, labels] of Object.entries(value)) {
    if (!KIND_ROLES.includes(role as KindRole)) {
      throw new ConfigurationError(`${where}: "${role}" is not a node role; use ${KIND_ROLES.join(' or ')}.`);
    }
    result[role as KindRole] = labelsOf(labels, `${where}, ${role}`);
  }
  return result;
}

const LABEL_KEY =
  /^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(?:[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

function labelsOf(value: unknown, where: string): Record<string, string> {
  const entries: [string, string][] = [];
  if (typeof value === 'string') {
    for (const part of value.split(/[,\s]+/).filter((item) => item !== '')) {
      const eq = part.indexOf('=');
      if (eq <= 0) throw new ConfigurationError(`${where}: "${part}" is not KEY=VALUE.`);
      entries.push([part.slice(0, eq), part.slice(eq + 1)]);
    }
  } else if (isRecord(value)) {
    for (const [key, label] of Object.entries(value)) entries.push([key, label == null ? '' : String(label)]);
  } else {
    throw new ConfigurationError(`${where}: write labels as KEY=VALUE,KEY=VALUE or a mapping.`);
  }
  for (const [key, label] of entries) {
    if (!LABEL_KEY.test(key))
      throw new ConfigurationError(`${where}: "${key}" is not a valid Kubernetes label key.`);
    if (!LABEL_VALUE.test(label)) {
      throw new ConfigurationError(
        `${where}: "${label}" (label ${key}) is not a valid Kubernetes label value.`,
      );
    }
  }
  return Object.fromEntries(entries);
}
