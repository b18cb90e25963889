import path from 'node:path';
import { readContainerLogs } from '../../docker/container-logs.js';
import { LABEL_SERVICE, labelFilter } from '../../shared/labels.js';
import { collectDockerDiagnostics } from '../../diagnostics/docker/index.js';
import { ConfigurationError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { readState } from '../state-file.js';

/** Prints the logs of the environment's services (all, or those named), or with --collect writes the full
 * diagnostics folder. */
export async function logsCommand(context: CliContext): Promise<number> {
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
  for (const info of containers) {
    const service = info.Labels[LABEL_SERVICE] ?? info.Names[0] ?? info.Id;
    if (wanted.size > 0 && !wanted.has(service)) continue;
    const text = await readContainerLogs(docker.getContainer(info.Id), { timestamps: true });
    for (const line of text.split('\n')) if (line) process.stdout.write(`${service} | ${line}\n`);
  }
  return 0;
}
