import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Which run made a resource, and which process on which host that run lives as. A sweep removes a
 * resource only when that process is gone, so a concurrent run's resources are never touched. */
export interface RunIdentity {
  runId: string;
  owner: string;
}

export interface Owner {
  host: string;
  pid: number;
  /** The process's start time in clock ticks since boot (/proc), telling a reused pid from the owner. */
  start?: string;
}

/**
 * On a runner each step is its own short process, while what setup-docker made lives for the job: the
 * owner is then the step's parent, the runner's worker process, which lives as long as the job.
 */
function ownerPid(env: NodeJS.ProcessEnv): number {
  return env.GITHUB_ACTIONS === 'true' ? process.ppid : process.pid;
}

export function runIdFrom(env: NodeJS.ProcessEnv): string {
  if (env.INCEPTION_RUN_ID) return env.INCEPTION_RUN_ID;
  if (env.GITHUB_RUN_ID) {
    return `github-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${env.GITHUB_JOB ?? 'job'}`;
  }
  return `local-${process.pid}-${randomBytes(4).toString('hex')}`;
}

let current: RunIdentity | undefined;

/** This process's run, the same for every resource it makes. */
export function currentRun(env: NodeJS.ProcessEnv = process.env): RunIdentity {
  if (!current) {
    const pid = ownerPid(env);
    current = {
      runId: runIdFrom(env),
      owner: formatOwner({ host: os.hostname(), pid, start: processStart(pid) }),
    };
  }
  return current;
}

export function formatOwner(owner: Owner): string {
  return [owner.host, owner.pid, owner.start].filter((part) => part !== undefined).join('/');
}

export function parseOwner(value: string | undefined): Owner | undefined {
  const match = /^([^/]+)\/(\d+)(?:\/(\d+))?$/.exec(value ?? '');
  if (!match) return undefined;
  return { host: match[1]!, pid: Number(match[2]), ...(match[3] ? { start: match[3] } : {}) };
}

/** Field 22 of /proc/<pid>/stat; undefined where there is no /proc or no such process. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

export type OwnerState = 'alive' | 'gone' | 'other-host';

/** Whether the owning process still runs, as far as this host can tell. */
export function ownerState(owner: Owner, host = os.hostname()): OwnerState {
  if (owner.host !== host) return 'other-host';
  const start = processStart(owner.pid);
  if (start !== undefined) return owner.start === undefined || owner.start === start ? 'alive' : 'gone';
  try {
    process.kill(owner.pid, 0);
    // No /proc (macOS): a live pid is taken as the owner, erring on the side of leaving things.
    return owner.start === undefined || !existsProc() ? 'alive' : 'gone';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? 'alive' : 'gone';
  }
}

function existsProc(): boolean {
  return processStart(process.pid) !== undefined;
}
