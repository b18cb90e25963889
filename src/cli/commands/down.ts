import { removeEnvironment } from '../../docker/environment/index.js';
import { LABEL_ENVIRONMENT, labelFilter } from '../../shared/labels.js';
import type { CliContext } from '../context.js';
import { clearState, readState } from '../state-file.js';

/** Removes the environment `up` started (or, with --all, every environment inception made on this engine). */
export async function downCommand(context: CliContext): Promise<number> {
  const { docker, logger, config, options } = context;
  const state = await readState(config.file);
  const targets = new Set<string>();
  if (options.name) targets.add(options.name);
  else if (state) targets.add(state.environment);
  if (options.all) {
    const networks = await docker.listNetworks({ filters: JSON.stringify(labelFilter()) });
    for (const network of networks) {
      const environment = network.Labels?.[LABEL_ENVIRONMENT];
      if (environment) targets.add(environment);
    }
  }
  if (targets.size === 0) {
    logger.info('no environment to remove (none started by `inception up` here; --all removes every one)');
    return 0;
  }
  for (const environment of targets) {
    const report = await removeEnvironment(docker, environment, logger);
    logger.info(
      `removed ${environment}: ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
        `${report.volumes.length} volume(s)`,
    );
  }
  await clearState(config.file);
  return 0;
}
