import { loadComposeFile, restartDependents } from '../../config/compose/index.js';
import { replaceServices } from '../../docker/environment/index.js';
import { ConfigurationError } from '../../errors.js';
import { cancellationOf } from '../../shared/cancel-on-signal.js';
import type { CliContext } from '../context.js';
import { printServices } from './print-services.js';
import { readState, writeState } from '../project/state-file.js';

/** `refresh` (rebuild) and `restart` (same image): replace the named services' containers in the
 * environment `up` started and wait until they are ready; the state file learns their new ports. */
export async function replaceNamedServices(context: CliContext, rebuild: boolean): Promise<number> {
  const { config, docker, logger, options, signal } = context;
  const verb = rebuild ? 'refresh' : 'restart';
  const state = await readState(config.file);
  const environment = options.name ?? state?.environment;
  if (!environment) {
    throw new ConfigurationError(
      `no environment to ${verb}: run \`inception up\` first, or pass --name <environment>.`,
    );
  }
  const project = await loadComposeFile(config.compose, { profiles: config.profiles });
  if (options.positionals.length === 0) {
    throw new ConfigurationError(
      `name the services to ${verb}, e.g. inception ${verb} ${project.services[0]?.name ?? 'api'}; ` +
        `the services of ${environment}: ${project.services.map((service) => service.name).join(', ')}`,
    );
  }
  const dependents = restartDependents(project.services, options.positionals);
  try {
    const replace = (services: string[], rebuildThem: boolean) =>
      replaceServices({
        docker,
        project,
        environment,
        services,
        rebuild: rebuildThem,
        noCache: options.noCache,
        logger,
        signal,
      });
    const addresses = await replace(options.positionals, rebuild);
    if (dependents.length > 0) {
      // As compose: a service whose depends_on entry says restart: true restarts (from its image) with it.
      logger.info(`${dependents.join(', ')}: restarted too, their depends_on says restart: true`);
      Object.assign(addresses, await replace(dependents, false));
    }
    if (state?.environment === environment) {
      const info = { ...state.info, services: { ...state.info.services, ...addresses } };
      await writeState(config.file, { ...state, info });
      printServices({ ...info, services: addresses }, logger);
    }
    logger.info(`${Object.keys(addresses).join(', ')} ready again in ${environment}`);
    return 0;
  } catch (error) {
    throw signal.aborted ? cancellationOf(signal) : error;
  }
}
