import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times; 100 on every Linux we run on. */
const TICKS_PER_SECOND = 100;

const ENGINE = /^(dockerd|containerd|containerd-shim.*|docker-proxy|runc)$/;

/**
 * CPU seconds (user + system, with reaped children: iptables, runc) the Docker engine's processes have
 * used so far: dockerd, containerd and the shims, which run every container start, exec and healthcheck.
 * A shim that exits takes its count along, so take both snapshots while the containers still run.
 * Undefined where there is no /proc.
 */
export function engineCpuSeconds(): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (!ENGINE.test(name)) continue;
    // Fields after the name: state is 3rd; utime, stime, cutime, cstime are the 14th–17th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0);
  }
  return ticks / TICKS_PER_SECOND;
}
