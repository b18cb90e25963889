import type { NetworkMode, ServiceSpec } from '../../model.js';
import type { ComposeContext } from '../../context.js';
import { readList, readString } from '../../../values/index.js';

/** `network_mode`: `service:x`, `container:x`, `host`, `none`; `bridge`/`default` is the environment's network. */
export function parseNetworkMode(value: unknown, path: string, ctx: ComposeContext): NetworkMode | undefined {
  const mode = readString(value, path, ctx.at);
  if (mode === 'host' || mode === 'none') return { kind: mode };
  if (mode === 'bridge' || mode === 'default') return undefined;
  const match = /^(service|container):(.+)$/.exec(mode);
  if (!match)
    return ctx.fail(path, `"${mode}" is not a network mode; use service:NAME, container:NAME, host or none`);
  return { kind: match[1] as 'service' | 'container', target: match[2] as string };
}

/** `volumes_from: [service, service:ro]`; `container:x` names a container outside the project. */
export function parseVolumesFrom(
  value: unknown,
  path: string,
  ctx: ComposeContext,
): ServiceSpec['volumesFrom'] {
  return readList(value, path, ctx.at).map((item, index) => {
    const itemPath = `${path}[${index}]`;
    const parts = readString(item, itemPath, ctx.at).split(':');
    if (parts[0] === 'container')
      ctx.fail(
        itemPath,
        `volumes from container "${parts[1]}" outside the environment are not supported; name a service`,
      );
    return { service: parts[0] as string, readOnly: parts[1] === 'ro' };
  });
}

/** `links: [db, db:database]`: the service is reachable under the alias too. */
export function parseLinks(value: unknown, path: string, ctx: ComposeContext): ServiceSpec['links'] {
  return readList(value, path, ctx.at).map((item, index) => {
    const [service = '', alias = service] = readString(item, `${path}[${index}]`, ctx.at).split(':');
    return { service, alias };
  });
}
