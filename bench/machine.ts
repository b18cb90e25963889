import type Docker from 'dockerode';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { runCommand } from './run-command.js';

/** One line naming the machine the figures come from. */
export async function describeMachine(docker: Docker): Promise<string> {
  const [version, info, compose] = await Promise.all([
    docker.version(),
    docker.info() as Promise<{ Driver?: string; CgroupVersion?: string }>,
    runCommand('docker-compose', ['version', '--short']),
  ]);
  const memoryGiB = (totalmem() / 2 ** 30).toFixed(1);
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  return (
    `Machine: nproc ${availableParallelism()}, ${memoryGiB} GiB memory, ` +
    `Docker Engine ${version.Version} (API ${version.ApiVersion}, ${info.Driver}, cgroup v${info.CgroupVersion}), ` +
    `docker-compose ${compose.trim()}, Node ${process.version}, load average at start ${load}`
  );
}
