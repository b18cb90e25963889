import type { ComposeContext } from '../context.js';
import { isRecord, readList, readRecord, readString } from '../../values/index.js';

/** A service's `networks:` -> network -> its aliases on it. Each named network is the environment's own. */
export function parseServiceNetworks(
  value: unknown,
  path: string,
  ctx: ComposeContext,
  service: string,
  declared: readonly string[],
): Record<string, string[]> {
  const networks: Record<string, string[]> = {};
  const join = (name: string, where: string) => {
    if (name !== 'default' && !declared.includes(name))
      ctx.fail(
        where,
        `service "${service}" joins network "${name}", which is not declared under the top-level "networks:"; add "${name}:" there`,
      );
    networks[name] ??= [];
  };
  if (Array.isArray(value)) {
    readList(value, path, ctx.at).forEach((item, index) =>
      join(readString(item, `${path}[${index}]`, ctx.at), `${path}[${index}]`),
    );
    return networks;
  }
  for (const [name, settings] of Object.entries(readRecord(value, path, ctx.at))) {
    const networkPath = `${path}.${name}`;
    join(name, networkPath);
    if (settings === null) continue;
    if (!isRecord(settings)) ctx.fail(networkPath, 'expected a mapping like { aliases: [api.local] }');
    ctx.warnUnknownKeys(settings, ['aliases'], networkPath, service);
    if (settings.aliases === undefined) continue;
    readList(settings.aliases, `${networkPath}.aliases`, ctx.at).forEach((alias, index) => {
      const text = readString(alias, `${networkPath}.aliases[${index}]`, ctx.at);
      if (!networks[name]?.includes(text)) networks[name]?.push(text);
    });
  }
  return networks;
}

/** Top-level `networks:`: each is created per environment; only their driver settings are not kept. */
export function checkTopLevelNetworks(value: unknown, path: string, ctx: ComposeContext): void {
  if (value === null) return;
  for (const [name, settings] of Object.entries(readRecord(value, path, ctx.at))) {
    if (name.startsWith('x-') || !isRecord(settings) || settings.external) continue;
    const ignored = Object.keys(settings).filter(
      (key) => key !== 'name' && key !== 'labels' && !key.startsWith('x-'),
    );
    if (ignored.length) {
      ctx.warn(
        `${path}.${name}`,
        `network "${name}": ${ignored.join(', ')} ignored; inception creates a bridge network per environment`,
      );
    }
  }
}
