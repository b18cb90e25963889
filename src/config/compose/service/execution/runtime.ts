import type { RuntimeSpec } from '../../model.js';
import type { ComposeContext } from '../../context.js';
import { parseByteSize } from '../resources/resource-limits.js';
import {
  isRecord,
  parseDuration,
  readBoolean,
  readInteger,
  readKeyValues,
  readList,
  readRecord,
  readString,
  readStringOrList,
} from '../../../values/index.js';

export const RUNTIME_KEYS = [
  'init',
  'privileged',
  'read_only',
  'tty',
  'stdin_open',
  'cap_add',
  'cap_drop',
  'security_opt',
  'ulimits',
  'sysctls',
  'extra_hosts',
  'dns',
  'dns_search',
  'dns_opt',
  'devices',
  'group_add',
  'shm_size',
  'restart',
  'platform',
  'stop_signal',
  'stop_grace_period',
  'pid',
  'ipc',
  'pull_policy',
  'mac_address',
  'domainname',
  'uts',
  'userns_mode',
  'cgroup',
  'runtime',
  'storage_opt',
  'device_cgroup_rules',
  'logging',
  // `docker compose up` attaches to the service's output or not; inception never attaches: nothing to apply.
  'attach',
];
const RESTART = /^(no|always|unless-stopped|on-failure(:\d+)?)$/;
const PULL_POLICIES = ['always', 'never', 'missing', 'if_not_present', 'build', 'daily', 'weekly'];

/** The keys that set how the container runs, as the Engine API takes them. */
export function parseRuntime(raw: Record<string, unknown>, path: string, ctx: ComposeContext): RuntimeSpec {
  const at = (key: string) => `${path}.${key}`;
  const has = (key: string) => raw[key] !== undefined && raw[key] !== null;
  const flag = (key: string) => (has(key) ? readBoolean(raw[key], at(key), ctx.at) : undefined);
  const text = (key: string) => (has(key) ? readString(raw[key], at(key), ctx.at) : undefined);
  const list = (key: string) => (has(key) ? readStringOrList(raw[key], at(key), ctx.at) : []);
  const runtime: RuntimeSpec = {
    capAdd: list('cap_add'),
    capDrop: list('cap_drop'),
    securityOpt: list('security_opt'),
    ulimits: has('ulimits') ? parseUlimits(raw.ulimits, at('ulimits'), ctx) : [],
    sysctls: has('sysctls') ? readKeyValues(raw.sysctls, at('sysctls'), ctx.at) : {},
    extraHosts: has('extra_hosts') ? parseExtraHosts(raw.extra_hosts, at('extra_hosts'), ctx) : [],
    dns: list('dns'),
    dnsSearch: list('dns_search'),
    dnsOpt: list('dns_opt'),
    devices: has('devices') ? parseDevices(raw.devices, at('devices'), ctx) : [],
    groupAdd: list('group_add'),
    storageOpt: has('storage_opt') ? readKeyValues(raw.storage_opt, at('storage_opt'), ctx.at) : {},
    deviceCgroupRules: list('device_cgroup_rules'),
  };
  const set = <K extends keyof RuntimeSpec>(key: K, value: RuntimeSpec[K] | undefined) => {
    if (value !== undefined) runtime[key] = value;
  };
  set('init', flag('init'));
  set('privileged', flag('privileged'));
  set('readOnly', flag('read_only'));
  set('tty', flag('tty'));
  set('stdinOpen', flag('stdin_open'));
  set('platform', text('platform'));
  set('stopSignal', text('stop_signal'));
  set('pid', text('pid'));
  set('ipc', text('ipc'));
  set('macAddress', text('mac_address'));
  set('domainname', text('domainname'));
  set('uts', text('uts'));
  set('usernsMode', text('userns_mode'));
  set('ociRuntime', text('runtime'));
  const cgroup = text('cgroup');
  if (cgroup !== undefined) {
    if (cgroup !== 'host' && cgroup !== 'private')
      ctx.fail(at('cgroup'), `"${cgroup}" is not a cgroup namespace mode; use host or private`);
    runtime.cgroupns = cgroup;
  }
  if (has('logging'))
    runtime.logging = parseLogging(raw.logging, at('logging'), ctx, path.slice('services.'.length));
  if (has('shm_size')) runtime.shmSizeBytes = parseByteSize(raw.shm_size, ctx.at(at('shm_size')));
  if (has('stop_grace_period'))
    runtime.stopGraceMs = parseDuration(raw.stop_grace_period, ctx.at(at('stop_grace_period')));
  const restart = text('restart');
  if (restart !== undefined) {
    if (!RESTART.test(restart))
      ctx.fail(
        at('restart'),
        `"${restart}" is not a restart policy; use no, always, unless-stopped or on-failure[:N]`,
      );
    runtime.restart = restart;
  }
  const pull = text('pull_policy');
  if (pull !== undefined) {
    if (!PULL_POLICIES.includes(pull) && !/^every_/.test(pull))
      ctx.fail(at('pull_policy'), `"${pull}" is not a pull policy; use ${PULL_POLICIES.join(', ')}`);
    runtime.pullPolicy = pull;
    if (pull === 'daily' || pull === 'weekly' || pull.startsWith('every_'))
      ctx.warn(
        at('pull_policy'),
        `service "${path.slice('services.'.length)}": pull_policy "${pull}" is taken as "missing": the image is pulled only when the engine does not have it, never refreshed`,
      );
  }
  return runtime;
}

