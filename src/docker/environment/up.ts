import { ConfigurationError } from '../../errors.js';
import type Docker from 'dockerode';
import type { ComposeProject, ServiceSpec, WaitStrategy } from '../../config/compose/index.js';
import { engineGoneError } from '../engine-gone.js';
import { recordAbandoned, removeAbandoned } from './cleanup/abandoned.js';
import type { Logger } from '../../log.js';
import { volumeName } from './containers/container-spec.js';
import { engineNetworkName } from './containers/networking.js';
import { projectCreateContext } from './start/create-context.js';
import { createEnvironmentNetwork, networkCreateOptions } from './start/network-options.js';
import type { EnvironmentInfo } from './info.js';
import { validateEnvironmentName } from './name.js';
import { environmentLabels } from '../../shared/labels.js';
import { serviceAddress } from './containers/service-address.js';
import { planServices } from './start/service-plan.js';
import { prepareServiceImages } from './start/service-images.js';
import { startInDependencyOrder } from './start/start-order.js';

export interface UpOptions {
  docker: Docker;
  project: ComposeProject;
  name: string;
  logger: Logger;
  /** Build services that have `build:` (default true); false uses what the engine already has. */
  build?: boolean;
  noCache?: boolean;
  waitOverrides?: Record<string, WaitStrategy>;
  timeoutMs?: number;
  /** Where environments left by a run that lost its engine are noted; default abandonedDir(). */
  abandonedDir?: string;
  /** Aborting stops the start (waits end, nothing more is created) and throws the abort's reason; what
   * was created stays for `removeEnvironment`, as after a failure. */
  signal?: AbortSignal;
}

const ENGINE_GONE_ADVICE =
  'Check that it runs (`docker info`) and run again: the next environment started on this engine ' +
  'first removes what this one left (`inception down --all` removes it too).';

/** Brings the project up as an isolated environment: its own network, volumes and container names;
 * independent services start at once, dependents when their conditions hold. Leaves what it created in
 * place on failure, so diagnostics can be collected before `removeEnvironment`. When the engine goes
 * away meanwhile, throws an EngineGoneError saying so, and notes the environment so that the next one
 * started on this engine removes it first (this run cannot: its engine is gone). */
export async function upEnvironment(options: UpOptions): Promise<EnvironmentInfo> {
  const { docker, logger } = options;
  const environment = validateEnvironmentName(options.name);
  const services = planServices(options.project, options.waitOverrides, options.timeoutMs);
  await removeAbandoned(docker, logger, options.abandonedDir);
  try {
    return await bringUp(options, environment, services);
  } catch (error) {
    const gone = await engineGoneError(
      docker,
      error,
      `environment ${environment} was starting`,
      ENGINE_GONE_ADVICE,
    );
    if (!gone) throw error;
    await recordAbandoned(docker, environment, logger, options.abandonedDir);
    throw gone;
  }
}

/** volume.subpath needs Engine API 1.45 (Docker 26); an older engine would mount the whole volume. */
async function checkEngineSupports(docker: Docker, services: ServiceSpec[]): Promise<void> {
  const withSubpath = services.filter((service) =>
    service.volumes.some((volume) => volume.subpath !== undefined),
  );
  if (!withSubpath.length) return;
  const { ApiVersion } = await docker.version();
  const [major = 0, minor = 0] = ApiVersion.split('.').map(Number);
  if (major > 1 || (major === 1 && minor >= 45)) return;
  throw new ConfigurationError(
    `service ${withSubpath.map((service) => `"${service.name}"`).join(', ')} mounts a volume with subpath, which needs Docker 26 (Engine API 1.45); this engine speaks API ${ApiVersion}. Upgrade the engine, or mount the whole volume`,
  );
}

async function bringUp(
  options: UpOptions,
  environment: string,
  services: ServiceSpec[],
): Promise<EnvironmentInfo> {
  const { docker, project, logger } = options;
  const network = environment;
  const { signal } = options;
  signal?.throwIfAborted();

  await checkEngineSupports(docker, services);
  // The networks and volumes are made while the images build: neither needs the other. Not a log group of
  // their own, since the builds' group is open meanwhile and the runner's groups do not interleave.
  const [, images] = await Promise.all([
    (async () => {
      await createEnvironmentNetwork(
        docker,
        'default',
        networkCreateOptions(network, environment, project.networkSettings.default),
      );
      await Promise.all(
        project.networks.map((name) =>
          createEnvironmentNetwork(
            docker,
            name,
            networkCreateOptions(
              engineNetworkName(name, { environment, network, externalNetworks: project.externalNetworks }),
              environment,
              project.networkSettings[name],
            ),
          ),
        ),
      );
      await Promise.all(
        project.volumes.map((volume) =>
          docker.createVolume({
            Name: volumeName(environment, volume),
            Labels: environmentLabels(environment, 'volume'),
          }),
        ),
      );
      logger.info(
        `network ${network} and ${project.networks.length} named, ${project.volumes.length} volume(s)`,
      );
    })(),
    prepareServiceImages({
      docker,
      project,
      services,
      environment,
      logger,
      build: options.build ?? true,
      noCache: options.noCache ?? false,
    }),
  ]);

  signal?.throwIfAborted();
  const containers = new Map<string, Docker.Container>();
  const create = await projectCreateContext(project, environment);
  await logger.group(`Start ${services.length} services of ${environment}`, () =>
    startInDependencyOrder({
      docker,
      services,
      environment,
      network,
      images,
      containers,
      logger,
      signal,
      create,
    }),
  );

  // A service scaled to 0 has no container, so no address.
  const started = services.filter((service) => containers.has(service.name));
  const inspected = await Promise.all(started.map((service) => containers.get(service.name)!.inspect()));
  return {
    name: environment,
    network,
    services: Object.fromEntries(
      started.map((service, index) => [service.name, serviceAddress(service, inspected[index]!, network)]),
    ),
  };
}
