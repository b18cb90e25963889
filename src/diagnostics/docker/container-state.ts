import type Docker from 'dockerode';
import { compareTimestamps, engineTime } from '../../shared/format/timestamp.js';

export type FailureKind = 'exited' | 'oom-killed' | 'dead' | 'unhealthy';

export interface ContainerFailure {
  kind: FailureKind;
  /** When it happened, RFC 3339; undefined when the engine does not say. */
  at?: string;
  /** "exited with 3", "became unhealthy", ... */
  description: string;
}

export interface ContainerState {
  status: string;
  /** Only for a container that ran and stopped (or is restarting after a stop). */
  exitCode?: number;
  oomKilled: boolean;
  health?: string;
  startedAt?: string;
  finishedAt?: string;
  restartCount: number;
  error?: string;
  /** Exit code and output of the latest health check, for a summary that shows why it is unhealthy. */
  lastHealthCheck?: { exitCode: number; output: string };
  failure?: ContainerFailure;
}

type Inspect = Docker.ContainerInspectInfo;
type HealthLogEntry = NonNullable<Inspect['State']['Health']>['Log'][number];

const DEFAULT_HEALTH_RETRIES = 3;

/**
 * What state a container is in and whether (and when) it failed: exited non-zero, killed for memory,
 * dead, or unhealthy. `unhealthyAt` is the time of the engine's `health_status: unhealthy` event when
 * known; otherwise the health-check log tells it, as far as its last entries reach back.
 */
export function describeContainerState(inspect: Inspect, unhealthyAt?: string): ContainerState {
  const state = inspect.State;
  const stopped = state.Status === 'exited' || state.Status === 'dead' || state.Restarting;
  const finishedAt = engineTime(state.FinishedAt);
  const health = state.Health?.Status && state.Health.Status !== 'none' ? state.Health.Status : undefined;
  const candidates: ContainerFailure[] = [];
  if (state.OOMKilled) {
    candidates.push({
      kind: 'oom-killed',
      at: finishedAt,
      description: `was killed for running out of memory (exit ${state.ExitCode})`,
    });
  } else if (state.Status === 'dead') {
    candidates.push({
      kind: 'dead',
      at: finishedAt,
      description: 'is dead (the engine could not stop or remove it)',
    });
  } else if (stopped && state.ExitCode !== 0) {
    candidates.push({
      kind: 'exited',
      at: finishedAt,
      description: state.Restarting
        ? `keeps restarting; last exited with ${state.ExitCode}`
        : `exited with ${state.ExitCode}`,
    });
  }
  if (health === 'unhealthy') {
    const retries = inspect.Config.Healthcheck?.Retries || DEFAULT_HEALTH_RETRIES;
    candidates.push({
      kind: 'unhealthy',
      at:
        unhealthyAt ??
        unhealthyTimeFromLog(state.Health?.Log ?? [], state.Health?.FailingStreak ?? 0, retries),
      description: 'became unhealthy',
    });
  }
  candidates.sort(compareTimes);
  const lastCheck = state.Health?.Log?.at(-1);
  return {
    status: state.Status,
    exitCode: stopped ? state.ExitCode : undefined,
    oomKilled: state.OOMKilled,
    health,
    startedAt: engineTime(state.StartedAt),
    finishedAt,
    restartCount: inspect.RestartCount ?? 0,
    error: state.Error || undefined,
    lastHealthCheck:
      health && lastCheck ? { exitCode: lastCheck.ExitCode, output: lastCheck.Output } : undefined,
    failure: candidates[0],
  };
}

/**
 * The check that made the failing streak reach `retries`; when the log (the engine keeps five entries)
 * no longer reaches back that far, its oldest entry, the latest time the container can have turned.
 */
export function unhealthyTimeFromLog(
  log: readonly HealthLogEntry[],
  failingStreak: number,
  retries: number,
): string | undefined {
  if (log.length === 0) return undefined;
  const index = log.length - failingStreak + retries - 1;
  const entry = index >= 0 && index < log.length ? log[index] : log[0];
  return engineTime(entry?.End) ?? engineTime(entry?.Start);
}

function compareTimes(a: { at?: string }, b: { at?: string }): number {
  return compareTimestamps(a.at, b.at);
}

/** Failed containers first, the one that failed first at the top; then the rest by name. */
export function compareByFailure(
  a: { name: string; state: Pick<ContainerState, 'failure'> },
  b: { name: string; state: Pick<ContainerState, 'failure'> },
): number {
  const fa = a.state.failure;
  const fb = b.state.failure;
  if (fa && !fb) return -1;
  if (!fa && fb) return 1;
  if (fa && fb) {
    const byTime = compareTimes(fa, fb);
    if (byTime !== 0) return byTime;
  }
  return a.name.localeCompare(b.name);
}

/** "web (api) — exited with 3 at 2024-…" */
export function failureSentence(container: {
  name: string;
  service?: string;
  state: ContainerState;
}): string {
  const failure = container.state.failure;
  const who = container.service ? `${container.name} (${container.service})` : container.name;
  if (!failure) return `${who} — no failure`;
  return `${who} — ${failure.description}${failure.at ? ` at ${failure.at}` : ''}`;
}
