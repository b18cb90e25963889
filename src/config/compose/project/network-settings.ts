import type { ComposeContext } from '../context.js';
import type { NetworkSpec } from '../model.js';
import {
  isRecord,
  readBoolean,
  readKeyValues,
  readList,
  readRecord,
  readString,
} from '../../values/index.js';

const NETWORK_KEYS = [
  'name',
  'external',
  'driver',
  'driver_opts',
  'internal',
  'attachable',
  'enable_ipv4',
  'enable_ipv6',
  'ipam',
  'labels',
];
const IPAM_KEYS = ['driver', 'config', 'options'];
const POOL_KEYS = ['subnet', 'gateway', 'ip_range', 'aux_addresses'];

/** Top-level `networks:` settings of the networks we create (external ones are the engine's as they are). */
export function readNetworkSettings(value: unknown, ctx: ComposeContext): Record<string, NetworkSpec> {
  const settings: Record<string, NetworkSpec> = {};
  if (value === undefined || value === null) return settings;
  for (const [name, raw] of Object.entries(readRecord(value, 'networks', ctx.at))) {
    if (name.startsWith('x-') || !isRecord(raw) || raw.external) continue;
    const path = `networks.${name}`;
    ctx.warnUnknownKeys(raw, NETWORK_KEYS, path);
    const spec: NetworkSpec = { driverOpts: {}, labels: {} };
    if (raw.driver !== undefined) spec.driver = readString(raw.driver, `${path}.driver`, ctx.at);
    if (raw.driver_opts !== undefined)
      spec.driverOpts = readKeyValues(raw.driver_opts, `${path}.driver_opts`, ctx.at);
    if (raw.labels !== undefined) spec.labels = readKeyValues(raw.labels, `${path}.labels`, ctx.at);
    for (const [key, field] of [
      ['internal', 'internal'],
      ['attachable', 'attachable'],
      ['enable_ipv6', 'enableIpv6'],
    ] as const)
      if (raw[key] !== undefined) spec[field] = readBoolean(raw[key], `${path}.${key}`, ctx.at);
    if (raw.enable_ipv4 !== undefined && !readBoolean(raw.enable_ipv4, `${path}.enable_ipv4`, ctx.at))
      ctx.warn(
        `${path}.enable_ipv4`,
        `network "${name}": enable_ipv4: false needs Engine API 1.47; it keeps IPv4`,
      );
    if (raw.ipam !== undefined && raw.ipam !== null) spec.ipam = readIpam(raw.ipam, `${path}.ipam`, ctx);
    settings[name] = spec;
  }
  return settings;
}

function readIpam(value: unknown, path: string, ctx: ComposeContext): NonNullable<NetworkSpec['ipam']> {
  const raw = readRecord(value, path, ctx.at);
  ctx.warnUnknownKeys(raw, IPAM_KEYS, path);
  const ipam: NonNullable<NetworkSpec['ipam']> = { config: [], options: {} };
  if (raw.driver !== undefined) ipam.driver = readString(raw.driver, `${path}.driver`, ctx.at);
  if (raw.options !== undefined)
    ctx.warn(
      `${path}.options`,
      'ipam.options is ignored, as docker compose (compose-go drops it) ignores it',
    );
  if (raw.config !== undefined && raw.config !== null)
    ipam.config = readList(raw.config, `${path}.config`, ctx.at).map((item, index) => {
      const poolPath = `${path}.config[${index}]`;
      const pool = readRecord(item, poolPath, ctx.at);
      ctx.warnUnknownKeys(pool, POOL_KEYS, poolPath);
      const text = (key: string) =>
        pool[key] === undefined ? undefined : readString(pool[key], `${poolPath}.${key}`, ctx.at);
      return {
        subnet: text('subnet'),
        gateway: text('gateway'),
        ipRange: text('ip_range'),
        auxAddresses:
          pool.aux_addresses === undefined
            ? undefined
            : readKeyValues(pool.aux_addresses, `${poolPath}.aux_addresses`, ctx.at),
      };
    });
  return ipam;
}
