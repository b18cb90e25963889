import type { ComposeContext } from '../../context.js';
import type { NetworkEndpointSpec } from '../../model.js';
import { isRecord, readInteger, readList, readRecord, readString } from '../../../values/index.js';

export interface ServiceNetworks {
  /** Network -> the service's aliases on it, the highest `priority` first (compose connects in that order). */
  aliases: Record<string, string[]>;
  endpoints: Record<string, NetworkEndpointSpec>;
  /** `mac_address` of the first network: the container's own on Engine API 1.41. */
  macAddress?: string;
}

const ENDPOINT_KEYS = ['aliases', 'ipv4_address', 'ipv6_address', 'priority', 'mac_address'];

/** A service's `networks:` (a list, or a map with settings per network). Each named network is the
 * environment's own. */
export function parseServiceNetworks(
  value: unknown,
  path: string,
  ctx: ComposeContext,
  service: string,
  declared: readonly string[],
): ServiceNetworks {
  type Joined = { name: string; aliases: string[]; priority: number; mac?: string; where: string };
  const joined: Joined[] = [];
  const endpoints: Record<string, NetworkEndpointSpec> = {};
  const join = (name: string, where: string) => {
    if (name !== 'default' && !declared.includes(name))
      ctx.fail(
        where,
        `service "${service}" joins network "${name}", which is not declared under the top-level "networks:"; add "${name}:" there`,
      );
    const entry: Joined = { name, aliases: [], priority: 0, where };
    joined.push(entry);
    return entry;
  };
  if (Array.isArray(value)) {
    readList(value, path, ctx.at).forEach((item, index) =>
      join(readString(item, `${path}[${index}]`, ctx.at), `${path}[${index}]`),
    );
  } else {
    for (const [name, settings] of Object.entries(readRecord(value, path, ctx.at))) {
      const networkPath = `${path}.${name}`;
      const entry = join(name, networkPath);
      if (settings === null) continue;
      if (!isRecord(settings)) ctx.fail(networkPath, 'expected a mapping like { aliases: [api.local] }');
      ctx.warnUnknownKeys(settings, ENDPOINT_KEYS, networkPath, service);
      if (settings.aliases !== undefined)
        readList(settings.aliases, `${networkPath}.aliases`, ctx.at).forEach((alias, index) => {
          const text = readString(alias, `${networkPath}.aliases[${index}]`, ctx.at);
          if (!entry.aliases.includes(text)) entry.aliases.push(text);
        });
      const endpoint: NetworkEndpointSpec = {};
      if (settings.ipv4_address !== undefined)
        endpoint.ipv4Address = readString(settings.ipv4_address, `${networkPath}.ipv4_address`, ctx.at);
      if (settings.ipv6_address !== undefined)
        endpoint.ipv6Address = readString(settings.ipv6_address, `${networkPath}.ipv6_address`, ctx.at);
      if (Object.keys(endpoint).length) endpoints[name] = endpoint;
      if (settings.priority !== undefined)
        entry.priority = readInteger(settings.priority, `${networkPath}.priority`, ctx.at, -1e9, 1e9);
      if (settings.mac_address !== undefined)
        entry.mac = readString(settings.mac_address, `${networkPath}.mac_address`, ctx.at);
    }
  }
  const ordered = [...joined].sort((a, b) => b.priority - a.priority);
  const result: ServiceNetworks = {
    aliases: Object.fromEntries(ordered.map((entry) => [entry.name, entry.aliases])),
    endpoints,
  };
  ordered.forEach((entry, index) => {
    if (entry.mac === undefined) return;
    if (index === 0) result.macAddress = entry.mac;
    else
      ctx.warn(
        `${entry.where}.mac_address`,
        `service "${service}": mac_address on network "${entry.name}" is not applied: Docker 20.10 (API 1.41) sets one MAC address, on the first network`,
      );
  });
  return result;
}
