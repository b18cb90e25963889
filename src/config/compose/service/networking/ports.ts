import type { PortSpec } from '../../model.js';
import type { ComposeContext } from '../../context.js';
import { isRecord, readInteger, readList, readPort, readString } from '../../../values/index.js';

const SHORT_FORM_HINT = 'write "8080", "8080:80" or "127.0.0.1:8080:80"';
const LONG_FORM_KEYS = ['target', 'published', 'protocol', 'host_ip', 'mode', 'name', 'app_protocol'];

/** `ports:` short (`[ip:][host:]container[/protocol]`, ranges expand pairwise) and long forms. */
export function parsePorts(value: unknown, path: string, ctx: ComposeContext, service: string): PortSpec[] {
  return readList(value, path, ctx.at).flatMap((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (isRecord(item)) return [parseLongPort(item, itemPath, ctx, service)];
    if (typeof item !== 'string' && typeof item !== 'number') {
      return ctx.fail(itemPath, `${JSON.stringify(item)} is not a port; ${SHORT_FORM_HINT}`);
    }
    return parseShortPort(String(item), itemPath, ctx);
  });
}

/** `expose:` container ports, optionally `/tcp`/`/udp` and ranges. */
export function parseExpose(value: unknown, path: string, ctx: ComposeContext): number[] {
  return readList(value, path, ctx.at).flatMap((item, index) => {
    const itemPath = `${path}[${index}]`;
    const written = readString(item, itemPath, ctx.at);
    if (written.endsWith('/udp'))
      ctx.warn(
        itemPath,
        `expose "${written}" is exposed as tcp; expose is only a label on a network, where every port of a service is reachable`,
      );
    const text = written.replace(/\/(tcp|udp)$/, '');
    const range = parseRange(text);
    if (!range)
      return ctx.fail(itemPath, `${JSON.stringify(item)} is not a port; write e.g. "8080" or "8080/udp"`);
    return range;
  });
}

function parseShortPort(text: string, path: string, ctx: ComposeContext): PortSpec[] {
  const bad = (): never => ctx.fail(path, `${JSON.stringify(text)} is not a port; ${SHORT_FORM_HINT}`);
  let rest = text.trim();
  let protocol: PortSpec['protocol'] = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    const written = rest.slice(slash + 1);
    if (written !== 'tcp' && written !== 'udp')
      ctx.fail(path, `protocol "${written}" is not supported; use tcp or udp`);
    protocol = written as PortSpec['protocol'];
    rest = rest.slice(0, slash);
  }
  let hostIp: string | undefined;
  const bracketed = /^\[([^\]]+)\]:(.*)$/.exec(rest);
  if (bracketed) {
    hostIp = bracketed[1];
    rest = bracketed[2] as string;
  }
  const parts = rest.split(':');
  if (parts.length > 3 || (hostIp !== undefined && parts.length !== 2)) return bad();
  if (parts.length === 3) hostIp = parts.shift();
  const containerPorts = parseRange(parts.pop() as string) ?? bad();
  const hostText = parts.pop();
  if (hostIp === '') return bad();
  const hostPorts = hostText ? (parseRange(hostText) ?? bad()) : undefined;
  if (hostPorts && hostPorts.length !== containerPorts.length) {
    return ctx.fail(
      path,
      `"${text}" maps ${hostPorts.length} host ports to ${containerPorts.length} container ports; the ranges must be the same length`,
    );
  }
  return containerPorts.map((containerPort, index) => {
    const port: PortSpec = { containerPort, protocol };
    if (hostPorts) port.hostPort = hostPorts[index];
    if (hostIp !== undefined) port.hostIp = hostIp;
    return port;
  });
}

/** `8080` or `8000-8010`; undefined when it is neither. */
function parseRange(text: string): number[] | undefined {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (first < 1 || last > 65535 || last < first) return undefined;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function parseLongPort(
  item: Record<string, unknown>,
  path: string,
  ctx: ComposeContext,
  service: string,
): PortSpec {
  ctx.warnUnknownKeys(item, LONG_FORM_KEYS, path, service);
  if (item.target === undefined) ctx.fail(path, 'the long form needs "target" (the container port)');
  const port: PortSpec = { containerPort: readPort(item.target, `${path}.target`, ctx.at), protocol: 'tcp' };
  if (item.published !== undefined && item.published !== '') {
    port.hostPort = readInteger(item.published, `${path}.published`, ctx.at, 1, 65535);
  }
  if (item.protocol !== undefined) {
    const protocol = readString(item.protocol, `${path}.protocol`, ctx.at);
    if (protocol !== 'tcp' && protocol !== 'udp') {
      ctx.fail(`${path}.protocol`, `protocol "${protocol}" is not supported; use tcp or udp`);
    }
    port.protocol = protocol;
  }
  if (item.host_ip !== undefined) port.hostIp = readString(item.host_ip, `${path}.host_ip`, ctx.at);
  return port;
}