function parseUlimits(value: unknown, path: string, ctx: ComposeContext): RuntimeSpec['ulimits'] {
  return Object.entries(readRecord(value, path, ctx.at)).map(([name, limit]) => {
    const limitPath = `${path}.${name}`;
    const number = (item: unknown, where: string) =>
      readInteger(item, where, ctx.at, -1, Number.MAX_SAFE_INTEGER);
    if (!isRecord(limit)) {
      const both = number(limit, limitPath);
      return { name, soft: both, hard: both };
    }
    return {
      name,
      soft: number(limit.soft, `${limitPath}.soft`),
      hard: number(limit.hard, `${limitPath}.hard`),
    };
  });
}

/** `host:ip`, `host=ip` or `{host: ip}` -> Docker's `host:ip`. */
function parseExtraHosts(value: unknown, path: string, ctx: ComposeContext): string[] {
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([host, ip]) =>
      (Array.isArray(ip) ? ip : [ip]).map((one) => `${host}:${readString(one, `${path}.${host}`, ctx.at)}`),
    );
  }
  return readList(value, path, ctx.at).map((item, index) => {
    const entry = readString(item, `${path}[${index}]`, ctx.at);
    const separator = entry.includes('=') ? '=' : ':';
    const cut = entry.indexOf(separator);
    if (cut <= 0) ctx.fail(`${path}[${index}]`, `"${entry}" is not host:ip or host=ip`);
    return `${entry.slice(0, cut)}:${entry.slice(cut + 1)}`;
  });
}

function parseDevices(value: unknown, path: string, ctx: ComposeContext): RuntimeSpec['devices'] {
  return readList(value, path, ctx.at).map((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (isRecord(item)) {
      const source = readString(item.source, `${itemPath}.source`, ctx.at);
      const target =
        item.target === undefined ? source : readString(item.target, `${itemPath}.target`, ctx.at);
      const permissions =
        item.permissions === undefined
          ? 'rwm'
          : readString(item.permissions, `${itemPath}.permissions`, ctx.at);
      return { source, target, permissions };
    }
    const [source = '', target = source, permissions = 'rwm'] = readString(item, itemPath, ctx.at).split(':');
    return { source, target, permissions };
  });
}

/** `logging: { driver, options }`, applied as compose applies it. With `none` the engine keeps no log, so
 * a log wait cannot match and diagnostics have no lines for the service: said, since it is legal. */
function parseLogging(
  value: unknown,
  path: string,
  ctx: ComposeContext,
  service: string,
): RuntimeSpec['logging'] {
  const raw = readRecord(value, path, ctx.at);
  const logging: NonNullable<RuntimeSpec['logging']> = {
    options: raw.options == null ? {} : readKeyValues(raw.options, `${path}.options`, ctx.at),
  };
  if (raw.driver != null) logging.driver = readString(raw.driver, `${path}.driver`, ctx.at);
  if (logging.driver === 'none')
    ctx.warn(
      `${path}.driver`,
      `service "${service}": logging driver "none" keeps no log: a log wait never matches and its diagnostics have no lines`,
    );
  return logging;
}
