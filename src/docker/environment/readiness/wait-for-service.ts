import type Docker from 'dockerode';
import type { HealthcheckSpec, WaitStrategy } from '../../../config/compose/index.js';
import { ServiceStartError } from '../../../errors.js';
import { lastLogLines } from '../../container-logs.js';
import { withinText } from './deadline.js';
import { describeWait } from './describe-wait.js';
import { probeHealthcheck } from './health-probe.js';
import { ContainerEvents } from './container-events.js';
import { LogMatcher } from './log-matcher.js';
import { probeHttp, probeTcp, type ProbeTarget } from './probes.js';
import { ipv4HostPort } from '../../host-port.js';

const POLL_MS = 250;
/** The engine's events say when the container's state changed; this re-inspect is for an event missed. */
const REINSPECT_MS = 2_000;
const LAST_LINES = 50;

export interface ServiceWaitOptions {
  docker: Docker;
  service: string;
  container: Docker.Container;
  wait: WaitStrategy;
  /** The service's whole startup budget, as messages name it. */
  timeoutMs: number;
  /** When that budget ends (epoch ms); default: `timeoutMs` from the call. Time spent waiting for
   * dependencies counts against it, so it may have little left when the container starts. */
  deadline?: number;
  network: string;
  /** The service's healthcheck: while the engine still says "starting", a `healthy` wait runs it itself. */
  healthcheck?: HealthcheckSpec;
  /** Aborted when another service of the environment failed: stop waiting at once. */
  signal?: AbortSignal;
  /** A restarted container: only its log from then (epoch seconds) counts for a log wait. */
  logsSince?: number;
}

type Inspect = Docker.ContainerInspectInfo;

/** Where a port of the container answers from here: its published host port, else its network IP. */
export function probeTarget(info: Inspect, port: number, network: string): ProbeTarget | undefined {
  const hostPort = ipv4HostPort(info.NetworkSettings.Ports?.[`${port}/tcp`]);
  if (hostPort) return { host: '127.0.0.1', port: hostPort };
  const ip = info.NetworkSettings.Networks?.[network]?.IPAddress;
  return ip ? { host: ip, port } : undefined;
}

/** What a wait needs across polls, set up once: the log follower, the compiled body pattern. */
interface WaitState {
  logs?: LogMatcher;
  body?: RegExp;
  container: Docker.Container;
  healthcheck?: HealthcheckSpec;
  /** When our next run of the healthcheck may start, and the gap after it. */
  probeAt?: number;
  probeGapMs?: number;
}

/** Our runs of the healthcheck start soon after the container and then space out, doubling up to the
 * check's own interval, and stop once the engine has run its own first check: each run is an exec, work for
 * an engine busy starting everything else, and three events in its ring of 256, which diagnostics read. */
const FIRST_PROBE_MS = 250;
const DEFAULT_INTERVAL_MS = 30_000;

function probeHealthSoon(prepared: WaitState, startedAt: number): Promise<boolean> | false {
  const { healthcheck } = prepared;
  if (!healthcheck) return false;
  const now = Date.now();
  prepared.probeAt ??= startedAt + FIRST_PROBE_MS;
  if (now < prepared.probeAt) return false;
  const gap = Math.min(
    (prepared.probeGapMs ?? FIRST_PROBE_MS) * 2,
    healthcheck.intervalMs ?? DEFAULT_INTERVAL_MS,
  );
  prepared.probeGapMs = gap;
  prepared.probeAt = now + gap;
  return probeHealthcheck(prepared.container, healthcheck);
}

async function conditionMet(
  wait: WaitStrategy,
  info: Inspect,
  network: string,
  prepared: WaitState,
): Promise<boolean> {
  const state = info.State;
  switch (wait.kind) {
    case 'started':
      return state.Running || (state.Status === 'exited' && state.ExitCode === 0);
    case 'healthy':
      if (state.Health?.Status === 'healthy') return true;
      return (
        state.Running &&
        state.Health?.Status === 'starting' &&
        !state.Health.Log?.length &&
        probeHealthSoon(prepared, Date.parse(state.StartedAt))
      );
    case 'running':
      return state.Running && Date.now() - Date.parse(state.StartedAt) >= wait.forMs;
    case 'log':
      return (prepared.logs?.count ?? 0) >= wait.times;
    case 'exit':
      return state.Status === 'exited' && state.ExitCode === wait.code;
    case 'tcp': {
      const target = state.Running ? probeTarget(info, wait.port, network) : undefined;
      return target ? probeTcp(target) : false;
    }
    case 'http': {
      const target = state.Running ? probeTarget(info, wait.port, network) : undefined;
      if (!target) return false;
      const answer = await probeHttp(target, wait.path, wait.scheme);
      if (!answer || !wait.status.includes(answer.status)) return false;
      return prepared.body === undefined || prepared.body.test(answer.body);
    }
  }
}

/** Why the container can never become ready, or undefined while it still may. */
function terminalFailure(wait: WaitStrategy, info: Inspect): string | undefined {
  const state = info.State;
  if (state.Status === 'exited' || state.Status === 'dead') {
    if (wait.kind === 'exit' && state.ExitCode === wait.code) return undefined;
    if (wait.kind === 'started' && state.ExitCode === 0) return undefined;
    const oom = state.OOMKilled ? ' (killed: out of memory)' : '';
    return `exited with code ${state.ExitCode}${oom} while waiting for ${describeWait(wait)}`;
  }
  if (state.Health?.Status === 'unhealthy' && wait.kind !== 'exit') {
    const last = state.Health.Log?.at(-1)?.Output?.trim();
    return `turned unhealthy while waiting for ${describeWait(wait)}${last ? ` (last check: ${last})` : ''}`;
  }
  return undefined;
}

/** Resolves when the service is ready by its wait strategy; throws with its last log lines as soon as it
 * exits, turns unhealthy, or misses its deadline. */
export async function waitForService(options: ServiceWaitOptions): Promise<void> {
  const { container, wait, service } = options;
  const deadline = options.deadline ?? Date.now() + options.timeoutMs;
  const logs = wait.kind === 'log' ? new LogMatcher(new RegExp(wait.pattern)) : undefined;
  const body = wait.kind === 'http' && wait.body !== undefined ? new RegExp(wait.body) : undefined;
  const prepared: WaitState = { logs, body, container, healthcheck: options.healthcheck };
  await logs?.attach(container, options.logsSince);
  const fail = async (reason: string): Promise<never> => {
    throw new ServiceStartError(service, reason, await lastLogLines(container, LAST_LINES));
  };
  const events = await ContainerEvents.watch(options.docker, container.id);
  try {
    let info = await container.inspect();
    let inspectedAt = Date.now();
    for (;;) {
      if (options.signal?.aborted)
        throw new Error(`stopped waiting for "${service}": another service failed`);
      if (events.takeChanged() || Date.now() - inspectedAt >= REINSPECT_MS) {
        info = await container.inspect();
        inspectedAt = Date.now();
      }
      if (await conditionMet(wait, info, options.network, prepared)) return;
      const failure = terminalFailure(wait, info);
      if (failure) return await fail(failure);
      if (Date.now() >= deadline) {
        return await fail(`was not ready ${withinText(options.timeoutMs)}: waited for ${describeWait(wait)}`);
      }
      await events.next(POLL_MS, options.signal);
    }
  } finally {
    events.close();
    logs?.close();
  }
}
