import type Docker from 'dockerode';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { runCommand } from './run-command.js';

/** The 1, 5 and 15 minute load averages, `8.13 7.42 4.36`. */
export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

/** One line naming the machine the figures come from. */
export async function describeMachine(docker: Docker): Promise<string> {
  const [version, info, compose] = await Promise.all([
    docker.version(),
    docker.info() as Promise<{ Driver?: string; CgroupVersion?: string }>,
    runCommand('docker-compose', ['version', '--short']),
  ]);
  const memoryGiB = (totalmem() / 2 ** 30).toFixed(1);
  return (
    `Machine: nproc ${availableParallelism()}, ${memoryGiB} GiB memory, ` +
    `Docker Engine ${version.Version} (API ${version.ApiVersion}, ${info.Driver}, cgroup v${info.CgroupVersion}), ` +
    `docker-compose ${compose.trim()}, Node ${process.version}, load average at start ${loadAverage()}`
  );
}
