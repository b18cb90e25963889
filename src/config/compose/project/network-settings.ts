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

/** How the top-level `networks.<name>` we create is set up (external ones are the engine's as they are);
 * undefined when it is written without settings. */
export function readNetworkSpec(name: string, value: unknown, ctx: ComposeContext): NetworkSpec | undefined {
  if (!isRecord(value)) return undefined;
  const path = `networks.${name}`;
  ctx.warnUnknownKeys(value, NETWORK_KEYS, path);
  const spec: NetworkSpec = { driverOpts: {}, labels: {} };
  if (value.driver !== undefined) spec.driver = readString(value.driver, `${path}.driver`, ctx.at);
  if (value.driver_opts !== undefined)
    spec.driverOpts = readKeyValues(value.driver_opts, `${path}.driver_opts`, ctx.at);
  if (value.labels !== undefined) spec.labels = readKeyValues(value.labels, `${path}.labels`, ctx.at);
  for (const [key, field] of [
    ['internal', 'internal'],
    ['attachable', 'attachable'],
    ['enable_ipv6', 'enableIpv6'],
  ] as const)
    if (value[key] !== undefined) spec[field] = readBoolean(value[key], `${path}.${key}`, ctx.at);
  if (value.enable_ipv4 !== undefined && !readBoolean(value.enable_ipv4, `${path}.enable_ipv4`, ctx.at))
    ctx.warn(
      `${path}.enable_ipv4`,
      `network "${name}": enable_ipv4: false needs Engine API 1.47; it keeps IPv4`,
    );
  if (value.ipam !== undefined && value.ipam !== null) spec.ipam = readIpam(value.ipam, `${path}.ipam`, ctx);
  return spec;
}

function readIpam(value: unknown, path: string, ctx: ComposeContext): NonNullable<NetworkSpec['ipam']> {
  const raw = readRecord(value, path, ctx.at);
  ctx.warnUnknownKeys(raw, IPAM_KEYS, path);
  const ipam: NonNullable<NetworkSpec['ipam']> = { config: [] };
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
