import type { ServiceResources } from '../../model.js';
import type { ComposeContext } from '../../context.js';
import { parseByteSize, parseNanoCpus } from './resource-limits.js';
import { isRecord, readBoolean, readInteger, readRecord, readString } from '../../../values/index.js';

/** The service keys that set the container's cgroup resources (besides `deploy.resources`). */
export const RESOURCE_KEYS = [
  'cpus',
  'mem_limit',
  'mem_reservation',
  'memswap_limit',
  'mem_swappiness',
  'pids_limit',
  'cpu_shares',
  'cpu_period',
  'cpu_quota',
  'cpuset',
  'oom_kill_disable',
  'oom_score_adj',
  'cgroup_parent',
];

/** The keys of `deploy` that one engine can apply; the rest are the swarm's. */
const DEPLOY_KEYS = ['resources', 'replicas', 'restart_policy'];
const MAX_INT = Number.MAX_SAFE_INTEGER;

/**
 * `mem_limit`, `cpus`, `pids_limit`, ... and `deploy.resources`, as compose applies them to the container:
 * a `deploy.resources.limits` value wins over the top-level key, `reservations.memory` is the memory
 * reservation, and the reserved CPUs, devices and generic resources (the swarm's) are warned about.
 */
export function parseResources(
  raw: Record<string, unknown>,
  path: string,
  ctx: ComposeContext,
  service: string,
): ServiceResources {
  const at = (key: string) => `${path}.${key}`;
  const has = (key: string) => raw[key] !== undefined && raw[key] !== null;
  const resources: ServiceResources = {};
  const bytes = (key: string) => parseByteSize(raw[key], ctx.at(at(key)));
  const integer = (key: string, min: number, max: number) => readInteger(raw[key], at(key), ctx.at, min, max);
  if (has('cpus')) resources.nanoCpus = parseNanoCpus(raw.cpus, ctx.at(at('cpus')));
  if (has('mem_limit')) resources.memoryBytes = bytes('mem_limit');
  if (has('mem_reservation')) resources.memoryReservationBytes = bytes('mem_reservation');
  // -1: memory and swap unlimited, as `docker run --memory-swap -1`.
  if (has('memswap_limit'))
    resources.memorySwapBytes = String(raw.memswap_limit).trim() === '-1' ? -1 : bytes('memswap_limit');
  if (has('mem_swappiness')) resources.memorySwappiness = integer('mem_swappiness', 0, 100);
  // -1: no limit; 0 leaves the engine's default, as compose does.
  if (has('pids_limit')) {
    const pids = integer('pids_limit', -1, MAX_INT);
    if (pids !== 0) resources.pidsLimit = pids;
  }
  if (has('cpu_shares')) resources.cpuShares = integer('cpu_shares', 0, MAX_INT);
  if (has('cpu_period')) resources.cpuPeriodMicros = integer('cpu_period', 0, MAX_INT);
  if (has('cpu_quota')) resources.cpuQuotaMicros = integer('cpu_quota', -1, MAX_INT);
  if (has('cpuset')) resources.cpuset = readString(raw.cpuset, at('cpuset'), ctx.at);
  if (has('oom_kill_disable'))
    resources.oomKillDisable = readBoolean(raw.oom_kill_disable, at('oom_kill_disable'), ctx.at);
  if (has('oom_score_adj')) resources.oomScoreAdj = integer('oom_score_adj', -1000, 1000);
  if (has('cgroup_parent'))
    resources.cgroupParent = readString(raw.cgroup_parent, at('cgroup_parent'), ctx.at);

  if (!has('deploy')) return resources;
  const deployPath = at('deploy');
  const deploy = readRecord(raw.deploy, deployPath, ctx.at);
  ctx.warnUnknownKeys(deploy, DEPLOY_KEYS, deployPath, service);
  if (deploy.resources === undefined || deploy.resources === null) return resources;
  const resourcesPath = `${deployPath}.resources`;
  const written = readRecord(deploy.resources, resourcesPath, ctx.at);
  ctx.warnUnknownKeys(written, ['limits', 'reservations'], resourcesPath, service);
  const limits = optionalRecord(written.limits, `${resourcesPath}.limits`, ctx);
  if (limits) {
    const limitsPath = `${resourcesPath}.limits`;
    ctx.warnUnknownKeys(limits, ['cpus', 'memory', 'pids'], limitsPath, service);
    const cpus = limits.cpus === undefined ? 0 : parseNanoCpus(limits.cpus, ctx.at(`${limitsPath}.cpus`));
    const memory =
      limits.memory === undefined ? 0 : parseByteSize(limits.memory, ctx.at(`${limitsPath}.memory`));
    const pids =
      limits.pids === undefined ? 0 : readInteger(limits.pids, `${limitsPath}.pids`, ctx.at, -1, MAX_INT);
    const agree = agreement(raw, path, ctx);
    agree('cpus', resources.nanoCpus, 'deploy.resources.limits.cpus', limits.cpus, cpus);
    agree('mem_limit', resources.memoryBytes, 'deploy.resources.limits.memory', limits.memory, memory);
    agree('pids_limit', resources.pidsLimit, 'deploy.resources.limits.pids', limits.pids, pids);
    if (cpus) resources.nanoCpus = cpus;
    if (memory) resources.memoryBytes = memory;
    if (pids > 0) resources.pidsLimit = pids;
  }
  const reservations = optionalRecord(written.reservations, `${resourcesPath}.reservations`, ctx);
  if (reservations) {
    const reservationsPath = `${resourcesPath}.reservations`;
    // cpus is a scheduling promise of the swarm's; on one engine nothing keeps it (compose drops it too).
    ctx.warnUnknownKeys(reservations, ['memory'], reservationsPath, service);
    const memory =
      reservations.memory === undefined
        ? 0
        : parseByteSize(reservations.memory, ctx.at(`${reservationsPath}.memory`));
    agreement(raw, path, ctx)(
      'mem_reservation',
      resources.memoryReservationBytes,
      'deploy.resources.reservations.memory',
      reservations.memory,
      memory,
    );
    if (memory) resources.memoryReservationBytes = memory;
  }
  return resources;
}

