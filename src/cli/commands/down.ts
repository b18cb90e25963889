import { removeEnvironment } from '../../docker/environment/index.js';
import type { CliContext } from '../context.js';
import { clearState, readState } from '../state-file.js';

/** Removes the environment `up` started, or the one named (--all is down-all.ts). */
export async function downCommand(context: CliContext): Promise<number> {
  const { docker, logger, config, options } = context;
  const state = await readState(config.file);
  const targets = new Set<string>();
  if (options.name) targets.add(options.name);
  else if (state) targets.add(state.environment);
  if (targets.size === 0) {
    logger.info(
      'no environment to remove (none started by `inception up` here; --all removes what gone runs left)',
    );
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
