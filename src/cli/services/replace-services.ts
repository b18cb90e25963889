import { loadComposeFiles, restartDependents, type ComposeProject } from '../../config/compose/index.js';
import { composeFilesOf } from '../../config/inception/index.js';
import { replaceServices, type ServiceAddress } from '../../docker/environment/index.js';
import { ConfigurationError } from '../../errors.js';
import { cancellationOf } from '../../shared/cancellation/cancel-on-signal.js';
import type { CliContext } from '../context.js';
import { printServices } from './print-services.js';
import { readState, writeState } from '../project/state-file.js';

/** `refresh` (rebuild) and `restart` (same image): replace the named services' containers in the
 * environment `up` started and wait until they are ready; the state file learns their new ports. */
export async function replaceNamedServices(context: CliContext, rebuild: boolean): Promise<number> {
  const { config, options, signal } = context;
  const verb = rebuild ? 'refresh' : 'restart';
  const state = await readState(config.file);
  const environment = options.name ?? state?.environment;
  if (!environment) {
    throw new ConfigurationError(
      `no environment to ${verb}: run \`inception up\` first, or pass --name <environment>.`,
    );
  }
  const project = await loadComposeFiles(composeFilesOf(config), { profiles: config.profiles });
  if (options.positionals.length === 0) {
    throw new ConfigurationError(
      `name the services to ${verb}, e.g. inception ${verb} ${project.services[0]?.name ?? 'api'}; ` +
        `the services of ${environment}: ${project.services.map((service) => service.name).join(', ')}`,
    );
  }
  try {
    await replaceAndRecord(context, project, environment, options.positionals, rebuild);
    return 0;
  } catch (error) {
    throw signal.aborted ? cancellationOf(signal) : error;
  }
}

/** Replaces `services` in `environment`, then the services whose depends_on says restart: true for one of
 * them; when it is the one `up` started here, the state file learns their new addresses. Returns them. */
export async function replaceAndRecord(
  context: CliContext,
  project: ComposeProject,
  environment: string,
  services: string[],
  rebuild: boolean,
): Promise<Record<string, ServiceAddress>> {
  const addresses = await replaceAndRecordOnly(context, project, environment, services, rebuild);
  const dependents = restartDependents(project.services, services);
  if (dependents.length === 0) return addresses;
  // As compose: a service whose depends_on entry says restart: true restarts (from its image) with it.
  context.logger.info(`${dependents.join(', ')}: restarted too, their depends_on says restart: true`);
  return { ...addresses, ...(await replaceAndRecordOnly(context, project, environment, dependents, false)) };
}

async function replaceAndRecordOnly(
  context: CliContext,
  project: ComposeProject,
  environment: string,
  services: string[],
  rebuild: boolean,
): Promise<Record<string, ServiceAddress>> {
  const { docker, logger, options, signal } = context;
  const addresses = await replaceServices({
    docker,
    project,
    environment,
    services,
    rebuild,
    noCache: options.noCache,
    logger,
    signal,
  });
  await recordAddresses(context, environment, addresses);
  logger.info(`${Object.keys(addresses).join(', ')} ready again in ${environment}`);
  return addresses;
}

/** When `environment` is the one `up` started here, the state file learns the services' new addresses
 * (their host ports change with a new or restarted container), and they are printed. */
export async function recordAddresses(
  context: CliContext,
  environment: string,
  addresses: Record<string, ServiceAddress>,
): Promise<void> {
  const state = await readState(context.config.file);
  if (state?.environment !== environment) return;
  const info = { ...state.info, services: { ...state.info.services, ...addresses } };
  await writeState(context.config.file, { ...state, info });
  printServices({ ...info, services: addresses }, context.logger);
}
