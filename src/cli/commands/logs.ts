import path from 'node:path';
import { createInterface } from 'node:readline';
import type Docker from 'dockerode';
import { followContainerLogs, readContainerLogs } from '../../docker/container-logs.js';
import { LABEL_SERVICE, labelFilter } from '../../shared/identity/labels.js';
import { collectDockerDiagnostics } from '../../diagnostics/docker/index.js';
import { ConfigurationError } from '../../errors.js';
import { PROJECT_OPTIONS, type CliCommand } from '../command.js';
import type { CliContext } from '../context.js';
import { readState } from '../project/state-file.js';
import { LOGS_CLUSTER_HELP } from '../cluster/cluster-help.js';
import { clusterLogs } from '../cluster/cluster-logs.js';

/** Every line of the container's log until it stops, prefixed by its service. */
async function follow(container: Docker.Container, service: string, width: number): Promise<void> {
  const lines = createInterface({ input: await followContainerLogs(container), crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${service.padEnd(width)} | ${line}\n`);
}

/** Prints the logs of the environment's services (all, or those named), or with --collect writes the full
 * diagnostics folder. */
async function logs(context: CliContext): Promise<number> {
  if (context.config.cluster) return clusterLogs(context);
  const { docker, logger, config, options } = context;
  const environment = options.name ?? (await readState(config.file))?.environment;
  if (!environment)
    throw new ConfigurationError('no environment: run `inception up` first, or pass --name <environment>.');
  if (options.collect) {
    const outDir = path.resolve(options.collect);
    await collectDockerDiagnostics({ docker, environment, outDir, logger });
    logger.info(`diagnostics of ${environment} written to ${outDir}`);
    return 0;
  }
  const wanted = new Set(options.positionals);
  const containers = await docker.listContainers({
    all: true,
    filters: JSON.stringify(labelFilter(environment)),
  });
  const known = containers.map((info) => info.Labels[LABEL_SERVICE]).filter(Boolean);
  for (const service of wanted) {
    if (!known.includes(service)) {
      throw new ConfigurationError(
        `service "${service}" is not in ${environment}; its services: ${known.join(', ')}`,
      );
    }
  }
  const shown = containers
    .map((info) => ({ info, service: info.Labels[LABEL_SERVICE] ?? info.Names[0] ?? info.Id }))
    .filter(({ service }) => wanted.size === 0 || wanted.has(service));
  if (options.follow) {
    const width = Math.max(...shown.map(({ service }) => service.length));
    // Ends when every followed container has stopped, or at Ctrl-C (this command keeps the default).
    await Promise.all(shown.map(({ info, service }) => follow(docker.getContainer(info.Id), service, width)));
    return 0;
  }
  for (const { info, service } of shown) {
    const text = await readContainerLogs(docker.getContainer(info.Id), { timestamps: true });
    for (const line of text.split('\n')) if (line) process.stdout.write(`${service} | ${line}\n`);
  }
  return 0;
}

export const logsCommand: CliCommand = {
  name: 'logs',
  summary: 'print the services’ logs (-f follows); --collect <dir> writes the full diagnostics folder',
  help: `Usage: inception logs [options] [service...]

Prints the logs of the environment's services (all, or those named), each line prefixed by its service.

Options:
${PROJECT_OPTIONS.replace('-f, --file', '    --file')}
  -f, --follow         keep printing new lines as they come, until the services stop or Ctrl-C
      --collect <dir>  write the full diagnostics folder (what a failed run writes) to <dir>

${LOGS_CLUSTER_HELP}`,
  run: logs,
};