function optionalRecord(
  value: unknown,
  path: string,
  ctx: ComposeContext,
): Record<string, unknown> | undefined {
  return value === undefined || value === null ? undefined : readRecord(value, path, ctx.at);
}

/**
 * A service key and its `deploy.resources` twin must say the same when both are there, as compose checks
 * (a twin left out of a `limits` block it writes counts as 0, there too): it refuses the file otherwise.
 */
function agreement(raw: Record<string, unknown>, path: string, ctx: ComposeContext) {
  return (key: string, value: number | undefined, twin: string, twinText: unknown, twinValue: number) => {
    if (value === undefined || value === 0 || value === twinValue) return;
    refuseDifference(raw, path, ctx, key, twin, twinText);
  };
}

function refuseDifference(
  raw: Record<string, unknown>,
  path: string,
  ctx: ComposeContext,
  key: string,
  twin: string,
  twinText: unknown,
): never {
  const written = twinText === undefined ? 'not set there' : JSON.stringify(twinText);
  return ctx.fail(
    `${path}.${key}`,
    `${JSON.stringify(raw[key])} and ${twin} (${written}) differ, and docker compose refuses a file where they do: keep one of them`,
  );
}

/** `deploy.replicas` or `scale` (compose refuses the two when they differ, 0 included); 1 when neither is given. */
export function parseReplicas(raw: Record<string, unknown>, path: string, ctx: ComposeContext): number {
  // Quiet about a `deploy` that is not a mapping: parseResources refuses it.
  const deploy = isRecord(raw.deploy) ? raw.deploy : {};
  const read = (value: unknown, key: string) =>
    value === undefined || value === null ? undefined : readInteger(value, `${path}.${key}`, ctx.at, 0, 100);
  const scale = read(raw.scale, 'scale');
  const replicas = read(deploy.replicas, 'deploy.replicas');
  if (scale !== undefined && replicas !== undefined && scale !== replicas)
    refuseDifference(raw, path, ctx, 'scale', 'deploy.replicas', deploy.replicas);
  return scale ?? replicas ?? 1;
}

const CONDITIONS: Record<string, string> = {
  none: 'no',
  no: 'no',
  'on-failure': 'on-failure',
  'unless-stopped': 'unless-stopped',
  any: 'always',
  always: 'always',
};

/**
 * `deploy.restart_policy` as the engine's restart policy (`on-failure:3`, `always`, ...), which wins over
 * `restart:` as in compose; `delay` and `window` are the swarm's and warned about. Undefined without one.
 */
export function parseDeployRestart(
  raw: Record<string, unknown>,
  path: string,
  ctx: ComposeContext,
  service: string,
): string | undefined {
  const deploy = raw.deploy;
  if (deploy === undefined || deploy === null) return undefined;
  const value = readRecord(deploy, `${path}.deploy`, ctx.at).restart_policy;
  if (value === undefined || value === null) return undefined;
  const policyPath = `${path}.deploy.restart_policy`;
  const policy = readRecord(value, policyPath, ctx.at);
  ctx.warnUnknownKeys(policy, ['condition', 'max_attempts'], policyPath, service);
  // As compose: no condition is no restart policy at all.
  const written =
    policy.condition === undefined ? 'none' : readString(policy.condition, `${policyPath}.condition`, ctx.at);
  const condition = CONDITIONS[written];
  if (condition === undefined)
    ctx.fail(
      `${policyPath}.condition`,
      `"${written}" is not a restart condition; use none, on-failure or any`,
    );
  if (policy.max_attempts === undefined || condition !== 'on-failure') return condition;
  return `${condition}:${readInteger(policy.max_attempts, `${policyPath}.max_attempts`, ctx.at, 0, MAX_INT)}`;
}
