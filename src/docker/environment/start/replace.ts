import type Docker from 'dockerode';
import type { ComposeProject, ServiceSpec } from '../../../config/compose/index.js';
import { ConfigurationError } from '../../../errors.js';
import type { Logger } from '../../../log.js';
import { LABEL_SERVICE, labelFilter } from '../../../shared/identity/labels.js';
import type { ServiceAddress } from '../info.js';
import { serviceAddress } from '../containers/service-address.js';
import { prepareServiceImages } from './service-images.js';
import { planServices } from './service-plan.js';
import { startInDependencyOrder } from './start-order.js';
import { projectCreateContext } from './create-context.js';
import { runPreStop } from '../live/pre-stop.js';

export interface ReplaceServicesOptions {
  docker: Docker;
  project: ComposeProject;
  /** A running environment (from upEnvironment). */
  environment: string;
  /** The services to replace; the others keep running untouched. */
  services: string[];
  /** Build the images again (refresh); false keeps each container's current image (restart). */
  rebuild: boolean;
  noCache?: boolean;
  /** How long a container has to stop before it is killed; default: its `stop_grace_period` (10 s unless
   * set), as compose stops it. */
  stopTimeoutSeconds?: number;
  logger: Logger;
  signal?: AbortSignal;
}

/** The named services, each only depending on the others named: the rest is running already. */
function selectServices(planned: ServiceSpec[], names: string[], project: ComposeProject): ServiceSpec[] {
  const known = planned.map((service) => service.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `service ${unknown.map((name) => `"${name}"`).join(', ')} is not in ${project.file}; its services: ${known.join(', ')}`,
    );
  }
  const wanted = new Set(names);
  return planned
    .filter((service) => wanted.has(service.name))
    .map((service) => ({
      ...service,
      dependsOn: Object.fromEntries(Object.entries(service.dependsOn).filter(([name]) => wanted.has(name))),
    }));
}

/**
 * Replaces the containers of some services of a running environment: stops and removes each, creates it
 * again (from a fresh build, or from the image it ran) and waits until it is ready, as `up` does. The
 * other services are not touched. Resolves with the new addresses (host ports change).
 */
export async function replaceServices(
  options: ReplaceServicesOptions,
): Promise<Record<string, ServiceAddress>> {
  const { docker, project, environment, logger } = options;
  const services = selectServices(planServices(project), options.services, project);
  const existing = await docker.listContainers({
    all: true,
    filters: JSON.stringify(labelFilter(environment)),
  });
  // Every container of each service: one per replica.
  const current = new Map<string, Docker.ContainerInfo[]>();
  for (const info of existing) {
    const service = info.Labels[LABEL_SERVICE];
    if (service && options.services.includes(service))
      current.set(service, [...(current.get(service) ?? []), info]);
  }
  const images = options.rebuild
    ? await prepareServiceImages({
        docker,
        project,
        services,
        environment,
        logger,
        build: true,
        noCache: options.noCache ?? false,
      })
    : new Map(
        services.map((service) => [
          service.name,
          current.get(service.name)?.[0]?.Image ?? service.image ?? '',
        ]),
      );
  const missing = services.filter((service) => !images.get(service.name));
  if (missing.length > 0) {
    throw new ConfigurationError(
      `${missing.map((service) => `"${service.name}"`).join(', ')} has no container in ${environment} to restart: ` +
        '`inception refresh` builds and starts it.',
    );
  }
  options.signal?.throwIfAborted();
  await logger.group(`Stop ${services.map((service) => service.name).join(', ')}`, () =>
    Promise.all(
      [...current.values()].flat().map(async (info) => {
        const container = docker.getContainer(info.Id);
        const spec = services.find((service) => service.name === info.Labels[LABEL_SERVICE]);
        if (info.State === 'running' && spec)
          await runPreStop(container, spec.name, spec.preStop, logger, options.signal);
        // Without a timeout the engine takes the container's own (StopTimeout: stop_grace_period).
        if (info.State === 'running')
          await container.stop(
            options.stopTimeoutSeconds === undefined ? {} : { t: options.stopTimeoutSeconds },
          );
        await container.remove({ v: true });
      }),
    ),
  );
  const containers = new Map<string, Docker.Container>();
  const create = await projectCreateContext(project, environment);
  await logger.group(`Start ${services.length} service(s) of ${environment}`, () =>
    startInDependencyOrder({
      docker,
      services,
      environment,
      network: environment,
      images,
      containers,
      logger,
      signal: options.signal,
      create,
    }),
  );
  const started = services.filter((service) => containers.has(service.name));
  const inspected = await Promise.all(started.map((service) => containers.get(service.name)!.inspect()));
  return Object.fromEntries(
    started.map((service, index) => [service.name, serviceAddress(service, inspected[index]!, environment)]),
  );
}
