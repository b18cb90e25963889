import type { ComposeContext } from '../context.js';
import { isRecord, readList, readRecord, readString } from '../../values/index.js';

const ONE_NETWORK = 'every service joins the one environment network';

/** A service's `networks:`; we keep only the aliases, since every service shares one network. */
export function parseServiceAliases(
  value: unknown,
  path: string,
  ctx: ComposeContext,
  service: string,
): string[] {
  if (Array.isArray(value)) {
    readList(value, path, ctx.at).forEach((item, index) => {
      const name = readString(item, `${path}[${index}]`, ctx.at);
      if (name !== 'default') warnNamedNetwork(name, `${path}[${index}]`, ctx, service);
    });
    return [];
  }
  const aliases: string[] = [];
  for (const [name, settings] of Object.entries(readRecord(value, path, ctx.at))) {
    const networkPath = `${path}.${name}`;
    if (name !== 'default') warnNamedNetwork(name, networkPath, ctx, service);
    if (settings === null) continue;
    if (!isRecord(settings)) ctx.fail(networkPath, 'expected a mapping like { aliases: [api.local] }');
    ctx.warnUnknownKeys(settings, ['aliases'], networkPath, service);
    if (settings.aliases === undefined) continue;
    readList(settings.aliases, `${networkPath}.aliases`, ctx.at).forEach((alias, index) => {
      const text = readString(alias, `${networkPath}.aliases[${index}]`, ctx.at);
      if (!aliases.includes(text)) aliases.push(text);
    });
  }
  return aliases;
}

function warnNamedNetwork(name: string, path: string, ctx: ComposeContext, service: string): void {
  ctx.warn(path, `service "${service}": network "${name}" is ignored; ${ONE_NETWORK}`);
}

/** Top-level `networks:`: only `default` has a meaning for us, and its settings do not. */
export function checkTopLevelNetworks(value: unknown, path: string, ctx: ComposeContext): void {
  if (value === null) return;
  for (const [name, settings] of Object.entries(readRecord(value, path, ctx.at))) {
    if (name.startsWith('x-')) continue;
    if (name !== 'default') ctx.warn(`${path}.${name}`, `network "${name}" is ignored; ${ONE_NETWORK}`);
    else if (isRecord(settings) && Object.keys(settings).length) {
      ctx.warn(
        `${path}.${name}`,
        `the settings of network "default" are ignored; inception creates its own network per environment`,
      );
    }
  }
}
