import { LABEL_ENVIRONMENT, LABEL_SERVICE, labelFilter } from '../../shared/labels.js';
import type { CliContext } from '../context.js';
import { formatTable } from '../print-services.js';
import { readState } from '../state-file.js';

/** One line per container inception made: environment, service, state, ports. */
export async function statusCommand(context: CliContext): Promise<number> {
  const { docker, logger, config, options } = context;
  const environment = options.all ? undefined : (options.name ?? (await readState(config.file))?.environment);
  const containers = await docker.listContainers({
    all: true,
    filters: JSON.stringify(labelFilter(environment)),
  });
  if (containers.length === 0) {
    logger.info(environment ? `environment ${environment} has no containers` : 'no environments');
    return 0;
  }
  const rows = [['ENVIRONMENT', 'SERVICE', 'STATE', 'PORTS']];
  for (const info of containers) {
    const ports = info.Ports.filter((port) => port.PublicPort).map(
      (port) => `${port.PublicPort}->${port.PrivatePort}`,
    );
    rows.push([
      info.Labels[LABEL_ENVIRONMENT] ?? '',
      info.Labels[LABEL_SERVICE] ?? '',
      info.Status,
      ports.join(',') || '-',
    ]);
  }
  for (const line of formatTable(rows)) logger.info(line);
  return 0;
}
