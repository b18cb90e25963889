import { ConfigurationError } from '../../errors.js';
import type Docker from 'dockerode';
import type { ComposeProject, ServiceSpec, WaitStrategy } from '../../config/compose/index.js';
import { engineGoneError } from '../engine-gone.js';
import { recordAbandoned, removeAbandoned } from './cleanup/abandoned.js';
import { inlineGroups, type Logger } from '../../log.js';
import { volumeName } from './containers/container-spec.js';
import { engineNetworkName } from './containers/networking.js';
import { projectCreateContext } from './start/create-context.js';
import { createEnvironmentNetwork, networkCreateOptions } from './start/network-options.js';
import type { EnvironmentInfo } from './info.js';
import { validateEnvironmentName } from './name.js';
import { environmentLabels } from '../../shared/identity/labels.js';
import { serviceAddress } from './containers/service-address.js';
import { planServices } from './start/service-plan.js';
import { buildGroups, startServiceImages } from './start/service-images.js';
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
  // Aborted by the caller, by an image that failed (nothing waits on a dependency for the rest of its
  // timeout then) or by a service that failed (the builds still running end).
  const stop = new AbortController();
  const forward = () => stop.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  if (signal?.aborted) forward();
  const builds = buildGroups(services, options.build ?? true).size;
  const title =
    builds > 0
      ? `Build ${builds === 1 ? '1 image' : `${builds} images`} and start ${services.length} services of ${environment}`
      : `Start ${services.length} services of ${environment}`;
  const containers = new Map<string, Docker.Container>();
  try {
    await logger.group(title, async () => {
      // Every image is prepared while the networks and volumes are made, and a service starts as soon as
      // its own image and its dependencies are ready: a database built or pulled quickly is up before the
      // app's image is. The builds log in this group, since the runner's groups do not nest.
      const prepared = startServiceImages({
        docker,
        project,
        services,
        environment,
        logger: inlineGroups(logger),
        build: options.build ?? true,
        noCache: options.noCache ?? false,
        signal: stop.signal,
      });
      // The first image that fails ends the start; the builds still running end with it.
      for (const image of prepared.images.values()) image.catch((error: unknown) => stop.abort(error));
      prepared.all.catch((error: unknown) => stop.abort(error));
      // Not raced against the abort: a network still being made when the caller removes the environment
      // would be left behind.
      await createResources(options, environment, network);
      stop.signal.throwIfAborted();
      await startInDependencyOrder({
        docker,
        services,
        environment,
        network,
        images: prepared.images,
        containers,
        logger,
        signal: stop.signal,
        create: await projectCreateContext(project, environment),
      });
      // An image no service used before the start ended (scale 0) still has to be there.
      await prepared.all;
    });
    return await addresses(services, containers, environment, network);
  } catch (error) {
    stop.abort(error);
    throw error;
  } finally {
    signal?.removeEventListener('abort', forward);
  }
}

/** The environment's networks and volumes. */
async function createResources(options: UpOptions, environment: string, network: string): Promise<void> {
  const { docker, project, logger } = options;
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
  logger.info(`network ${network} and ${project.networks.length} named, ${project.volumes.length} volume(s)`);
}

async function addresses(
  services: ServiceSpec[],
  containers: Map<string, Docker.Container>,
  environment: string,
  network: string,
): Promise<EnvironmentInfo> {
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
