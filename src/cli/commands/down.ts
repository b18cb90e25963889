import { loadComposeFiles, type ServiceHook } from '../../config/compose/index.js';
import { composeFilesOf } from '../../config/inception/index.js';
import { ConfigurationError, errorMessage } from '../../errors.js';
import { removeEnvironment } from '../../docker/environment/index.js';
import { PROJECT_OPTIONS, type CliCommand } from '../command.js';
import type { CliContext } from '../context.js';
import { clusterDown } from '../cluster/cluster-path.js';
import { clearState, readState } from '../project/state-file.js';
import { downAll } from './down-all.js';

/** Removes the environment `up` started, or the one named (--all is down-all.ts). */
async function down(context: CliContext): Promise<number> {
  if (context.config.cluster) return clusterDown(context);
  const { docker, logger, config, options } = context;
  if (options.images)
    throw new ConfigurationError(
      '--images goes with --all: `inception down --all --images` removes, from any folder, the builds kept for reuse along with what gone runs left',
    );
  const state = await readState(config.file);
  const environment = options.name ?? state?.environment;
  if (!environment) {
    logger.info(
      'no environment to remove (none started by `inception up` here; --all removes what gone runs left)',
    );
    return 0;
  }
  const report = await removeEnvironment(docker, environment, logger, {
    graceful: options.graceful,
    ...(options.graceful ? { preStop: await preStopHooks(context) } : {}),
  });
  logger.info(
    `removed ${environment}: ${report.containers.length} container(s), ${report.networks.length} network(s), ` +
      `${report.volumes.length} volume(s)`,
  );
  await clearState(config.file);
  return 0;
}

export const downCommand: CliCommand = {
  name: 'down',
  summary: 'remove the environment (--all, from any folder: what runs that are gone left on this engine)',
  help: `Usage: inception down [options]

Removes the environment \`inception up\` started here (or the one --name names): its containers, network,
volumes and the images built for it.

Options:
${PROJECT_OPTIONS}
      --graceful       stop each container with its stop_signal and stop_grace_period first (by
                       default every container is killed and removed at once)
      --all            from any folder: every environment inception left on this engine whose run is
                       gone (killed, or finished with the environment left up); a running one's are
                       never touched
      --images         with --all: also remove the last build of each image, which inception keeps
                       (tagged :inception-last) so that the next \`up\` with unchanged files reuses it
                       instead of building again`,
  standalone: (options) => options.all,
  runStandalone: downAll,
  run: down,
};

/** The services' pre_stop hooks, from the compose file as it is now; a file that no longer loads
 * stops nothing from being removed. */
async function preStopHooks(context: CliContext): Promise<Record<string, ServiceHook[]>> {
  const { config, logger } = context;
  try {
    const project = await loadComposeFiles(composeFilesOf(config), { profiles: config.profiles });
    return Object.fromEntries(project.services.map((service) => [service.name, service.preStop]));
  } catch (error) {
    logger.warn(`pre_stop hooks not run: the compose file does not load (${errorMessage(error)})`);
    return {};
  }
}
